import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadStoreConfig } from '../config/load-config.js';
import { openStore } from '../store/open-store.js';
import type { FeedbackEntry } from '../store/store.js';
import type { CliIo } from './cli-io.js';
import { clip, formatTable } from './format-table.js';
import {
  ERROR_LINE,
  FEEDBACK_COUNT,
  FEEDBACK_HEADER,
  FEEDBACK_LIMIT_OUT_OF_RANGE,
  NO_FEEDBACK,
  NO_STORE_FILE,
  STORE_POSTGRES,
  VOTE_LABEL,
} from './messages.js';

const DEFAULT_LIMIT = 1000;
const MAX_LIMIT = 100_000;

/** `2026-12-01 22:10` (UTC), as the table shows a vote's time. */
function formatTime(at: number | undefined): string {
  return at === undefined ? '' : new Date(at).toISOString().slice(0, 16).replace('T', ' ');
}

/** One vote as `--json` prints it: the entry, with its time also in ISO 8601. */
function toJson(entry: FeedbackEntry) {
  return { ...entry, time: entry.at === undefined ? null : new Date(entry.at).toISOString() };
}

/**
 * `reportdesk feedback [--json] [--limit N] [--data DIR]`: the 👍 / 👎 kept on answers, newest first (time, vote,
 * query, answer id, what was wrong), from `DATABASE_URL` or the embedded store file in the data folder, so that
 * misses can become test cases. Never creates a store file where there is none.
 * @example await feedbackCommand(['--json', '--data', 'data/'], io) //=> 0, with [{ answerId, vote, query, … }]
 */
export async function feedbackCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, data: { type: 'string' }, limit: { type: 'string' } },
  });
  const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    io.err(`${ERROR_LINE(FEEDBACK_LIMIT_OUT_OF_RANGE)}\n`);
    return 2;
  }
  let settings: ReturnType<typeof loadStoreConfig>;
  try {
    settings = loadStoreConfig(io.env, values.data);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`${ERROR_LINE(error.message)}\n`);
      return 1;
    }
    throw error;
  }
  const where = settings.databaseUrl === null ? settings.storePath : STORE_POSTGRES;
  if (settings.databaseUrl === null && settings.storePath !== ':memory:' && !existsSync(settings.storePath)) {
    io.out(values.json ? '[]\n' : `${NO_STORE_FILE(settings.storePath)}\n`);
    return 0;
  }
  const store = await openStore({ databaseUrl: settings.databaseUrl, storePath: settings.storePath });
  let entries: FeedbackEntry[];
  try {
    entries = await store.listFeedback({ limit });
  } finally {
    await store.close();
  }
  if (values.json) {
    io.out(`${JSON.stringify(entries.map(toJson), null, 2)}\n`);
    return 0;
  }
  if (entries.length === 0) {
    io.out(`${NO_FEEDBACK(where)}\n`);
    return 0;
  }
  const rows = entries.map((entry) => [
    formatTime(entry.at),
    VOTE_LABEL[entry.vote],
    clip(entry.query, 60),
    entry.answerId,
    entry.text === null ? '' : clip(entry.text.replace(/\s+/g, ' '), 100),
  ]);
  io.out(`${FEEDBACK_COUNT(entries.length, where)}\n${formatTable(FEEDBACK_HEADER, rows)}\n`);
  return 0;
}
