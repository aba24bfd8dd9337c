/**
 * Composition root: loadConfig → open the store (Slack modes only) while loading the reports → build the index →
 * the Slack app, or the local console when no Slack tokens are set. No logic of its own. `start.ts` applies .env
 * and runs it on the real process (`npm start`); tests call {@link main} in-process with their own settings,
 * input and output.
 */
import { ConsoleLogger, type Logger, LogLevel } from '@slack/logger';
import { buildAnswerDeps } from './answers/index.js';
import { type Config, ConfigError, loadConfig } from './config/load-config.js';
import { runConsole } from './console/run-console.js';
import { type IndexCodec, loadCachedCorpus, saveCachedCorpus } from './corpus/load-cached-corpus.js';
import { type ProgressStream, progressOptions } from './corpus/load-data.js';
import { watchCorpus } from './corpus/watch-corpus.js';
import { createLiveAnswerDeps } from './answers/live-answer-deps.js';
import { buildIndex, restoreIndex, type SearchIndex, storeIndex } from './search/index.js';
import { createApp } from './slack/app.js';
import { toLogLevel } from './slack/log-level.js';
import { openStore } from './store/open-store.js';
import { writeAnswerFile } from './cli/write-answer-file.js';

/** The search index as the corpus cache builds, stores and restores it. */
const INDEX_CODEC: IndexCodec<SearchIndex> = { build: buildIndex, store: storeIndex, restore: restoreIndex };

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
  /** The log (default: a ConsoleLogger named reportdesk). */
  logger?: Logger;
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
  const logger = io.logger ?? new ConsoleLogger();
  logger.setName('reportdesk');
  // The console's own output is the conversation: only warnings go to the log there.
  logger.setLevel(
    config.mode === 'console' && config.logLevel === 'info' ? LogLevel.WARN : toLogLevel(config.logLevel),
  );

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
    `loaded ${corpus.reports.length} reports from ${corpus.files} files in ${config.dataDir} (${corpus.parsed} parsed, index ${loaded.source === 'cache' ? 'from the cache' : 'built'})`,
  );
  // The reports can change while the app runs (a chapter dropped or imported into the data folder): the answers hold
  // live deps over one snapshot (reports + index), replaced whole once the watcher has loaded and indexed new files.
  const live = createLiveAnswerDeps(buildAnswerDeps(corpus.reports, undefined, loaded.index));
  const deps = live.deps;
  const cacheLog = { log: (line: string) => logger.warn(line) };
  let shown = corpus;
  const watcher = watchCorpus(
    config.dataDir,
    corpus,
    (next) => {
      const failed = new Set(shown.errors.map((e) => e.file));
      for (const { file, message } of next.errors) if (!failed.has(file)) logger.warn(`skipped ${file}: ${message}`);
      const index = buildIndex(next.reports);
      live.swap(buildAnswerDeps(next.reports, undefined, index));
      shown = next;
      logger.info(
        `reloaded ${config.dataDir}: ${next.reports.length} reports from ${next.files} files (${next.parsed} parsed)`,
      );
      void saveCachedCorpus(config.dataDir, next, storeIndex(index), cacheLog);
    },
    { onError: (error) => logger.warn(`watching ${config.dataDir} failed; the loaded reports keep serving`, error) },
  );
  // Written once the app answers: the next start then parses only new or changed files.
  const saving = new Promise<void>((resolve) => setImmediate(() => void loaded.save().then(resolve)));

  if (config.mode === 'console') {
    const { lines, close } = io.openLines();
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
    return 0;
  }

  if (store === null) throw new Error('the store opens in every Slack mode');
  logger.info(
    store.kind === 'postgres' ? 'store: PostgreSQL (DATABASE_URL)' : `store: embedded file ${config.store.storePath}`,
  );
  const app = createApp(config, { ...deps, store }, { logger });
  closeOnSignal(async () => {
    watcher.close();
    await app.stop();
    await store.close();
  }, logger);
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection (still serving)', reason));
  if (config.mode === 'http') {
    await app.start(config.port);
    logger.info(`listening for Slack on port ${config.port}, path /slack/events`);
    if (config.oauth !== null) logger.info(`install from Slack at http://<this host>:${config.port}/slack/install`);
  } else {
    await app.start();
    logger.info('connected to Slack in Socket Mode');
    if (config.oauth !== null) logger.info(`install from Slack at http://<this host>:${config.port}/slack/install`);
  }
  return 0;
}

/** Stops the app and closes the store on SIGTERM or SIGINT, then exits. */
function closeOnSignal(close: () => Promise<void>, logger: Logger): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    close()
      .then(() => {
        logger.info(`stopped on ${signal}; store closed`);
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error(`stopping on ${signal} failed`, error);
        process.exit(1);
      });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
