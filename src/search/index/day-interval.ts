import { DATE_FIT } from '../rank/weights.js';
/** An inclusive span of days, as day numbers since 1970-01-01 (UTC). */
export interface DayInterval {
  from: number;
  to: number;
  /** Calendar year of `from`, when known (saves a Date per record at query time). */
  year?: number;
}

/** Day number of an open start (`before July`) or end (`since October`). */
export const OPEN_START = -1e9;
export const OPEN_END = 1e9;

/**
 * Day number of a calendar date (UTC, so no time zone can shift it).
 *
 * @example
 * dayNumber(1970, 1, 2); //=> 1
 */
export function dayNumber(year: number, month: number, day: number): number {
  // Whole numbers in a sane range: civil-calendar arithmetic (H. Hinnant's days_from_civil), the same day
  // as Date's MakeDay (months past 12 roll into the next year, days past the month's end into the next
  // month) without a Date per call, which was ~1/10 of reading 100k passages' date mentions.
  if (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    Math.abs(year) < 100_000 &&
    Math.abs(month) < 1_000_000
  ) {
    const m0 = month - 1;
    const rolled = Math.floor(m0 / 12);
    const mn = m0 - rolled * 12;
    const y = year + rolled - (mn < 2 ? 1 : 0);
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * ((mn + 10) % 12) + 2) / 5);
    const days = era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468 + (day - 1);
    if (Math.abs(days) <= MAX_DAYS) return days;
  }
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / 86_400_000);
}

// Date's range: ±100,000,000 days around 1970-01-01.
const MAX_DAYS = 100_000_000;

/**
 * ISO day (`2011-10-31`) of a day number.
 *
 * @example
 * isoDay(dayNumber(2011, 10, 31)); //=> '2011-10-31'
 */
export function isoDay(day: number): string {
  if (day <= OPEN_START) return '0001-01-01';
  if (day >= OPEN_END) return '9999-12-31';
  const d = new Date(day * 86_400_000);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The days an ISO date at any precision covers: `2011-10-31` one day, `2011-10` the month, `2011` the year.
 * Returns null for anything else.
 *
 * @example
 * isoInterval('2011-10'); //=> { from: dayNumber(2011, 10, 1), to: dayNumber(2011, 10, 31) }
 */
export function isoInterval(iso: string): DayInterval | null {
  if (iso === '0001-01-01') return { from: OPEN_START, to: OPEN_START };
  if (iso === '9999-12-31') return { from: OPEN_END, to: OPEN_END };
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { from: dayNumber(y, 1, 1), to: dayNumber(y, 12, 31) };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) return { from: dayNumber(y, mo, 1), to: dayNumber(y, mo + 1, 1) - 1 };
  const d = Number(m[3]);
  const day = dayNumber(y, mo, d);
  if (isoDay(day) !== iso) return null;
  return { from: day, to: day };
}

/**
 * The days an incident covers: from the start of `date` to the end of `endDate` (or of `date`).
 *
 * @example
 * incidentInterval('2011-07-11', '2011-07-16'); //=> { from: dayNumber(2011, 7, 11), to: dayNumber(2011, 7, 16) }
 */
export function incidentInterval(date: string, endDate: string | null): DayInterval | null {
  const start = isoInterval(date);
  if (!start) return null;
  const end = endDate ? isoInterval(endDate) : null;
  return { from: start.from, to: Math.max(start.to, end?.to ?? start.to), year: Number(date.slice(0, 4)) };
}

/**
 * How well a dated record fits a queried span: 1 when the record lies inside it (a day inside
 * `July 2011`), 0.5 when the record is vaguer than the query (`2011-10` for `October 31`) or only
 * overlaps it, 0.75 when a multi-day span of under three weeks meets it, 0 when they do not meet. `July 1` therefore never matches `July 11`.
 */
export function dateFit(record: DayInterval, query: DayInterval): number {
  if (record.to < query.from || record.from > query.to) return 0;
  // `July 11-16` asked, "A July 11-16 operation" told: the very span beats a single day inside it.
  if (record.to > record.from && record.from === query.from && record.to === query.to) return DATE_FIT.sameSpan;
  if (record.from >= query.from && record.to <= query.to) return DATE_FIT.inside;
  // A multi-day operation (`A July 11-16 operation`) that meets the queried days is a real match; a whole
  // month or year (`2011-10`) is only vague.
  if (record.to - record.from < DATE_FIT.shortSpanDays) return DATE_FIT.exact;
  return DATE_FIT.vague;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
