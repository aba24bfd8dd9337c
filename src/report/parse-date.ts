import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';

// The ways the series' copies write a date: "31 July 2012" (Refworld), "April 30, 2008" (state.gov),
// "2012-07-31", "31 Jul 2012".
const DATE_FORMATS: readonly string[] = Object.freeze([
  'd MMMM yyyy',
  'MMMM d, yyyy',
  'MMMM d yyyy',
  'd MMM yyyy',
  'MMM d, yyyy',
  'yyyy-MM-dd',
  'd.M.yyyy',
]);

// A fixed reference so parsing never depends on today's date.
const REFERENCE_DATE = new Date(2000, 0, 1);

/**
 * Parses a date as the report copies write it, with date-fns `parse`.
 *
 * @param value - the date text (`31 July 2012`, `April 30, 2008`)
 * @returns the ISO date (`2012-07-31`), or null when the text is no date
 *
 * @example
 * parseDate('31 July 2012'); // '2012-07-31'
 * parseDate('sometime'); // null
 */
export function parseDate(value: string): string | null {
  const text = value
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(\w+)\s+(\d{1,2})(?:st|nd|rd|th),/, '$1 $2,');
  if (text === '' || !/\d{4}/.test(text)) return null;
  const known = READ.get(text);
  if (known !== undefined) return known;
  const read = readDate(text);
  if (text.length <= 200) {
    if (READ.size >= 4096) READ.clear();
    READ.set(text, read);
  }
  return read;
}

// The dates already read: the same short lines (a release date, "Publication Date 31 July 2012", a heading with a
// year) come back in chapter after chapter, and each costs up to seven date-fns parses.
const READ = new Map<string, string | null>();

function readDate(text: string): string | null {
  for (const pattern of DATE_FORMATS) {
    const date = parse(text, pattern, REFERENCE_DATE);
    if (isValid(date)) return format(date, 'yyyy-MM-dd');
  }
  return null;
}

/** True when the whole line is a date and nothing else (`April 30, 2009`). */
export function isDateLine(line: string): boolean {
  return line.length <= 30 && parseDate(line) !== null;
}
