import type { DateIndex } from './build-date-index.js';
import { dateFit, dayNumber } from './day-interval.js';
import { type DateQuery, fitDocDates } from '../rank/fit-doc-dates.js';
import type { SearchDoc } from './search-index.js';

/** The records that fit a date query: the fit per doc number, and the doc numbers with a fit, ascending. */
export interface DatedDocs {
  /** By doc number: what {@link fitDocDates} gives (0 for records the query does not meet). */
  fit: Float32Array;
  docs: Int32Array;
}

/**
 * How well every record fits a date query, touching only the day spans that meet the queried days:
 * binary search on the spans sorted by first day; a yearless query (`since October`) is resolved in
 * each year and searched among the spans that start in that year. Same fits as {@link fitDocDates}
 * record by record (the best of each record's spans).
 *
 * @param index - the date index of the search index
 * @param query - from {@link toDateQuery}
 * @param docs - the search index's docs (for records the sorted spans cannot place)
 * @returns the fit per doc and the docs that fit
 * @example
 * const dated = searchDateIndex(index.dateIndex, toDateQuery(parseQuery('October 31').query.dateRange, {}), index.docs);
 * dated.docs; // records about October 31 of their own year
 */
export function searchDateIndex(index: DateIndex, query: DateQuery, docs: readonly SearchDoc[]): DatedDocs {
  const fit = new Float32Array(docs.length);
  const { fixed } = query;
  const span = { from: 0, to: 0 };
  let count = 0;
  // Spans starting in [first, last] that meet [lo, hi]; fits as in fitDocDates.
  const scan = (lo: number, hi: number, first: number, last: number): void => {
    const queried = { from: lo, to: hi };
    for (let i = lowerBound(index.from, first); i < index.from.length; i++) {
      span.from = index.from[i] ?? 0;
      if (span.from > last) break;
      span.to = index.to[i] ?? 0;
      if (span.to < lo || span.from > hi) continue;
      // With no fixed span, the yearless one decides alone (so a same-span fit above 1 survives).
      let value = fixed ? dateFit(span, fixed) : Number.POSITIVE_INFINITY;
      if (value > 0 && query.anyYear) value = Math.min(value, dateFit(span, queried));
      if (value === Number.POSITIVE_INFINITY) value = 1;
      const doc = index.doc[i] ?? 0;
      const prior = fit[doc] ?? 0;
      if (value > prior) {
        if (prior === 0) count++;
        fit[doc] = value;
      }
    }
  };
  const a = query.anyYear;
  if (a) {
    for (const year of index.years) {
      const lo = dayNumber(year, a.fromMonth, a.fromDay);
      const hi = dayNumber(year, a.toMonth, a.toDay);
      // The query is resolved in the year a span starts in, so only spans starting in `year` count.
      scan(lo, hi, Math.max(dayNumber(year, 1, 1), lo - index.maxLength), Math.min(dayNumber(year, 12, 31), hi));
    }
  } else if (fixed) {
    scan(fixed.from, fixed.to, fixed.from - index.maxLength, fixed.to);
  } else {
    scan(-Infinity, Infinity, -Infinity, Infinity);
  }
  for (const doc of index.unplaced) {
    const d = docs[doc];
    const value = d ? fitDocDates(d, query) : 0;
    if ((fit[doc] ?? 0) === 0 && value > 0) count++;
    fit[doc] = value;
  }
  const list = new Int32Array(count);
  for (let doc = 0, k = 0; k < count && doc < fit.length; doc++) if ((fit[doc] ?? 0) > 0) list[k++] = doc;
  return { fit, docs: list };
}

// First position whose value is at least `value` (values ascending).
function lowerBound(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
