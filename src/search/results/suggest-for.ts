import { MAX_SUGGESTIONS, SUGGESTION_THRESHOLD } from '../rank/weights.js';
import { dayNumber, OPEN_END, OPEN_START } from '../index/day-interval.js';
import type { DateQuery } from '../rank/fit-doc-dates.js';
import { findNearTerms } from '../query/near-terms.js';
import type { SearchDoc, SearchIndex } from '../index/search-index.js';

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
  if (dates) {
    const incidents = Array.from(index.incidentDocs, (i) => index.docs[i])
      .filter((d): d is SearchDoc => d !== undefined && d.dates.length > 0)
      .map((d) => ({
        date: d.incident?.date ?? '',
        distance: Math.min(...d.dates.map((i) => distance(i.from, i.to, targetDay(dates, i.from)))),
      }))
      .sort((a, b) => a.distance - b.distance || a.date.localeCompare(b.date));
    for (const i of incidents) out.push(i.date);
  }
  return [...new Set(out)].slice(0, MAX_SUGGESTIONS);
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
