import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import type { QueryProblem } from '../types.js';
import { invalidDateMessage } from '../messages.js';

/** A day, month or year as typed; `year` null when the user left it out (`October 31`). */
interface DateParts {
  year: number | null;
  month: number;
  day: number;
}

/** A date span read from free text; yearless spans apply to each report's own year. */
export interface DateExpression {
  /** Inclusive ISO days; when `anyYear`, the year is the placeholder {@link ANY_YEAR}. */
  from: string;
  to: string;
  anyYear: boolean;
  label: string;
  /** The character spans of `text` the expression used (to remove them from the free text). */
  spans: [number, number][];
}

/** Placeholder year of yearless spans (a leap year, so `February 29` is a valid yearless day). */
export const ANY_YEAR = 2000;
const OPEN_FROM = '0001-01-01';
const OPEN_TO = '9999-12-31';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const ORD = '(?:st|nd|rd|th)?';
// Order matters at one position: the longest reading first (`31 October 2011` before `October`).
// The parts name their groups for reading; the expression itself numbers them (GROUP), because a
// match's `groups` object with 23 names cost more than the match when reading 100k passages.
const ATOM_PARTS = [
  '(?<iso>\\b(?<isoY>\\d{4})-(?<isoM>\\d{1,2})(?:-(?<isoD>\\d{1,2}))?(?![\\d-]))',
  `(?<q1>\\bQ(?<q1n>[1-4])(?:\\s+(?<q1y>\\d{4}))?\\b)`,
  `(?<q2>\\b(?<q2y>\\d{4})\\s*Q(?<q2n>[1-4])\\b)`,
  `(?<dm>\\b(?<dmD>\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH.replace('(', '(?<dmM>')}(?:,?\\s+(?<dmY>\\d{4}))?\\b)`,
  `(?<md>\\b${MONTH.replace('(', '(?<mdM>')}\\s+(?<mdD>\\d{1,2})${ORD}(?:\\s*[-–]\\s*(?<mdD2>\\d{1,2})${ORD})?(?:,?\\s+(?<mdY>\\d{4}))?(?![\\d:])\\b)`,
  `(?<my>\\b${MONTH.replace('(', '(?<myM>')}(?:,?\\s+(?<myY>\\d{4}))?\\b)`,
  // `31.10.2011` (day first, as in Europe and Central Asia) and `12/3/2011` (month first, as in the US).
  '(?<dot>\\b(?<dotD>\\d{1,2})\\.(?<dotM>\\d{1,2})\\.(?<dotY>\\d{4})(?![\\d.])\\b)',
  '(?<slash>\\b(?<slashA>\\d{1,2})/(?<slashB>\\d{1,2})/(?<slashY>\\d{4})(?![\\d/])\\b)',
].join('|');
const GROUP_NAMES = [
  'iso',
  'isoY',
  'isoM',
  'isoD',
  'q1',
  'q1n',
  'q1y',
  'q2',
  'q2y',
  'q2n',
  'dm',
  'dmD',
  'dmM',
  'dmY',
  'md',
  'mdM',
  'mdD',
  'mdD2',
  'mdY',
  'my',
  'myM',
  'myY',
  'dot',
  'dotD',
  'dotM',
  'dotY',
  'slash',
  'slashA',
  'slashB',
  'slashY',
] as const;
type GroupName = (typeof GROUP_NAMES)[number];
/** Capture number of each named part (every capture in ATOM_PARTS is named, so numbers follow the names' order). */
const GROUP = Object.fromEntries(GROUP_NAMES.map((name, i) => [name, i + 1])) as Record<GroupName, number>;
let groupCount = 0;
const ATOM = new RegExp(
  ATOM_PARTS.replace(/\(\?<(\w+)>/g, (_, name: string) => {
    if (GROUP_NAMES[groupCount++] !== name)
      throw new Error(`parse-date-expression: group ${name} is not capture ${groupCount}`);
    return '(';
  }),
  'gi',
);
// Where a mention can start, for reading a whole passage: the start of every ATOM alternative, loosened
// (a month's first three letters, any `NN of Sept`), so ATOM_AT (the same expression, anchored) runs only
// there. A year alone (`In 2011, …`) and counts (`17 people`) are no start; `Marxist` and `decided` are
// the only false ones.
const MONTH_START = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
const DATE_START = new RegExp(
  `\\b(?:\\d{4}(?:-\\d|\\s*q[1-4])|\\d{1,2}${ORD}\\s+(?:of\\s+)?${MONTH_START}|q[1-4]|${MONTH_START})`,
  'gi',
);
const ATOM_AT = new RegExp(ATOM.source, 'iy');

interface Atom {
  start: number;
  end: number;
  from: DateParts;
  to: DateParts;
  text: string;
}

/**
 * Reads the first date or date range a person typed (`October 31`, `Oct 31`, `31 October`, `2011-10-31`,
 * `31.10.2011`, `12/3/2011` (month first), `July 2011`, `July`, `Q4 2011`, `since October`, `before 2011-07-01`, `between July 1 and July 11`).
 * Impossible dates (`February 30`, `2011-13-45`) become problems, never silent non-matches.
 *
 * @param text - free text (filters already removed)
 * @param now - reference time for date-fns parsing (ms)
 * @returns the expression (or null) and problems
 * @example
 * parseDateExpression('what happened on October 31?').expression?.from; //=> '2000-10-31' (anyYear)
 */
export function parseDateExpression(
  text: string,
  now: number = Date.now(),
): { expression: DateExpression | null; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const atoms: Atom[] = [];
  for (const m of text.matchAll(ATOM)) {
    const atom = readAtom(m, now);
    if (atom === 'skip') continue;
    if (atom === 'invalid') {
      problems.push({ code: 'invalid_date', message: invalidDateMessage(m[0].trim()) });
      continue;
    }
    atoms.push(atom);
  }
  const first = atoms[0];
  if (!first) return { expression: null, problems };

  const before = text.slice(0, first.start).toLowerCase();
  const second = atoms[1];
  const between = second ? text.slice(first.end, second.start).toLowerCase() : '';
  const isPair =
    second !== undefined &&
    /^\s*(and|to|until|till|through|-|–)\s*$/.test(between) &&
    /\b(between|from)\s*$/.test(before);
  let from = first.from;
  let to = first.to;
  let opStart = first.start;
  let end = first.end;
  let label = first.text;
  if (isPair && second) {
    to = second.to;
    if (from.year === null && to.year !== null) from = { ...from, year: to.year };
    if (to.year === null && from.year !== null) to = { ...to, year: from.year };
    opStart = first.start - (before.match(/\b(between|from)\s*$/)?.[0].length ?? 0);
    end = second.end;
    label = text.slice(opStart, end);
    return { expression: build(from, to, label, [[opStart, end]]), problems };
  }
  const op = /\b(since|after|from|starting|before|until|till|through|by|up to)\s*$/.exec(before);
  if (op) {
    const word = op[1];
    opStart = first.start - op[0].length;
    label = text.slice(opStart, end);
    const anyYear = first.from.year === null;
    if (word === 'since' || word === 'from' || word === 'starting') {
      to = anyYear ? { year: null, month: 12, day: 31 } : { year: 9999, month: 12, day: 31 };
    } else if (word === 'after') {
      from = nextDay(first.to);
      to = anyYear ? { year: null, month: 12, day: 31 } : { year: 9999, month: 12, day: 31 };
    } else if (word === 'before') {
      to = previousDay(first.from);
      from = anyYear ? { year: null, month: 1, day: 1 } : { year: 1, month: 1, day: 1 };
    } else {
      from = anyYear ? { year: null, month: 1, day: 1 } : { year: 1, month: 1, day: 1 };
    }
  }
  return { expression: build(from, to, label, [[opStart, end]]), problems };
}

function build(from: DateParts, to: DateParts, label: string, spans: [number, number][]): DateExpression {
  const anyYear = from.year === null || to.year === null;
  return { from: iso(from, OPEN_FROM), to: iso(to, OPEN_TO), anyYear, label: label.trim(), spans };
}

function iso(p: DateParts, open: string): string {
  if (p.year === 1 || p.year === 9999) return open;
  const y = String(p.year ?? ANY_YEAR).padStart(4, '0');
  return `${y}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

// `now` null: index time, where date-fns parsing of every mention costs seconds at 100k passages and the
// calendar check below gives the same answer.
function readAtom(m: RegExpExecArray | RegExpMatchArray, now: number | null): Atom | 'invalid' | 'skip' {
  const start = m.index ?? 0;
  const text = m[0];
  const end = start + text.length;
  if (m[GROUP.iso]) {
    const year = Number(m[GROUP.isoY]);
    const month = Number(m[GROUP.isoM]);
    if (m[GROUP.isoD] === undefined) {
      const first = checked(year, month, 1, now);
      if (!first) return 'invalid';
      return { start, end, text, from: first, to: { year, month, day: endOfMonth(toDate(first)).getDate() } };
    }
    const day = checked(year, month, Number(m[GROUP.isoD]), now);
    return day ? { start, end, text, from: day, to: day } : 'invalid';
  }
  if (m[GROUP.dot] || m[GROUP.slash]) {
    const year = Number(m[GROUP.dotY] ?? m[GROUP.slashY]);
    const a = Number(m[GROUP.dotD] ?? m[GROUP.slashA]);
    const b = Number(m[GROUP.dotM] ?? m[GROUP.slashB]);
    // Month first with slashes unless that cannot be a month (`31/10/2011`).
    const [month, day] = m[GROUP.slash] && a <= 12 ? [a, b] : [b, a];
    const date = checked(year, month, day, now);
    return date ? { start, end, text, from: date, to: date } : 'invalid';
  }
  if (m[GROUP.q1] || m[GROUP.q2]) {
    const q = Number(m[GROUP.q1n] ?? m[GROUP.q2n]);
    const year = m[GROUP.q1y] ?? m[GROUP.q2y];
    const y = year === undefined ? null : Number(year);
    const firstMonth = q * 3 - 2;
    const last = endOfQuarter(new Date(y ?? ANY_YEAR, firstMonth - 1, 1));
    return {
      start,
      end,
      text,
      from: { year: y, month: firstMonth, day: 1 },
      to: { year: y, month: last.getMonth() + 1, day: last.getDate() },
    };
  }
  const monthWord = m[GROUP.dmM] ?? m[GROUP.mdM] ?? m[GROUP.myM];
  const month = monthWord === undefined ? undefined : MONTHS[monthWord.toLowerCase()];
  if (month === undefined) return 'skip';
  const yearText = m[GROUP.dmY] ?? m[GROUP.mdY] ?? m[GROUP.myY];
  const year = yearText === undefined ? null : Number(yearText);
  if (m[GROUP.my]) {
    // A bare month must look like one: `May`/`March` are also everyday words, abbreviations too vague.
    if (year === null) {
      const word = monthWord ?? '';
      const lower = word.toLowerCase();
      const capital = word[0] !== undefined && word[0] === word[0].toUpperCase();
      const fullName = lower.length > 3 && MONTHS[lower] !== undefined && !['sept'].includes(lower);
      if (!capital && (!fullName || lower === 'may' || lower === 'march')) return 'skip';
    }
    const first = { year, month, day: 1 };
    return {
      start,
      end,
      text,
      from: first,
      to: { year, month, day: endOfMonth(new Date(year ?? ANY_YEAR, month - 1, 1)).getDate() },
    };
  }
  const dayText = m[GROUP.dmD] ?? m[GROUP.mdD];
  const day = checked(year, month, Number(dayText), now);
  if (!day) return 'invalid';
  if (m[GROUP.mdD2] !== undefined) {
    const endDay = checked(year, month, Number(m[GROUP.mdD2]), now);
    if (!endDay || endDay.day < day.day) return 'invalid';
    return { start, end, text, from: day, to: endDay };
  }
  return { start, end, text, from: day, to: day };
}

// Validates with date-fns: `February 30` and `2011-13-45` parse to Invalid Date.
function checked(year: number | null, month: number, day: number, now: number | null): DateParts | null {
  if (now === null) {
    const days = month >= 1 && month <= 12 ? new Date(Date.UTC(year ?? ANY_YEAR, month, 0)).getUTCDate() : 0;
    return day >= 1 && day <= days ? { year, month, day } : null;
  }
  const parsed = parse(`${year ?? ANY_YEAR}-${month}-${day}`, 'yyyy-M-d', new Date(now));
  if (!isValid(parsed) || parsed.getDate() !== day || parsed.getMonth() + 1 !== month) return null;
  return { year, month, day };
}

function toDate(p: DateParts): Date {
  return new Date(p.year ?? ANY_YEAR, p.month - 1, p.day);
}

function nextDay(p: DateParts): DateParts {
  const d = toDate(p);
  d.setDate(d.getDate() + 1);
  return { year: p.year === null ? null : d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

function previousDay(p: DateParts): DateParts {
  const d = toDate(p);
  d.setDate(d.getDate() - 1);
  return { year: p.year === null ? null : d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** A date a text mentions (`On October 31`, `In July`, `July 11-16`); `year` null when the text gives none. */
export interface DateMention {
  start: number;
  end: number;
  from: DateParts;
  to: DateParts;
}

/**
 * Every valid date mention in a text, for passages that answer a date question by naming the day (from `from` on,
 * when the caller knows that none starts earlier).
 *
 * @example
 * findDateMentions('On July 9, in the Kenkiyak village')[0]?.from; //=> { year: null, month: 7, day: 9 }
 */
export function findDateMentions(text: string, from = 0): DateMention[] {
  const mentions: DateMention[] = [];
  // The matches `text.matchAll(ATOM)` gives: the first match at or after each position, then on from its end.
  DATE_START.lastIndex = from;
  for (let start = DATE_START.exec(text); start !== null; start = DATE_START.exec(text)) {
    ATOM_AT.lastIndex = start.index;
    const m = ATOM_AT.exec(text);
    if (!m) {
      DATE_START.lastIndex = start.index + 1;
      continue;
    }
    DATE_START.lastIndex = ATOM_AT.lastIndex;
    const atom = readAtom(m, null);
    if (atom !== 'skip' && atom !== 'invalid')
      mentions.push({ start: atom.start, end: atom.end, from: atom.from, to: atom.to });
  }
  return mentions;
}
