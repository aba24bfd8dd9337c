/** Why a text could not be parsed as a Country Reports on Terrorism page at all. */
export type ReportParseErrorCode = 'empty' | 'binary' | 'not_a_report';

/**
 * Thrown when the input is unusable as a whole (empty, binary, or not a CRT page).
 * Oddities inside a usable report are returned as warnings instead.
 *
 * @example
 * try { parseReports(''); } catch (error) {
 *   if (error instanceof ReportParseError) error.code; // 'empty'
 * }
 */
export class ReportParseError extends Error {
  override readonly name = 'ReportParseError';
  readonly code: ReportParseErrorCode;
  /** The file the text came from, when the caller said. */
  readonly file: string;

  constructor(code: ReportParseErrorCode, message: string, file = '') {
    super(file ? `${message} (${file})` : message);
    this.code = code;
    this.file = file;
  }
}
