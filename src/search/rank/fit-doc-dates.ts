import { dateFit, type DayInterval, dayNumber, isoInterval, OPEN_END, OPEN_START } from '../index/day-interval.js';
import type { SearchDoc } from '../index/search-index.js';
import type { ParsedQuery } from '../types.js';

/** A queried span: fixed days, or (anyYear) month-days applied to each record's own year. */
export interface DateQuery {
  fixed: DayInterval | null;
  anyYear: { fromMonth: number; fromDay: number; toMonth: number; toDay: number } | null;
  /** The anyYear span resolved per year, filled as records are checked (no Date per record). */
  byYear?: Map<number, DayInterval>;
}

/**
 * Turns the parsed date span and `since:`/`until:` filters into one date query, or null for none.
 *
 * @example
 * toDateQuery({ from: '2011-10-31', to: '2011-10-31', label: '2011-10-31' }, {}); // fixed one-day span
 */
export function toDateQuery(
  range: ParsedQuery['dateRange'],
  filters: { since?: string; until?: string },
): DateQuery | null {
  const bounds: DayInterval = {
    from: filters.since ? (isoInterval(filters.since)?.from ?? OPEN_START) : OPEN_START,
    to: filters.until ? (isoInterval(filters.until)?.to ?? OPEN_END) : OPEN_END,
  };
  const hasBounds = filters.since !== undefined || filters.until !== undefined;
  if (!range) return hasBounds ? { fixed: bounds, anyYear: null } : null;
  if (range.anyYear) {
    const [, fm, fd] = range.from.split('-').map(Number);
    const [, tm, td] = range.to.split('-').map(Number);
    return {
      fixed: hasBounds ? bounds : null,
      anyYear: { fromMonth: fm ?? 1, fromDay: fd ?? 1, toMonth: tm ?? 12, toDay: td ?? 31 },
    };
  }
  const from = isoInterval(range.from)?.from ?? OPEN_START;
  const to = isoInterval(range.to)?.to ?? OPEN_END;
  return { fixed: { from: Math.max(from, bounds.from), to: Math.min(to, bounds.to) }, anyYear: null };
}

/**
 * How well a record's dates fit the date query (see {@link dateFit}); the best of its dates.
 * Dates are compared exactly, never fuzzily: `July 1` does not fit `July 11`.
 */
export function fitDocDates(doc: SearchDoc, query: DateQuery): number {
  let best = 0;
  for (const d of doc.dates) {
    let fit = query.fixed ? dateFit(d, query.fixed) : Number.POSITIVE_INFINITY;
    if (fit > 0 && query.anyYear) {
      const year = d.year ?? new Date(d.from * 86_400_000).getUTCFullYear();
      query.byYear ??= new Map();
      const cache = query.byYear;
      let span = cache.get(year);
      if (!span) {
        const a = query.anyYear;
        span = { from: dayNumber(year, a.fromMonth, a.fromDay), to: dayNumber(year, a.toMonth, a.toDay) };
        cache.set(year, span);
      }
      fit = Math.min(fit, dateFit(d, span));
    }
    if (fit === Number.POSITIVE_INFINITY) fit = 1;
    if (fit > best) best = fit;
  }
  return best;
}
