/**
 * Composition root: dotenv → loadConfig → open the store (Slack modes only) while loading the reports → build the
 * index → the Slack app (answers on worker threads, JSON logs, graceful shutdown), or the local console when no Slack
 * tokens are set. No logic of its own.
 */
import readline from 'node:readline';
import type { Logger } from '@slack/bolt';
import { ConsoleLogger, LogLevel } from '@slack/logger';
import { config as loadDotenv } from 'dotenv';
import { type AnswerDeps, buildAnswerDeps } from './answers/index.js';
import { ConfigError, loadConfig, type SlackConfig } from './config/load-config.js';
import { runConsole } from './console/run-console.js';
import { loadData } from './corpus/load-data.js';
import { createAnswerPool } from './slack/answer-pool.js';
import { createApp } from './slack/app.js';
import { createJsonLogger } from './slack/json-logger.js';
import { toLogLevel } from './slack/log-level.js';
import { listeningPort } from './slack/ops-routes.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';

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
  // The console's own output is the conversation: plain text, and only warnings, go to the log there. With Slack,
  // one JSON object a line.
  const logger = config.mode === 'console' ? new ConsoleLogger() : createJsonLogger(toLogLevel(config.logLevel));
  if (config.mode === 'console') {
    logger.setName('reportdesk');
    logger.setLevel(config.logLevel === 'info' ? LogLevel.WARN : toLogLevel(config.logLevel));
  }

  // The console keeps nothing between runs: only the Slack app opens the store (and its migrations), at the same
  // time as the reports load.
  const storeSettings = {
    ...config.store,
    onIdleError: (error: Error) => logger.warn('an idle PostgreSQL connection failed; the pool opens another', error),
  };
  const [corpus, store] = await Promise.all([
    loadData(config.dataDir),
    config.mode === 'console' ? Promise.resolve(null) : openStore(storeSettings),
  ]);
  if (corpus.missingFolder) {
    // A data folder that is not there is a setting to fix, like a malformed token: stop and say how.
    process.stderr.write(`${corpus.errors.map((e) => e.message).join('\n')}\n`);
    process.exitCode = 1;
    await store?.close();
    return;
  }
  for (const { file, message } of corpus.errors) logger.warn(`skipped ${file}: ${message}`);
  for (const { file, message } of corpus.warnings) logger.debug(`${file}: ${message}`);
  logger.info({ reports: corpus.reports.length, files: corpus.files, dataDir: config.dataDir }, 'loaded reports');
  const deps = buildAnswerDeps(corpus.reports);

  if (config.mode === 'console') {
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
    return;
  }
  if (store === null) throw new Error('the store opens in every Slack mode');
  logger.info({ store: store.kind }, store.kind === 'postgres' ? 'store: PostgreSQL (DATABASE_URL)' : 'store: embedded file (STORE_PATH)');
  await serveSlack(config, deps, store, logger);
}

/** Runs the Slack app until SIGTERM or SIGINT, then stops as the operator expects: see SlackService.stop. */
async function serveSlack(config: SlackConfig, deps: AnswerDeps, store: Store, logger: Logger): Promise<void> {
  const pool = config.answerWorkers > 0 ? createAnswerPool({ reports: deps.reports, size: config.answerWorkers, logger }) : null;
  const service = createApp(
    config,
    { ...deps, store, ...(pool === null ? {} : { answerer: pool, readiness: async () => pool.problem() }) },
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
        left === 0 ? 'stopped: every answer in flight was delivered; store closed' : 'stopped at the shutdown deadline with answers unfinished; store closed',
      );
      // Exit once the log line is written and nothing else is left; a leftover handle cannot hold the exit past 2 s.
      process.exitCode = 0;
      setTimeout(() => process.exit(0), 2_000).unref();
    })();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  const server = await service.start({ port: config.port, host: config.host });
  const where = { port: listeningPort(server), host: config.host ?? 'all interfaces', mode: config.mode, answerWorkers: config.answerWorkers };
  logger.info(where, config.mode === 'http' ? 'listening for Slack at /slack/events, /health and /ready' : 'connected to Slack in Socket Mode; /health and /ready on the port');
  if (config.oauth !== null) logger.info(`install from Slack at http://<this host>:${where.port}/slack/install`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`reportdesk could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
