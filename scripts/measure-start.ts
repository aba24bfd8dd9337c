/**
 * How long `npm start` takes to be ready, run by run, for each way of starting the app: the console (no Slack
 * tokens; time to the first answer of a piped `/report list`) and the HTTP app (time until GET /health answers,
 * i.e. listening, and until GET /ready answers 200), against the stand-in Slack Web API on loopback.
 *
 *   npm run bench:start                 # RUNS=3; ways: npm start, tsx src/start.ts, node dist/start.js
 *
 * dist/ is compiled first when it is missing or older than src/ (bin/build-if-stale.js). The ways are run in turn, RUNS times, so a busy machine slows
 * each alike. A script, not a test: the figures vary with the machine's load, printed with them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeSlack } from '../test/e2e/fake-slack.js';
import { SIGNING_SECRET } from '../test/e2e/signed-request.js';
import { freePort } from './free-port.js';

const RUNS = Number(process.env.RUNS ?? 3);
const root = path.resolve(import.meta.dirname, '..');
// dist/ compiled from the current sources when it is missing or older (what npm start does).
spawnSync(process.execPath, ['bin/build-if-stale.js'], { cwd: root, stdio: 'inherit' });
const WAYS: Record<string, string[]> = {
  'npm start': ['npm', 'start', '--silent'],
  'tsx src/start.ts': [path.join(root, 'node_modules/.bin/tsx'), 'src/start.ts'],
  ...(existsSync(path.join(root, 'dist/start.js'))
    ? { 'node dist/start.js': [process.execPath, 'dist/start.js'] }
    : {}),
};

/** The environment with no Slack or store settings of the caller's. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^(SLACK_|PORT$|LOG_LEVEL$|DATA_DIR$|DATABASE_URL$|STORE_PATH$|npm_)/.test(key)) env[key] = value;
  return env;
}

/** ms from spawn to the first line the console prints for `/report list`. */
async function timeConsole(command: string[]): Promise<number> {
  const [file = '', ...args] = command;
  const started = performance.now();
  const child = spawn(file, args, { cwd: root, env: baseEnv(), stdio: ['pipe', 'pipe', 'ignore'] });
  child.stdin.end('/report list\n');
  let answeredAt = Number.NaN;
  child.stdout.once('data', () => {
    answeredAt = performance.now();
  });
  // The console exits at the end of its input; a signal to tsx's wrapper could leave its child running, so none is sent
  // unless it hangs.
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  if (Number.isNaN(answeredAt)) throw new Error(`${command.join(' ')} exited (${code}) before answering`);
  return answeredAt - started;
}

/** ms from spawn to /health (listening) and to /ready 200. */
async function timeHttp(command: string[], apiUrl: string): Promise<[number, number]> {
  const [file = '', ...args] = command;
  const port = await freePort();
  const started = performance.now();
  const child = spawn(file, args, {
    cwd: root,
    env: {
      ...baseEnv(),
      SLACK_BOT_TOKEN: 'xoxb-start',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      STORE_PATH: ':memory:',
    },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const status = (route: string) =>
    fetch(`http://127.0.0.1:${port}${route}`).then(
      (r) => r.status,
      () => 0,
    );
  let listening = Number.NaN;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command.join(' ')} exited (${child.exitCode})`);
      if (Number.isNaN(listening) && (await status('/health')) === 200) listening = performance.now() - started;
      if (!Number.isNaN(listening) && (await status('/ready')) === 200) return [listening, performance.now() - started];
      if (performance.now() - started > 120_000) throw new Error(`${command.join(' ')} not ready within 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
  }
}

const slack = await startFakeSlack();
const results = new Map<string, { console: number[]; listening: number[]; ready: number[] }>();
process.stdout.write(
  `load average before: ${os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(', ')}\n`,
);
for (let run = 0; run < RUNS; run += 1) {
  for (const [name, command] of Object.entries(WAYS)) {
    const entry = results.get(name) ?? { console: [], listening: [], ready: [] };
    entry.console.push(await timeConsole(command));
    const [listening, ready] = await timeHttp(command, slack.apiUrl);
    entry.listening.push(listening);
    entry.ready.push(ready);
    results.set(name, entry);
  }
}
await slack.close();
const fmt = (values: number[]) => values.map((v) => (v / 1000).toFixed(2)).join(' / ');
for (const [name, entry] of results)
  process.stdout.write(
    `${name.padEnd(20)} console first answer ${fmt(entry.console)} s; HTTP listening ${fmt(entry.listening)} s, ready ${fmt(entry.ready)} s\n`,
  );
process.stdout.write(
  `load average after: ${os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(', ')}\n`,
);
