import { dayNumber } from '../index/day-interval.js';
import { type DateQuery, fitDocDates } from '../rank/fit-doc-dates.js';
import { formatCitation } from './format-citation.js';
import { findDateMentions } from '../query/parse-date-expression.js';
import type { Candidate } from '../rank/rank-candidates.js';
import type { SearchIndex } from '../index/search-index.js';
import { tokenize } from '../index/tokenize.js';
import type { SearchHit } from '../types.js';

/**
 * Turns a ranked candidate into a hit, with the words of its text that matched (as written, in text
 * order, for bold in Slack), including a date mention that fits the queried date (`October 31`).
 */
export function buildHit(
  index: SearchIndex,
  c: Candidate,
  matchStems: Set<string>,
  dates: DateQuery | null,
): SearchHit {
  const d = index.docs[c.doc];
  if (!d) throw new RangeError(`no record ${c.doc} in the index`);
  const found: { start: number; surface: string }[] = [];
  for (const t of tokenize(d.text)) if (matchStems.has(t.stem)) found.push({ start: t.start, surface: t.surface });
  if (dates) {
    const year = d.incident ? Number(d.incident.date.slice(0, 4)) : d.report.year;
    for (const m of findDateMentions(d.text)) {
      const fy = m.from.year ?? year;
      const ty = m.to.year ?? year;
      if (fy === null || ty === null || Number.isNaN(fy)) continue;
      const interval = { from: dayNumber(fy, m.from.month, m.from.day), to: dayNumber(ty, m.to.month, m.to.day) };
      if (fitDocDates({ ...d, dates: [interval] }, dates) > 0)
        found.push({ start: m.start, surface: d.text.slice(m.start, m.end) });
    }
  }
  const matchedTerms = [...new Set(found.sort((a, b) => a.start - b.start).map((f) => f.surface))];
  return {
    kind: d.kind,
    id: d.id,
    reportId: d.report.id,
    sectionId: d.section.id,
    passageId: d.passage.id,
    text: d.text,
    passageText: d.passage.text,
    score: Math.round((c.score ?? 0) * 1000) / 1000,
    matchedTerms,
    incident: d.incident,
    citation: formatCitation(d.report, d.section),
  };
}
