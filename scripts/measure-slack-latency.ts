/**
 * Measures, on loopback, the time from a signed Slack request to Bolt's acknowledgement (the HTTP response) and
 * to the reply reaching the stand-in Slack API (response_url for /incident, chat.postMessage for a mention).
 * Run: npm run bench:slack  (a script, not a test: timings on a shared machine are figures, not assertions).
 */
import { startHarness } from '../test/e2e/harness.js';
import { sendCommand, sendEvent } from '../test/e2e/signed-request.js';

const REQUESTS = Number(process.argv[2] ?? 100);

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const worst = sorted[sorted.length - 1] ?? 0;
  return `median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms`;
}

async function waitForCall(
  h: Awaited<ReturnType<typeof startHarness>>,
  match: (method: string, args: Record<string, unknown>) => boolean,
) {
  const deadline = performance.now() + 5000;
  for (;;) {
    const call = h.slack.calls.find((c) => match(c.method, c.args));
    if (call) return call;
    if (performance.now() > deadline) throw new Error('no reply reached the stand-in Slack API within 5 s');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const h = await startHarness();
const queries = ['Atyrau', 'Shubarshi', 'October 31', 'kind:arrest', 'police killed in Almaty', 'Jund al-Khilafah'];
const commandAck: number[] = [];
const commandReply: number[] = [];
const mentionAck: number[] = [];
const mentionReply: number[] = [];

for (let i = 0; i < REQUESTS; i += 1) {
  const id = `latency-cmd-${i}`;
  const start = performance.now();
  const response = await sendCommand(h.url, {
    command: '/incident',
    text: queries[i % queries.length] ?? 'Atyrau',
    user_id: 'U123',
    channel_id: 'C123',
    team_id: 'T123',
    trigger_id: `trigger-${i}`,
    response_url: h.slack.responseUrl(id),
  });
  commandAck.push(performance.now() - start);
  if (response.status !== 200) throw new Error(`/incident got HTTP ${response.status}`);
  const reply = await waitForCall(h, (method) => method === 'response_url');
  commandReply.push(reply.at - start);
  h.slack.reset();
}

for (let i = 0; i < REQUESTS; i += 1) {
  const ts = `1716000${String(i).padStart(3, '0')}.000200`;
  const start = performance.now();
  const response = await sendEvent(h.url, {
    token: 'x',
    team_id: 'T123',
    api_app_id: 'A123',
    type: 'event_callback',
    event_id: `Ev-latency-${i}`,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'app_mention',
      user: 'U123',
      text: `<@U0> ${['who claimed the Atyrau bombings?', 'when did the FIU join the Egmont Group?', 'summarize countering terrorist finance'][i % 3]}`,
      ts,
      channel: 'C123',
      event_ts: ts,
    },
  });
  mentionAck.push(performance.now() - start);
  if (response.status !== 200) throw new Error(`app_mention got HTTP ${response.status}`);
  const call = await waitForCall(h, (method, args) => method === 'chat.postMessage' && args.thread_ts === ts);
  mentionReply.push(call.at - start);
  h.slack.reset();
}
await h.close();

const lines = [
  `Slack round trips on loopback, ${REQUESTS} requests each (signed requests to Bolt's HTTP receiver, stand-in Web API):`,
  '',
  '| entry point | to acknowledgement | to reply |',
  '|---|---|---|',
  `| /incident (slash command) | ${summary(commandAck)} | ${summary(commandReply)} |`,
  `| @-mention (event, thread reply) | ${summary(mentionAck)} | ${summary(mentionReply)} |`,
];
process.stdout.write(`${lines.join('\n')}\n`);
