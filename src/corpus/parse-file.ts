import { decodeReportText } from '../report/decode-report-text.js';
import { parseReports } from '../report/parse-report.js';
import type { Report } from '../report/types.js';
import { describeParseError } from './describe-parse-error.js';

/**
 * What parsing one file's bytes gave: its chapters and warnings, or why it is not a chapter. `incidentsDeferred`: the
 * chapters were parsed without their incident records (a cold start answers from the passages first); a later load
 * parses the file again in full (see watch-corpus.ts), and such a result is never cached.
 */
export type ParsedFile =
  | { ok: true; reports: Report[]; warnings: string[]; incidentsDeferred?: true }
  | { ok: false; message: string };

/**
 * How to parse: `incidents: false` leaves the incident records for later (see {@link ParsedFile}); `incidentsOnly`
 * gives the reports without their sections (`sections: []`), for a caller that holds them already from a parse
 * without incident records: what a worker sends back is then a fraction of the chapter (see `addIncidents` in load-corpus.ts).
 */
export interface ParseFileOptions {
  incidents?: boolean;
  incidentsOnly?: boolean;
}

/**
 * Decodes and parses one file's bytes as chapters of the series. Never throws: a file that is not a chapter gives
 * its reason. Run in the parse workers (see parse-worker.ts), and in the calling thread when there are none.
 * @example
 * parseFile(await readFile('data/crt-2011-kazakhstan.txt'), 'data/crt-2011-kazakhstan.txt').ok; //=> true
 */
export function parseFile(bytes: Uint8Array, file: string, options: ParseFileOptions = {}): ParsedFile {
  try {
    // Copies saved on Windows are often Windows-1252, not UTF-8: decode the bytes, don't assume.
    const incidents = options.incidents !== false || options.incidentsOnly === true;
    const { reports, warnings } = parseReports(decodeReportText(bytes), { file, incidents });
    if (options.incidentsOnly === true)
      return { ok: true, reports: reports.map((report) => ({ ...report, sections: [] })), warnings };
    return incidents ? { ok: true, reports, warnings } : { ok: true, reports, warnings, incidentsDeferred: true };
  } catch (error) {
    return { ok: false, message: describeParseError(error) };
  }
}
