import { ReportParseError } from '../report/report-parse-error.js';

/**
 * The reason a file could not be parsed, without the file name (the caller names it). Apart from parse-file.ts so
 * that the loader names read errors without importing the parser.
 * @example
 * describeParseError(new Error('not a chapter')); //=> 'not a chapter'
 */
export function describeParseError(error: unknown): string {
  if (error instanceof ReportParseError)
    return error.file ? error.message.replace(` (${error.file})`, '') : error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
