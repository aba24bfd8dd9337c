import { BINARY_TEXT_MSG, EMPTY_TEXT_MSG } from './messages.js';
import { ReportParseError } from './report-parse-error.js';

// Above this share of control or replacement characters the text is a decoded binary file:
// random bytes read as latin1 give about 25 percent, real copies none.
const MAX_CONTROL_RATIO = 0.02;

/**
 * Throws a `ReportParseError` when a text cannot be a report copy: empty or whitespace-only
 * (`empty`), or binary: NUL bytes, or many control or U+FFFD replacement characters (`binary`).
 *
 * @param text - the raw text
 * @param file - where it came from, for the error message
 *
 * @example
 * assertReportText('   '); // throws ReportParseError { code: 'empty' }
 */
export function assertReportText(text: string, file = ''): void {
  if (text.trim() === '') throw new ReportParseError('empty', EMPTY_TEXT_MSG, file);
  if (text.includes('\u0000')) throw new ReportParseError('binary', BINARY_TEXT_MSG, file);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is how binary input is told apart
  const odd = text.match(/[\u0001-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  if (odd / text.length > MAX_CONTROL_RATIO) throw new ReportParseError('binary', BINARY_TEXT_MSG, file);
}
