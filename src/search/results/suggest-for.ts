import { MAX_SUGGESTIONS, SUGGESTION_THRESHOLD } from '../rank/weights.js';
import { dayNumber, OPEN_END, OPEN_START } from '../index/day-interval.js';
import type { DateQuery } from '../rank/fit-doc-dates.js';
import { findNearTerms } from '../query/near-terms.js';
import type { SearchIndex } from '../index/search-index.js';

/**
 * What to offer when nothing matched: words of the corpus spelled like the query's words, and the
 * dates of the incidents nearest to a queried date (as ISO days, ready to type).
 *
 * @example
 * suggestFor(index, ['atyrauu'], null); //=> ['atyrau']
 */
export function suggestFor(index: SearchIndex, stems: string[], dates: DateQuery | null): string[] {
  const out: string[] = [];
  for (const stem of stems) {
    for (const near of findNearTerms(index, stem, { threshold: SUGGESTION_THRESHOLD, max: 3 })) {
      out.push(index.surfaceOf.get(near.stem) ?? near.stem);
    }
  }
  if (dates) out.push(...nearestIncidentDates(index, dates, MAX_SUGGESTIONS));
  return [...new Set(out)].slice(0, MAX_SUGGESTIONS);
}

/**
 * The `k` distinct incident dates nearest to the queried dates, nearest first (ties by date): what sorting every
 * incident record by its distance and keeping the first `k` distinct dates gives, found in one pass that keeps
 * only the best `k` (at 41k incident records, sorting them all was a tenth of the question time).
 */
function nearestIncidentDates(index: SearchIndex, dates: DateQuery, k: number): string[] {
  // Best k distinct dates so far, nearest first: a date's place holds its nearest distance seen yet.
  const best: Array<{ date: string; distance: number }> = [];
  const before = (a: { date: string; distance: number }, b: { date: string; distance: number }): boolean =>
    a.distance < b.distance || (a.distance === b.distance && a.date.localeCompare(b.date) < 0);
  for (const i of index.incidentDocs) {
    const d = index.docs[i];
    if (d === undefined || d.dates.length === 0) continue;
    let near = Number.POSITIVE_INFINITY;
    for (const span of d.dates) near = Math.min(near, distance(span.from, span.to, targetDay(dates, span.from)));
    const entry = { date: d.incident?.date ?? '', distance: near };
    const worst = best[best.length - 1];
    if (best.length === k && worst !== undefined && !before(entry, worst)) continue;
    const at = best.findIndex((b) => b.date === entry.date);
    if (at >= 0) {
      if (!before(entry, best[at] ?? entry)) continue;
      best.splice(at, 1);
    }
    let pos = best.length;
    while (pos > 0 && before(entry, best[pos - 1] ?? entry)) pos--;
    best.splice(pos, 0, entry);
    if (best.length > k) best.pop();
  }
  return best.map((b) => b.date);
}

// A yearless date (`October 30`) is compared within each incident's own year.
function targetDay(dates: DateQuery, recordDay: number): number {
  if (dates.fixed) {
    const { from, to } = dates.fixed;
    if (from <= OPEN_START) return to;
    if (to >= OPEN_END) return from;
    return Math.round((from + to) / 2);
  }
  const a = dates.anyYear;
  const year = new Date(recordDay * 86_400_000).getUTCFullYear();
  return a ? dayNumber(year, a.fromMonth, a.fromDay) : 0;
}

function distance(from: number, to: number, day: number): number {
  if (day < from) return from - day;
  if (day > to) return day - to;
  return 0;
}
