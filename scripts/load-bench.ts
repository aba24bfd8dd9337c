/**
 * Load run on loopback: signed slash commands and mentions against real app processes (built JavaScript, compiled
 * first when dist/ is missing or stale, as npm start does), with the stand-in Slack Web API in this process. For each
 * concurrency in CONCURRENCY (default `1,50`: the one-client baseline first, in the same run) it sends requests for
 * DURATION_S seconds and prints requests/s, acknowledgement p50/p99, how many requests were answered and how many
 * replies were delivered twice.
 *
 *   npm run bench:load                       # one copy on an in-memory embedded store, 1 then 50 clients, 30 s each
 *   npm run bench:load:pg                    # two copies on one throwaway PostgreSQL (scripts/with-postgres.sh)
 *   COPIES=2 DATABASE_URL=postgres://… npm run bench:load
 *   CONCURRENCY=50 DURATION_S=10 ANSWER_WORKERS=0 npm run bench:load
 *   APP_DIR=/tmp/main-checkout npm run bench:load:pg   # the same run against another checkout (a baseline)
 *   PROFILE_DIR=/tmp/prof npm run bench:load     # a CPU profile of each copy's main thread (--cpu-prof)
 *
 * With COPIES=2 the requests go round-robin to the copies, and RETRY_SHARE of the mentions (default 0.25) are also
 * delivered to the other copy as Slack's retry (`X-Slack-Retry-Num: 1`, same event id): half at the same moment as the
 * first delivery, half once it is acknowledged. Each must be answered exactly once.
 *
 * A script, not a test: timings on a shared machine are figures, not assertions. Loopback only; every loop is bounded
 * by the duration, and the apps are stopped with SIGTERM at the end.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { type RecordedCall, startFakeSlack } from '../test/e2e/fake-slack.js';
import { SIGNING_SECRET, sendCommand, sendEvent } from '../test/e2e/signed-request.js';
import { freePort } from './free-port.js';

const PHASES = (process.env.CONCURRENCY ?? '1,50').split(',').map(Number);
const DURATION_S = Number(process.env.DURATION_S ?? 30);
const WORKERS = process.env.ANSWER_WORKERS ?? '2';
const COPIES = Number(process.env.COPIES ?? 1);
const DATABASE_URL = process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;
const RETRY_SHARE = Number(process.env.RETRY_SHARE ?? (COPIES > 1 ? 0.25 : 0));
/** How long to wait for the last answers once the clients stop. */
const DRAIN_MS = 30_000;
// APP_DIR: another checkout of the app to run (a baseline, e.g. main's code), with this bench and stand-in Slack.
const root = path.resolve(process.env.APP_DIR ?? path.join(import.meta.dirname, '..'));
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

function loadAverage(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
}

interface Copy {
  child: ChildProcess;
  url: string;
}

async function startCopy(apiUrl: string, built: boolean): Promise<Copy> {
  const port = await freePort();
  // PROFILE_DIR=…: each copy writes a CPU profile of its main thread there when it exits.
  const profile =
    process.env.PROFILE_DIR === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE_DIR}`];
  const args = [
    '--no-regexp-tier-up',
    ...profile,
    ...(built ? ['dist/start.js'] : ['--import', 'tsx', 'src/start.ts']),
  ];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      ANSWER_WORKERS: WORKERS,
      LOG_LEVEL: 'warn',
      DATA_DIR: 'data/',
      ...(DATABASE_URL === null ? { STORE_PATH: ':memory:' } : { DATABASE_URL }),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

async function waitReady(copy: Copy): Promise<void> {
  const readyBy = Date.now() + 90_000;
  while (
    (await fetch(`${copy.url}/ready`).then(
      (r) => r.status,
      () => 0,
    )) !== 200
  ) {
    if (Date.now() > readyBy || copy.child.exitCode !== null) throw new Error('an app copy was not ready within 90 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What one phase (one concurrency) measured. */
interface PhaseResult {
  clients: number;
  seconds: number;
  sent: number;
  retries: number;
  failed: number;
  /** Non-200 acks by status (0: the connection failed), e.g. Bolt's 404 for a request not acked within 3 s. */
  failedBy: Map<string, number>;
  acks: number[];
  /** The acks of slash commands and of events apart (a command is acked by our listener, an event by Bolt). */
  commandAcks: number[];
  eventAcks: number[];
  retryAcks: number[];
  /** How late this process's own timers ran (p99, ms): the part of an ack time that is the load generator's. */
  generatorLagP99: number;
  answered: number;
  /** Requests with at least one reply delivered twice (the same message to the same place). */
  duplicated: number;
  /** Replies delivered more than once, counted beyond the first. */
  duplicateReplies: number;
  load: string;
}

/**
 * Which request each recorded reply answers: by its response_url, an ephemeral message or DM to its asker (one asker
 * per request), a reply in its mention's thread, or a reply in the thread of a message that answered it.
 */
function attributeReplies(calls: readonly RecordedCall[], mentionTs: ReadonlyMap<string, string>) {
  const byTs = new Map(mentionTs);
  const replies = new Map<string, string[]>();
  for (const call of calls) {
    let id: string | undefined;
    if (call.method === 'response_url') id = call.path.replace('/response/', '');
    else if (call.method === 'chat.postEphemeral' || call.method === 'chat.postMessage') {
      const user = call.method === 'chat.postEphemeral' ? call.args.user : call.args.channel;
      if (typeof user === 'string' && user.startsWith('U')) id = user.slice(1);
      else if (typeof call.args.thread_ts === 'string') id = byTs.get(call.args.thread_ts);
    }
    if (id === undefined) continue;
    if (call.ts !== undefined) byTs.set(call.ts, id);
    const where = `${call.method} ${String(call.args.channel ?? '')} ${String(call.args.thread_ts ?? '')}`;
    const list = replies.get(id) ?? [];
    list.push(`${where} ${String(call.args.text ?? '')}`);
    replies.set(id, list);
  }
  return replies;
}

async function runPhase(
  phase: number,
  clients: number,
  copies: readonly Copy[],
  slack: Awaited<ReturnType<typeof startFakeSlack>>,
): Promise<PhaseResult> {
  slack.reset();
  const commandAcks: number[] = [];
  const eventAcks: number[] = [];
  const retryAcks: number[] = [];
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  let sent = 0;
  let retries = 0;
  let failed = 0;
  const failedBy = new Map<string, number>();
  const mentionTs = new Map<string, string>();
  const endAt = performance.now() + DURATION_S * 1000;
  /** The ack's status, or why there was none (a reset or refused connection: the client goes on). */
  const timed = async (send: () => Promise<{ status: number }>, into: number[]): Promise<string> => {
    const started = performance.now();
    let status: string;
    try {
      status = String((await send()).status);
    } catch (error) {
      const cause: unknown = error instanceof Error ? error.cause : undefined;
      const code = cause instanceof Error ? (Reflect.get(cause, 'code') ?? cause.message) : undefined;
      status = `no response (${String(code ?? error)})`;
    }
    into.push(performance.now() - started);
    return status;
  };
  const client = async (n: number) => {
    for (let i = 0; performance.now() < endAt; i += 1) {
      // One asker per request, so every way an answer can arrive (response_url, ephemeral, DM, thread) names it.
      const id = `${phase}p${n}x${i}`;
      const user = `U${id}`;
      const copy = (n + i) % copies.length;
      const url = `${copies[copy]?.url}/slack/events`;
      const otherUrl = `${copies[(copy + 1) % copies.length]?.url}/slack/events`;
      let status: string;
      if (i % 2 === 0) {
        status = await timed(
          () =>
            sendCommand(url, {
              command: '/incident',
              text: QUERIES[(n + i) % QUERIES.length] ?? 'Atyrau',
              user_id: user,
              channel_id: `C${n}`,
              team_id: 'T123',
              trigger_id: `t-${id}`,
              response_url: slack.responseUrl(id),
            }),
          commandAcks,
        );
      } else {
        const ts = `${1716000000 + phase * 10_000 + n}.${String(i).padStart(6, '0')}`;
        mentionTs.set(ts, id);
        const envelope = {
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
        };
        const first = timed(() => sendEvent(url, envelope), eventAcks);
        // Slack's retry of the same event, landing on the other copy: at the same moment, or once the first is acked.
        const retried = ((n * 7919 + i) % 100) / 100 < RETRY_SHARE;
        const retry = () =>
          timed(
            () =>
              sendEvent(otherUrl, envelope, {
                headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
              }),
            retryAcks,
          );
        if (!retried) status = await first;
        else if (i % 4 === 1) [status] = await Promise.all([first, retry()]);
        else {
          status = await first;
          await retry();
        }
        if (retried) retries += 1;
      }
      sent += 1;
      if (status !== '200') {
        failed += 1;
        failedBy.set(status, (failedBy.get(status) ?? 0) + 1);
      }
    }
  };
  const loadStarted = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, n) => client(n)));
  const elapsedS = (performance.now() - loadStarted) / 1000;
  lag.disable();

  const countAnswered = () => attributeReplies(slack.calls, mentionTs).size;
  const drainBy = Date.now() + DRAIN_MS;
  while (countAnswered() < sent - failed && Date.now() < drainBy)
    await new Promise((resolve) => setTimeout(resolve, 100));
  // Late duplicates (a retry answered after the first answer) would land in this second.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const replies = attributeReplies(slack.calls, mentionTs);
  let duplicated = 0;
  let duplicateReplies = 0;
  for (const list of replies.values()) {
    const extra = list.length - new Set(list).size;
    if (extra > 0) duplicated += 1;
    duplicateReplies += extra;
  }
  return {
    clients,
    seconds: elapsedS,
    sent,
    retries,
    failed,
    failedBy,
    acks: [...commandAcks, ...eventAcks],
    commandAcks,
    eventAcks,
    retryAcks,
    generatorLagP99: lag.percentile(99) / 1e6,
    answered: replies.size,
    duplicated,
    duplicateReplies,
    load: loadAverage(),
  };
}

function report(result: PhaseResult): string {
  const sorted = [...result.acks].sort((a, b) => a - b);
  const retrySorted = [...result.retryAcks].sort((a, b) => a - b);
  const commands = [...result.commandAcks].sort((a, b) => a - b);
  const events = [...result.eventAcks].sort((a, b) => a - b);
  const lost = result.sent - result.answered;
  return [
    `${result.clients} client(s), ${result.seconds.toFixed(1)} s:`,
    `  requests: ${result.sent} (${(result.sent / result.seconds).toFixed(1)}/s), half /incident, half @-mentions; non-200 acks: ${result.failed}${result.failed === 0 ? '' : ` (${[...result.failedBy].map(([status, n]) => `${n}× ${status}`).join(', ')})`}`,
    `  ack: p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms (commands p50 ${percentile(commands, 50).toFixed(1)} / p99 ${percentile(commands, 99).toFixed(1)} ms, events ${percentile(events, 50).toFixed(1)} / ${percentile(events, 99).toFixed(1)} ms; this process's own timer lag p99 ${result.generatorLagP99.toFixed(1)} ms)`,
    result.retries === 0
      ? '  retries to the other copy: none'
      : `  retries to the other copy: ${result.retries} (ack p50 ${percentile(retrySorted, 50).toFixed(1)} ms, p99 ${percentile(retrySorted, 99).toFixed(1)} ms)`,
    `  answered: ${result.answered} of ${result.sent} sent${lost === 0 ? ' (all)' : ` (${lost} unanswered)`}; duplicate replies: ${result.duplicateReplies} (to ${result.duplicated} requests)`,
    `  load average after the phase: ${result.load}`,
  ].join('\n');
}

async function main(): Promise<void> {
  if (COPIES > 1 && DATABASE_URL === null)
    throw new Error(
      'copies share retry claims only through PostgreSQL: set DATABASE_URL, or run `npm run bench:load:pg`',
    );
  // dist/ compiled from the current sources when it is missing or older (what npm start does).
  if (existsSync(path.join(root, 'bin/build-if-stale.js')))
    spawnSync(process.execPath, ['bin/build-if-stale.js'], { cwd: root, stdio: 'inherit' });
  const slack = await startFakeSlack();
  const built = existsSync(path.join(root, 'dist', 'start.js'));
  const copies: Copy[] = [];
  // The apps never outlive the bench, however the bench ends.
  const stopApps = () => {
    for (const { child } of copies) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', stopApps);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopApps();
      process.exit(1);
    });
  }
  for (let i = 0; i < COPIES; i += 1) copies.push(await startCopy(slack.apiUrl, built));
  await Promise.all(copies.map(waitReady));

  const store = DATABASE_URL === null ? 'an in-memory embedded store' : 'one PostgreSQL';
  process.stdout.write(
    `load run: ${COPIES} app cop${COPIES === 1 ? 'y' : 'ies'} on ${store} (ANSWER_WORKERS=${WORKERS} each, ${built ? 'built JS' : 'tsx'}), ${os.cpus().length} cores, retry share ${RETRY_SHARE}; load average before: ${loadAverage()}\n`,
  );
  for (const [phase, clients] of PHASES.entries())
    process.stdout.write(`${report(await runPhase(phase, clients, copies, slack))}\n`);

  for (const { child } of copies) child.kill('SIGTERM');
  const codes = await Promise.all(
    copies.map(({ child }) => new Promise<number | null>((resolve) => child.once('exit', resolve))),
  );
  await slack.close();
  process.stdout.write(`app exit codes after SIGTERM: ${codes.join(', ')}\n`);
}

await main();
