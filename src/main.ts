/**
 * Composition root: dotenv → loadConfig → load the reports → build the index → the Slack app, or the local
 * console when no Slack tokens are set. No logic of its own.
 */
import readline from 'node:readline';
import { ConsoleLogger, LogLevel } from '@slack/logger';
import { config as loadDotenv } from 'dotenv';
import { loadData } from './cli/load-data.js';
import { ConfigError, loadConfig } from './config/load-config.js';
import { runConsole } from './console/run-console.js';
import { createApp } from './slack/app.js';
import { buildSlackDeps } from './slack/build-deps.js';
import { toLogLevel } from './slack/log-level.js';

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

  const corpus = await loadData(config.dataDir);
  if (corpus.missingFolder) {
    // A data folder that is not there is a setting to fix, like a malformed token: stop and say how.
    process.stderr.write(`${corpus.errors.map((e) => e.message).join('\n')}\n`);
    process.exitCode = 1;
    return;
  }
  for (const { file, message } of corpus.errors) logger.warn(`skipped ${file}: ${message}`);
  for (const { file, message } of corpus.warnings) logger.debug(`${file}: ${message}`);
  logger.info(`loaded ${corpus.reports.length} reports from ${corpus.files} files in ${config.dataDir}`);
  const deps = buildSlackDeps(corpus.reports);

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

  const service = createApp(config, deps, { logger });
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection (still serving)', reason));
  await service.start({ port: config.port, host: config.host });
  logger.info(config.mode === 'http' ? `listening for Slack on port ${config.port}, path /slack/events` : 'connected to Slack in Socket Mode');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`reportdesk could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
