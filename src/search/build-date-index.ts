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
  const placed: { from: number; to: number; doc: number }[] = [];
  const unplaced = new Set<number>();
  const years = new Set<number>();
  let maxLength = 0;
  dates.forEach((list, doc) => {
    for (const { from, to, year } of list) {
      const calendarYear = new Date(from * 86_400_000).getUTCFullYear();
      const whole = Number.isInteger(from) && Number.isInteger(to) && Math.abs(from) < INT32_LIMIT && Math.abs(to) < INT32_LIMIT;
      if (!whole || (year !== undefined && year !== calendarYear)) {
        unplaced.add(doc);
        continue;
      }
      placed.push({ from, to, doc });
      years.add(calendarYear);
      if (to - from > maxLength) maxLength = to - from;
    }
  });
  placed.sort((a, b) => a.from - b.from || a.doc - b.doc);
  return {
    from: Int32Array.from(placed, (p) => p.from),
    to: Int32Array.from(placed, (p) => p.to),
    doc: Int32Array.from(placed, (p) => p.doc),
    maxLength,
    years: Int32Array.from([...years].sort((a, b) => a - b)),
    unplaced: Int32Array.from([...unplaced].sort((a, b) => a - b)),
  };
}
