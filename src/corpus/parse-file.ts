import { decodeReportText } from '../report/decode-report-text.js';
import { parseReports } from '../report/parse-report.js';
import type { Report } from '../report/types.js';
import { describeParseError } from './describe-parse-error.js';

/** What parsing one file's bytes gave: its chapters and warnings, or why it is not a chapter. */
export type ParsedFile = { ok: true; reports: Report[]; warnings: string[] } | { ok: false; message: string };

/**
 * Decodes and parses one file's bytes as chapters of the series. Never throws: a file that is not a chapter gives
 * its reason. Run in the parse workers (see parse-worker.ts), and in the calling thread when there are none.
 * @example
 * parseFile(await readFile('data/crt-2011-kazakhstan.txt'), 'data/crt-2011-kazakhstan.txt').ok; //=> true
 */
export function parseFile(bytes: Uint8Array, file: string): ParsedFile {
  try {
    // Copies saved on Windows are often Windows-1252, not UTF-8: decode the bytes, don't assume.
    const { reports, warnings } = parseReports(decodeReportText(bytes), { file });
    return { ok: true, reports, warnings };
  } catch (error) {
    return { ok: false, message: describeParseError(error) };
  }
}
