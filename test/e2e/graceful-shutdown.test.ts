/**
 * SIGTERM while an answer is being posted: the real process (node running src/start.ts through tsx, the one spawned
 * test) delivers the answer, logs one line and exits 0. What is tested is the process itself: its signal handling.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';
import { SIGNING_SECRET, sendEvent } from './signed-request.js';

const root = path.resolve(import.meta.dirname, '../..');
let slack: FakeSlack | undefined;
let child: ChildProcess | undefined;

afterAll(async () => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  await slack?.close();
});

/** Resolves with the first JSON log line for which `match` holds. */
function waitForLog(
  lines: Record<string, unknown>[],
  match: (line: Record<string, unknown>) => boolean,
  timeoutMs = 60_000,
): Promise<Record<string, unknown>> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      const found = lines.find(match);
      if (found !== undefined) resolve(found);
      else if (Date.now() - started > timeoutMs) reject(new Error(`no such log line; got ${JSON.stringify(lines)}`));
      else setTimeout(poll, 20);
    };
    poll();
  });
}

describe('SIGTERM', () => {
  it('lets the answer in flight be delivered, logs one line and exits 0', { timeout: 90_000 }, async () => {
    slack = await startFakeSlack();
    const env = {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      ANSWER_WORKERS: '0',
      SHUTDOWN_TIMEOUT_MS: '5000',
      DATA_DIR: 'data/',
      STORE_PATH: ':memory:',
    };
    child = spawn(process.execPath, ['--import', 'tsx', 'src/start.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: Record<string, unknown>[] = [];
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const part of parts) if (part.trim() !== '') lines.push(JSON.parse(part) as Record<string, unknown>);
    });
    const exited = new Promise<number | null>((resolve) => child?.on('exit', (code) => resolve(code)));

    const listening = await waitForLog(lines, (line) => typeof line.port === 'number');
    const url = `http://127.0.0.1:${String(listening.port)}/slack/events`;
    slack.delayNext('chat.postMessage', 1_000);
    const ts = '1515449522.000901';
    await sendEvent(url, {
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: 'EvShutdown1',
      event_time: 1515449522,
      event: { type: 'app_mention', user: 'U061F7AUR', text: '<@U0> Atyrau', ts, event_ts: ts, channel: 'C123' },
      authorizations: [
        { enterprise_id: null, team_id: 'T1', user_id: 'U0', is_bot: true, is_enterprise_install: false },
      ],
    });
    await slack.waitFor((calls) => calls.some((call) => call.method === 'chat.postMessage'), 10_000);
    child.kill('SIGTERM');
    const signalledAt = performance.now();

    expect(await exited).toBe(0);
    const post = slack.calls.find((call) => call.method === 'chat.postMessage');
    expect(post?.args.thread_ts).toBe(ts);
    expect(post?.answeredAt).toBeGreaterThan(signalledAt);
    const stopped = lines.filter((line) => typeof line.msg === 'string' && line.msg.startsWith('stopped'));
    expect(stopped).toEqual([expect.objectContaining({ signal: 'SIGTERM', answersCutShort: 0 })]);
  });
});
