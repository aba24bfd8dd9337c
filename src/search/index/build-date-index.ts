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
      const calendarYear = new Date(span.from * 86_400_000).getUTCFullYear();
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
  // Order of spans with the same first day does not matter: a record's fit is the best of its spans.
  const order = new Int32Array(placed);
  for (let i = 0; i < placed; i++) order[i] = i;
  order.sort((a, b) => (from[a] ?? 0) - (from[b] ?? 0));
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
