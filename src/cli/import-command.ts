import { parseArgs } from 'node:util';
import { importSources } from '../import/import-sources.js';
import { IMPORT_SUMMARY, SKIPPED_CHAPTER } from '../import/messages.js';
import type { CliIo } from './cli-io.js';
import type { ProgressStream } from '../corpus/load-data.js';
import { ERROR_LINE, IMPORT_NEEDS_SOURCES, IMPORT_PROGRESS, IMPORTED_FILE, YEAR_OUT_OF_RANGE } from './messages.js';

/** Sources above this count get a progress bar even when stderr is not a terminal. */
const PROGRESS_THRESHOLD = 20;
const BAR_WIDTH = 24;

/**
 * A text progress bar.
 *
 * @example
 * renderProgressBar(1, 4, 8); // '[##......]'
 */
export function renderProgressBar(done: number, total: number, width = BAR_WIDTH): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

/** A progress reporter on a stream: rewritten in place on a terminal, a line per quarter in a log. */
export function progressReporter(stream: ProgressStream, total: number): ((done: number) => void) | undefined {
  if (!stream.isTTY && total < PROGRESS_THRESHOLD) return undefined;
  const quarter = Math.max(1, Math.ceil(total / 4));
  return (done) => {
    const line = IMPORT_PROGRESS(done, total, renderProgressBar(done, total));
    if (stream.isTTY) stream.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (done === total || done % quarter === 0) stream.write(`${line}\n`);
  };
}

/** `reportdesk import [--data DIR] [--year N] URL|FILE…`: exit 1 when a source failed, 2 on a usage error. */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { data: { type: 'string', default: 'data' }, year: { type: 'string' } },
  });
  if (positionals.length === 0) {
    io.err(`${ERROR_LINE(IMPORT_NEEDS_SOURCES)}\n`);
    return 2;
  }
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1990 && year <= 2100)) {
    io.err(`${ERROR_LINE(YEAR_OUT_OF_RANGE)}\n`);
    return 2;
  }
  const progress = progressReporter(io.errStream, positionals.length);
  const summary = await importSources(positionals, {
    dataDir: values.data,
    year,
    onProgress: progress ? (done) => progress(done) : undefined,
  });
  const lines = summary.chapters.map((chapter) =>
    IMPORTED_FILE(chapter.outcome, chapter.file, chapter.country, chapter.year),
  );
  for (const warning of summary.warnings) lines.push(SKIPPED_CHAPTER(warning));
  const counts = { written: 0, replaced: 0, unchanged: 0, kept: 0 };
  for (const chapter of summary.chapters) counts[chapter.outcome] += 1;
  lines.push(
    IMPORT_SUMMARY(
      counts,
      summary.failures.map((failure) => failure.message),
    ),
  );
  io.out(`${lines.join('\n')}\n`);
  return summary.failures.length > 0 ? 1 : 0;
}
