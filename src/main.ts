/**
 * Composition root: dotenv → loadConfig → open the store (Slack modes only) while loading the reports → build the
 * index → the Slack app, or the local console when no Slack tokens are set. No logic of its own.
 */
import readline from 'node:readline';
import { ConsoleLogger, LogLevel } from '@slack/logger';
import { config as loadDotenv } from 'dotenv';
import { progressOptions } from './corpus/load-data.js';
import { loadCachedCorpus, saveCachedCorpus } from './corpus/load-cached-corpus.js';
import { buildIndex, restoreIndex, type SearchIndex, storeIndex } from './search/index.js';
import type { IndexCodec } from './corpus/load-cached-corpus.js';
import { ConfigError, loadConfig } from './config/load-config.js';
import { runConsole } from './console/run-console.js';
import { createApp } from './slack/app.js';
import { buildAnswerDeps } from './answers/index.js';
import { createLiveAnswerDeps } from './answers/live-answer-deps.js';
import { watchCorpus } from './corpus/watch-corpus.js';
import { openStore } from './store/open-store.js';
import { toLogLevel } from './slack/log-level.js';

/** The search index as the corpus cache builds, stores and restores it. */
const INDEX_CODEC: IndexCodec<SearchIndex> = { build: buildIndex, store: storeIndex, restore: restoreIndex };

async function main(argv: readonly string[]): Promise<void> {
  loadDotenv({ quiet: true });
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  const logger = new ConsoleLogger();
  logger.setName('reportdesk');
  // The console's own output is the conversation: only warnings go to the log there.
  logger.setLevel(config.mode === 'console' && config.logLevel === 'info' ? LogLevel.WARN : toLogLevel(config.logLevel));

  // The console keeps nothing between runs: only the Slack app opens the store (and its migrations), at the same
  // time as the reports load.
  const storeSettings = {
    ...config.store,
    onIdleError: (error: Error) => logger.warn('an idle PostgreSQL connection failed; the pool opens another', error),
  };
  const [loaded, store] = await Promise.all([
    loadCachedCorpus(config.dataDir, INDEX_CODEC, { ...progressOptions(), log: (line) => logger.warn(line) }),
    config.mode === 'console' ? Promise.resolve(null) : openStore(storeSettings),
  ]);
  const { corpus } = loaded;
  if (corpus.missingFolder) {
    // A data folder that is not there is a setting to fix, like a malformed token: stop and say how.
    process.stderr.write(`${corpus.errors.map((e) => e.message).join('\n')}\n`);
    process.exitCode = 1;
    await store?.close();
    return;
  }
  for (const { file, message } of corpus.errors) logger.warn(`skipped ${file}: ${message}`);
  for (const { file, message } of corpus.warnings) logger.debug(`${file}: ${message}`);
  logger.info(
    `loaded ${corpus.reports.length} reports from ${corpus.files} files in ${config.dataDir} (${corpus.parsed} parsed, index ${loaded.source === 'cache' ? 'from the cache' : 'built'})`,
  );
  // The reports can change while the app runs (a chapter dropped or imported into the data folder): the answers hold
  // live deps over one snapshot, replaced whole when the watcher has loaded and indexed the new files.
  const live = createLiveAnswerDeps(buildAnswerDeps(corpus.reports, undefined, loaded.index));
  // Written after the app is ready: the next start then parses only new or changed files.
  const saveCache = (): void => void loaded.save();
  const deps = live.deps;
  const watcher = watchCorpus(
    config.dataDir,
    corpus,
    (next) => {
      const failed = new Set(corpus.errors.map((e) => e.file));
      for (const { file, message } of next.errors) if (!failed.has(file)) logger.warn(`skipped ${file}: ${message}`);
      const index = buildIndex(next.reports);
      live.swap(buildAnswerDeps(next.reports, undefined, index));
      void saveCachedCorpus(config.dataDir, next, storeIndex(index), { log: (line) => logger.warn(line) });
      logger.info(`reloaded ${config.dataDir}: ${next.reports.length} reports from ${next.files} files (${next.parsed} parsed)`);
    },
    { onError: (error) => logger.warn(`watching ${config.dataDir} failed; the loaded reports keep serving`, error) },
  );

  if (config.mode === 'console') {
    setImmediate(saveCache);
    const lines = readline.createInterface({ input: process.stdin, terminal: false });
    await runConsole({
      deps,
      lines,
      write: (text) => process.stdout.write(text),
      json: argv.includes('--json'),
      color: process.stdout.isTTY === true,
      interactive: process.stdin.isTTY === true,
    });
    lines.close();
    watcher.close();
    return;
  }

  if (store === null) throw new Error('the store opens in every Slack mode');
  logger.info(store.kind === 'postgres' ? 'store: PostgreSQL (DATABASE_URL)' : `store: embedded file ${config.store.storePath}`);
  const app = createApp(config, { ...deps, store }, { logger });
  closeOnSignal(async () => {
    watcher.close();
    await app.stop();
    await store.close();
  }, logger);
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection (still serving)', reason));
  setImmediate(saveCache);
  if (config.mode === 'http') {
    await app.start(config.port);
    logger.info(`listening for Slack on port ${config.port}, path /slack/events`);
    if (config.oauth !== null) logger.info(`install from Slack at http://<this host>:${config.port}/slack/install`);
  } else {
    await app.start();
    logger.info('connected to Slack in Socket Mode');
    if (config.oauth !== null) logger.info(`install from Slack at http://<this host>:${config.port}/slack/install`);
  }
}

/** Stops the app and closes the store on SIGTERM or SIGINT, then exits. */
function closeOnSignal(close: () => Promise<void>, logger: ConsoleLogger): void {
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

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`reportdesk could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
