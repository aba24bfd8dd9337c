/**
 * Composition root: loadConfig → open the store (Slack modes only) while loading the reports → build the index →
 * the Slack app (answers on worker threads, JSON logs, graceful shutdown), or the local console when no Slack tokens
 * are set. No logic of its own. `start.ts` applies .env
 * and runs it on the real process (`npm start`); tests call {@link main} in-process with their own settings,
 * input and output.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ConsoleLogger, type Logger, LogLevel } from '@slack/logger';
import {
  type AnswerDeps,
  type Answerer,
  buildAnswerDeps,
  incidentsNotReady,
  buildIndexAndSnapshotOffThread,
  type LoadingProgress,
} from './answers/index.js';
import { type Config, ConfigError, loadConfig, type SlackConfig } from './config/load-config.js';
import { type IndexCodec, loadCachedCorpus, saveCachedCorpus } from './corpus/load-cached-corpus.js';
import { backgroundPool, countDeferred, DEFER_INCIDENTS_OVER_BYTES } from './corpus/load-corpus.js';
import { type ProgressStream, progressOptions } from './corpus/load-data.js';
import { watchCorpus } from './corpus/watch-corpus.js';
import { createLiveAnswerDeps } from './answers/live-answer-deps.js';
import { buildIndex, restoreIndexSnapshot, type SearchIndex, storeIndexSnapshotInSlices } from './search/index.js';
import type { Report } from './report/types.js';
import type { AnswerPool } from './slack/answer-pool.js';
import { createJsonLogger } from './slack/json-logger.js';
import { toLogLevel } from './slack/log-level.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';

// The snapshot for the cache is made in slices, with a turn of the event loop between them, so answers go on meanwhile.
/** The search index as the corpus cache builds, stores and restores it. */
const INDEX_CODEC: IndexCodec<SearchIndex> = {
  build: buildIndex,
  store: (index) => storeIndexSnapshotInSlices(index, nextTurn),
  restore: restoreIndexSnapshot,
};

/** What the app is given from outside: its settings, the console's input and output, and a logger. */
export interface MainIo {
  /** The settings (process.env with .env applied, in start.ts). */
  env: Readonly<Record<string, string | undefined>>;
  /** Opens the lines typed or piped in, for the console; called only in console mode. */
  openLines(): { lines: AsyncIterable<string>; close(): void };
  out(text: string): void;
  err(text: string): void;
  /** Progress lines while many files load. */
  errStream: ProgressStream;
  /** A person at a terminal: banner and prompt (stdin) and ANSI styles (stdout). */
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** The log (default: JSON lines on stdout with Slack, a ConsoleLogger named reportdesk in the console). */
  logger?: Logger;
  /**
   * A start with more than this many bytes to parse answers from the passages first and reads the incident records
   * afterwards (default {@link DEFER_INCIDENTS_OVER_BYTES}, about 200 chapters; tests give a small folder a small one).
   */
  deferIncidentsOver?: number;
}

/**
 * Starts reportdesk: the Slack app (returns once it listens) or the local console (returns at the end of its
 * input). Returns the exit code: 1 when a setting is missing or malformed, or DATA_DIR names no folder.
 * @example await main([], { env: {}, openLines: () => ({ lines: ['/incident Atyrau'], close() {} }), … }) //=> 0
 */
export async function main(argv: readonly string[], io: MainIo): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  // The modules of one front end only (Bolt alone takes 0.6 s to load here), asked for before the reports load so
  // their loading fills the load's waits, and never for the other front end.
  const consoleModules = config.mode === 'console' ? importConsole() : null;
  const slackModules = config.mode === 'console' ? null : importSlack();
  // Awaited only where used; a failure is thrown there (not reported as unhandled when the start stops earlier).
  consoleModules?.catch(() => {});
  slackModules?.catch(() => {});
  // The console's own output is the conversation: plain text, and only warnings, go to the log there. With Slack,
  // one JSON object a line.
  const logger =
    io.logger ?? (config.mode === 'console' ? new ConsoleLogger() : createJsonLogger(toLogLevel(config.logLevel)));
  if (config.mode === 'console' || io.logger !== undefined) {
    logger.setName('reportdesk');
    logger.setLevel(
      config.mode === 'console' && config.logLevel === 'info' ? LogLevel.WARN : toLogLevel(config.logLevel),
    );
  }

  // The console keeps nothing between runs: only the Slack app opens the store (and its migrations), at the same
  // time as the reports load.
  const storeSettings = {
    ...config.store,
    onIdleError: (error: Error) => logger.warn('an idle PostgreSQL connection failed; the pool opens another', error),
  };
  const [loaded, store] = await Promise.all([
    loadCachedCorpus(config.dataDir, INDEX_CODEC, {
      ...progressOptions(io.errStream),
      log: (line) => logger.warn(line),
      // A cold start of a large folder answers from the passages first; the watcher reads the incident records next.
      deferIncidentsOver: io.deferIncidentsOver ?? DEFER_INCIDENTS_OVER_BYTES,
    }),
    config.mode === 'console' ? Promise.resolve(null) : openStore(storeSettings),
  ]);
  const { corpus } = loaded;
  if (corpus.missingFolder) {
    // A data folder that is not there is a setting to fix, like a malformed token: stop and say how.
    io.err(`${corpus.errors.map((e) => e.message).join('\n')}\n`);
    await store?.close();
    return 1;
  }
  for (const { file, message } of corpus.errors) logger.warn(`skipped ${file}: ${message}`);
  for (const { file, message } of corpus.warnings) logger.debug(`${file}: ${message}`);
  for (const { message } of corpus.duplicates ?? []) logger.info(message);
  logger.info(
    {
      reports: corpus.reports.length,
      files: corpus.files,
      dataDir: config.dataDir,
      parsed: corpus.parsed,
      index: loaded.source,
    },
    'loaded reports',
  );
  // The reports can change while the app runs (a chapter dropped or imported into the data folder): the answers hold
  // live deps over one snapshot (reports + index), replaced whole once the watcher has loaded and indexed new files.
  const live = createLiveAnswerDeps(buildAnswerDeps(corpus.reports, undefined, loaded.index));
  // Incident records deferred by a cold start: how far their reading has got, until the corpus that holds them is in.
  let incidentsLoading: LoadingProgress | null = countDeferred(corpus) > 0 ? { done: 0, total: corpus.files } : null;
  let incidentsRead = () => {};
  const incidentsReady = new Promise<void>((resolve) => {
    incidentsRead = resolve;
  });
  if (incidentsLoading === null) incidentsRead();
  const loadingStarted = performance.now();
  const showIncidentProgress = progressOptions(io.errStream, 'reading incident records').onProgress;
  const deps: AnswerDeps = { ...live.deps, incidentsLoading: () => incidentsLoading };
  const cacheLog = { log: (line: string) => logger.warn(line) };
  let shown = corpus;
  let reloads = 0;
  // Those who hold a copy of the reports of their own (the Slack app's answer workers) hear of each reload.
  const reloadListeners: Array<(reports: readonly Report[], snapshot: Uint8Array | null) => void> = [];
  // The snapshot bytes of the index over the reports in use (the cache's, or the last reload's): what answer workers
  // started later restore their index from.
  let snapshot = loaded.storedIndex;
  // The cache write of the last reload, which the console waits for before it returns.
  let reloadSaved: Promise<void> = Promise.resolve();
  const watcher = watchCorpus(
    config.dataDir,
    corpus,
    (next) => {
      const failed = new Set(shown.errors.map((e) => e.file));
      for (const { file, message } of next.errors) if (!failed.has(file)) logger.warn(`skipped ${file}: ${message}`);
      shown = next;
      // The index is built in a worker thread while the old one keeps answering; a reload that a newer one overtook
      // is dropped when it arrives.
      const mine = ++reloads;
      void buildIndexAndSnapshotOffThread(next.reports, (reason) => logger.warn(reason)).then(async (built) => {
        if (mine !== reloads) return;
        const { index } = built;
        snapshot = built.snapshot;
        live.swap(buildAnswerDeps(next.reports, undefined, index));
        if (incidentsLoading !== null && countDeferred(next) === 0) {
          incidentsLoading = null;
          const records = next.reports.reduce((n, report) => n + report.incidents.length, 0);
          const seconds = ((performance.now() - loadingStarted) / 1000).toFixed(1);
          const line = `read ${records} incident records from ${next.files} files in ${seconds} s after the start`;
          logger.info(line);
          // The console's log shows only warnings: a person at it hears of the records here.
          if (config.mode === 'console' && io.stdinIsTTY) io.err(`${line}\n`);
          incidentsRead();
        }
        for (const listener of reloadListeners) listener(next.reports, built.snapshot);
        logger.info(
          `reloaded ${config.dataDir}: ${next.reports.length} reports from ${next.files} files (${next.parsed} parsed)`,
        );
        // The cache is written from the worker's snapshot bytes as they are (no second snapshot made here).
        const stored = built.snapshot === null ? await INDEX_CODEC.store(index) : [built.snapshot];
        reloadSaved = saveCachedCorpus(config.dataDir, next, stored, cacheLog);
        await reloadSaved;
      });
    },
    {
      onError: (error) => {
        logger.warn(`watching ${config.dataDir} failed; the loaded reports keep serving`, error);
        // Lines piped in wait no longer for incident records that did not load (the rescan tries again).
        incidentsRead();
      },
      complete: {
        pool: backgroundPool(),
        onProgress: (done, total) => {
          if (incidentsLoading === null) return;
          incidentsLoading = { done, total };
          // Lines piped into the console wait for the records: say how far they are (a person typing sees the notice).
          if (config.mode === 'console' && !io.stdinIsTTY) showIncidentProgress?.(done, total);
        },
      },
    },
  );
  if (incidentsLoading !== null) void watcher.check();
  // Written once the app answers: the next start then parses only new or changed files.
  const saving = new Promise<void>((resolve) => setImmediate(() => void loaded.save().then(resolve)));

  if (config.mode === 'console') {
    // Lines piped in (a script) get whole answers: they wait for the incident records; a person can ask meanwhile.
    if (!io.stdinIsTTY) await incidentsReady;
    const { lines, close } = io.openLines();
    const { runConsole, writeAnswerFile } = await (consoleModules ?? importConsole());
    await runConsole({
      deps,
      lines,
      write: (text) => io.out(text),
      json: argv.includes('--json'),
      color: io.stdoutIsTTY,
      interactive: io.stdinIsTTY,
      saveFile: async (file) => (await writeAnswerFile(file)).path,
    });
    close();
    watcher.close();
    await saving;
    await reloadSaved;
    return 0;
  }

  if (store === null) throw new Error('the store opens in every Slack mode');
  logger.info(
    { store: store.kind },
    store.kind === 'postgres' ? 'store: PostgreSQL (DATABASE_URL)' : 'store: embedded file (STORE_PATH)',
  );
  await serveSlack(await (slackModules ?? importSlack()), config, deps, store, logger, reloadListeners, {
    snapshot: () => snapshot,
    incidentsReady: incidentsLoading === null ? null : incidentsReady,
  });
  return 0;
}

/**
 * Runs the Slack app until SIGTERM or SIGINT, then stops as an operator expects (SlackService.stop): no new requests,
 * answers in flight delivered up to SHUTDOWN_TIMEOUT_MS, workers and store closed, one log line, exit 0.
 */
async function serveSlack(
  { createAnswerPool, createApp, listeningPort }: SlackModules,
  config: SlackConfig,
  deps: AnswerDeps,
  store: Store,
  logger: Logger,
  reloadListeners: Array<(reports: readonly Report[], snapshot: Uint8Array | null) => void>,
  start: { snapshot: () => Uint8Array | null; incidentsReady: Promise<void> | null },
): Promise<void> {
  // The workers restore their index from the cache's bytes (shared, not copied) when the start restored this thread's;
  // until one is ready, this thread answers (it has its index already) rather than hold the first questions. After a
  // cold start that reads the incident records later, they start once those are in (an index without them would be
  // built for nothing, on the cores the records are read with); this thread answers until then.
  let pool: AnswerPool | null = null;
  const startPool = () => {
    pool = createAnswerPool({
      reports: [...deps.reports],
      size: config.answerWorkers,
      logger,
      snapshot: start.snapshot(),
      inlineUntilReady: true,
    });
  };
  if (config.answerWorkers > 0) {
    if (start.incidentsReady === null) startPool();
    else void start.incidentsReady.then(startPool);
  }
  const answerer: Answerer = { answer: (request) => pool?.answer(request) ?? Promise.resolve({ inline: true }) };
  // A chapter added to the data folder reaches the workers' answers too, not only this thread's.
  reloadListeners.push((reports, snapshot) => pool?.replaceReports([...reports], snapshot));
  const service = createApp(
    config,
    {
      ...deps,
      store,
      ...(config.answerWorkers > 0 ? { answerer } : {}),
      // GET /ready: not ready while the incident records are still being read (a balancer sends the questions to a
      // copy that has them; this one answers what reaches it meanwhile), nor while the answer workers build.
      readiness: async () => incidentsNotReady(deps) ?? pool?.problem() ?? null,
    },
    { logger },
  );
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection (still serving)', reason));

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const started = performance.now();
    void (async () => {
      const left = await service.stop(config.shutdownTimeoutMs);
      await pool?.close();
      await store.close().catch((error: unknown) => logger.warn('closing the store failed', error));
      logger.info(
        { signal, answersCutShort: left, shutdownMs: Math.round(performance.now() - started) },
        left === 0
          ? 'stopped: every answer in flight was delivered; store closed'
          : 'stopped at the shutdown deadline with answers unfinished; store closed',
      );
      // Exit once the log line is written and nothing else is left; a leftover handle cannot hold the exit past 2 s.
      process.exitCode = 0;
      setTimeout(() => process.exit(0), 2_000).unref();
    })();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  const server = await service.start({ port: config.port, host: config.host });
  const where = {
    port: listeningPort(server),
    host: config.host ?? 'all interfaces',
    mode: config.mode,
    answerWorkers: config.answerWorkers,
  };
  logger.info(
    where,
    config.mode === 'http'
      ? 'listening for Slack at /slack/events, /health and /ready'
      : 'connected to Slack in Socket Mode; /health and /ready on the port',
  );
  if (config.oauth !== null) logger.info(`install from Slack at http://<this host>:${where.port}/slack/install`);
}

async function importConsole() {
  const [{ runConsole }, { writeAnswerFile }] = await Promise.all([
    import('./console/run-console.js'),
    import('./cli/write-answer-file.js'),
  ]);
  return { runConsole, writeAnswerFile };
}

async function importSlack() {
  const [{ createAnswerPool }, { createApp }, { listeningPort }] = await Promise.all([
    import('./slack/answer-pool.js'),
    import('./slack/app.js'),
    import('./slack/ops-routes.js'),
  ]);
  return { createAnswerPool, createApp, listeningPort };
}

type SlackModules = Awaited<ReturnType<typeof importSlack>>;
