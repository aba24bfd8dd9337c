/**
 * Load run on loopback: signed slash commands and mentions from CONCURRENCY clients for DURATION_S seconds against the
 * real app process (built JavaScript when `npm run build` has run, else the TypeScript through tsx), with the stand-in
 * Slack Web API in this process. Prints requests/s, acknowledgement p50/p99 and whether every request was answered.
 *
 *   npm run bench:load                                   # 50 clients, 30 s, ANSWER_WORKERS=2
 *   CONCURRENCY=1 DURATION_S=10 ANSWER_WORKERS=0 npm run bench:load
 *
 * A script, not a test: timings on a shared machine are figures, not assertions. Loopback only; every loop is bounded
 * by the duration, and the app is stopped with SIGTERM at the end.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeSlack } from '../test/e2e/fake-slack.js';
import { SIGNING_SECRET, sendCommand, sendEvent } from '../test/e2e/signed-request.js';

const CONCURRENCY = Number(process.env.CONCURRENCY ?? 50);
const DURATION_S = Number(process.env.DURATION_S ?? 30);
const WORKERS = process.env.ANSWER_WORKERS ?? '2';
const root = path.resolve(import.meta.dirname, '..');
const QUERIES = [
  'Atyrau',
  'Shubarshi',
  'October 31',
  'kind:arrest',
  'police killed in Almaty',
  'Jund al-Khilafah',
  'Taraz',
  'help',
];
const QUESTIONS = [
  'who claimed the Atyrau bombings?',
  'when did the FIU join the Egmont Group?',
  'summarize countering terrorist finance',
  'attacks in Taraz',
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const slack = await startFakeSlack();
  const port = await freePort();
  const built = existsSync(path.join(root, 'dist', 'start.js'));
  const args = built ? ['dist/start.js'] : ['--import', 'tsx', 'src/start.ts'];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      ANSWER_WORKERS: WORKERS,
      LOG_LEVEL: 'warn',
      DATA_DIR: 'data/',
      STORE_PATH: ':memory:',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // The app never outlives the bench, however the bench ends.
  const stopApp = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', stopApp);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopApp();
      process.exit(1);
    });
  }
  const base = `http://127.0.0.1:${port}`;
  const readyBy = Date.now() + 60_000;
  while (
    (await fetch(`${base}/ready`).then(
      (r) => r.status,
      () => 0,
    )) !== 200
  ) {
    if (Date.now() > readyBy || child.exitCode !== null) throw new Error('the app did not become ready within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const url = `${base}/slack/events`;
  const acks: number[] = [];
  let sent = 0;
  let failed = 0;
  const mentionTs = new Map<string, string>();
  const endAt = performance.now() + DURATION_S * 1000;
  const client = async (n: number) => {
    for (let i = 0; performance.now() < endAt; i += 1) {
      // One asker per request, so every way an answer can arrive (response_url, ephemeral, DM, thread) names it.
      const id = `${n}x${i}`;
      const user = `U${id}`;
      const started = performance.now();
      let status = 0;
      try {
        if (i % 2 === 0) {
          status = (
            await sendCommand(url, {
              command: '/incident',
              text: QUERIES[(n + i) % QUERIES.length] ?? 'Atyrau',
              user_id: user,
              channel_id: `C${n}`,
              team_id: 'T123',
              trigger_id: `t-${id}`,
              response_url: slack.responseUrl(id),
            })
          ).status;
        } else {
          const ts = `${1716000000 + n}.${String(i).padStart(6, '0')}`;
          mentionTs.set(ts, id);
          status = (
            await sendEvent(url, {
              team_id: 'T123',
              api_app_id: 'A123',
              type: 'event_callback',
              event_id: `Ev-load-${id}`,
              event_time: Math.floor(Date.now() / 1000),
              event: {
                type: 'app_mention',
                user,
                text: `<@U0> ${QUESTIONS[(n + i) % QUESTIONS.length]}`,
                ts,
                event_ts: ts,
                channel: `C${n}`,
              },
            })
          ).status;
        }
      } catch {
        // A reset or refused connection counts as a failed request (status 0), and the client goes on.
      }
      acks.push(performance.now() - started);
      sent += 1;
      if (status !== 200) failed += 1;
    }
  };
  const loadStarted = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, n) => client(n)));
  const elapsedS = (performance.now() - loadStarted) / 1000;

  // Every request answered: by its response_url, an ephemeral message or a DM to its asker, or a reply in its thread.
  const answered = () => {
    const ids = new Set<string>();
    for (const call of slack.calls) {
      if (call.method === 'response_url') ids.add(call.path.replace('/response/', ''));
      const user = call.method === 'chat.postEphemeral' ? call.args.user : call.args.channel;
      if (typeof user === 'string' && user.startsWith('U')) ids.add(user.slice(1));
      const thread = typeof call.args.thread_ts === 'string' ? mentionTs.get(call.args.thread_ts) : undefined;
      if (call.method === 'chat.postMessage' && thread !== undefined) ids.add(thread);
    }
    return ids.size;
  };
  const drainBy = Date.now() + 30_000;
  while (answered() < sent - failed && Date.now() < drainBy) await new Promise((resolve) => setTimeout(resolve, 100));
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
  child.kill('SIGTERM');
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  await slack.close();

  const sorted = [...acks].sort((a, b) => a - b);
  const lines = [
    `load run: ${CONCURRENCY} clients for ${DURATION_S} s, one app copy (ANSWER_WORKERS=${WORKERS}, ${built ? 'built JS' : 'tsx'}), ${os.cpus().length} cores`,
    `requests: ${sent} (${(sent / elapsedS).toFixed(0)}/s), half /incident, half @-mentions; non-200 acks: ${failed}`,
    `ack: p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms`,
    `answered: ${answered()} of ${sent} sent${answered() === sent ? ' (all)' : ''}`,
    `load average after the run: ${load}; app exit code after SIGTERM: ${exitCode}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

await main();
