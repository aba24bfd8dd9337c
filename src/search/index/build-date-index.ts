import type { DayInterval } from './day-interval.js';

/**
 * Every dated record's day spans, flattened into parallel typed arrays sorted by first day, so a
 * queried range is found by binary search instead of a pass over every dated record.
 */
export interface DateIndex {
  /** First day of each span, ascending. */
  from: Int32Array;
  /** Last day of each span. */
  to: Int32Array;
  /** Doc number of each span's record. */
  doc: Int32Array;
  /** The longest span (`to − from`): a span meeting day D starts no earlier than D − maxLength. */
  maxLength: number;
  /** Every year the spans start in, ascending (a yearless query is resolved once per year). */
  years: Int32Array;
  /**
   * Docs with a span the sorted arrays cannot place, checked on every date query: a `year` other than
   * the calendar year of `from`, or a day that is not a whole number (none in the reports so far).
   */
  unplaced: Int32Array;
}

const INT32_LIMIT = 2 ** 31 - 1;

/**
 * Builds the date index over the records' day spans.
 *
 * @param dates - per doc number, the days the record is about (`SearchDoc.dates`)
 * @returns the spans sorted by first day, with the doc each belongs to
 * @example
 * const index = buildDateIndex([[{ from: 15_278, to: 15_278, year: 2011 }], []]);
 * index.doc; //=> Int32Array [0]
 */
export function buildDateIndex(dates: readonly (readonly DayInterval[])[]): DateIndex {
  let count = 0;
  for (const list of dates) count += list.length;
  const from = new Int32Array(count);
  const to = new Int32Array(count);
  const doc = new Int32Array(count);
  const unplaced: number[] = [];
  const years = new Set<number>();
  let maxLength = 0;
  let placed = 0;
  for (let d = 0; d < dates.length; d++) {
    for (const span of dates[d] ?? []) {
      const calendarYear = utcYearOfDay(span.from);
      const whole =
        Number.isInteger(span.from) &&
        Number.isInteger(span.to) &&
        Math.abs(span.from) < INT32_LIMIT &&
        Math.abs(span.to) < INT32_LIMIT;
      if (!whole || (span.year !== undefined && span.year !== calendarYear)) {
        if (unplaced[unplaced.length - 1] !== d) unplaced.push(d);
        continue;
      }
      from[placed] = span.from;
      to[placed] = span.to;
      doc[placed++] = d;
      years.add(calendarYear);
      if (span.to - span.from > maxLength) maxLength = span.to - span.from;
    }
  }
  // Order of spans with the same first day does not matter: a record's fit is the best of its spans. They keep the
  // order they came in (doc order).
  const order = sortedOrder(from, placed);
  const sorted = { from: new Int32Array(placed), to: new Int32Array(placed), doc: new Int32Array(placed) };
  for (let k = 0; k < placed; k++) {
    const i = order[k] ?? 0;
    sorted.from[k] = from[i] ?? 0;
    sorted.to[k] = to[i] ?? 0;
    sorted.doc[k] = doc[i] ?? 0;
  }
  return {
    ...sorted,
    maxLength,
    years: Int32Array.from([...years].sort((a, b) => a - b)),
    unplaced: Int32Array.from(unplaced),
  };
}

// Below 2^22 spans, (first day, position) packed in one float64 (exact: |day| < 2^31) and sorted as numbers, which
// is several times faster than sorting positions with a comparator (~5% of the index build at 100k passages).
const PACK = 2 ** 22;

/**
 * Positions 0 … count − 1 ordered by `from`, ties in position order.
 *
 * @example
 * sortedOrder(Int32Array.of(5, 3, 5), 3); //=> Int32Array [1, 0, 2]
 */
export function sortedOrder(from: Int32Array, count: number): Int32Array {
  const order = new Int32Array(count);
  if (count >= PACK) {
    for (let i = 0; i < count; i++) order[i] = i;
    // Array.prototype.sort and TypedArray sort with a comparator are stable.
    return order.sort((a, b) => (from[a] ?? 0) - (from[b] ?? 0));
  }
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = (from[i] ?? 0) * PACK + i;
  keys.sort();
  for (let k = 0; k < count; k++) {
    const key = keys[k] ?? 0;
    order[k] = key - Math.floor(key / PACK) * PACK;
  }
  return order;
}

// Days from 1970-01-01 past which Date gives no year (its range is ±100,000,000 days).
const DATE_DAYS = 100_000_000;

/**
 * The UTC calendar year of a day number, as `new Date(day * 86_400_000).getUTCFullYear()` gives it (NaN out of
 * Date's range), without a Date for a whole day (H. Hinnant's civil_from_days).
 *
 * @example
 * utcYearOfDay(15_278); //=> 2011
 */
export function utcYearOfDay(day: number): number {
  if (!Number.isInteger(day) || Math.abs(day) > DATE_DAYS) return new Date(day * 86_400_000).getUTCFullYear();
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}
