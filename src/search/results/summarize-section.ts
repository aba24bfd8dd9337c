import { splitSentences } from '../../report/split-sentences.js';
import type { Incident, Report, Section } from '../../report/types.js';
import { formatCitation } from './format-citation.js';
import { tokenStems } from '../index/tokenize.js';
import { SUMMARY_LEAD, SUMMARY_SENTENCES } from '../rank/weights.js';
import type { Citation } from '../types.js';

/**
 * An extractive summary of a section, never invented: its key sentences verbatim and in report order,
 * then its dated incidents, then the citation. A sentence scores by the weight of its words (frequent in
 * this section, rare in the rest of the report), a little more at the start of the section or of a
 * paragraph; lead-ins that end in a colon ("Incidents … included:") score nothing.
 *
 * @param report - the report
 * @param section - one of its sections
 * @param options - `maxSentences` (default 3)
 * @returns sentences, incidents (by date) and citation
 * @example
 * summarizeSection(report, financeSection).sentences[0];
 * //=> 'Kazakhstan is a member of the Eurasian Group on combating money laundering and financing of terrorism (EAG), …'
 */
export function summarizeSection(
  report: Report,
  section: Section,
  { maxSentences = SUMMARY_SENTENCES }: { maxSentences?: number } = {},
): { sentences: string[]; incidents: Incident[]; citation: Citation } {
  const sentences = section.passages.flatMap((p, pi) =>
    splitSentences(p.text).map((text, si) => ({
      text,
      stems: tokenStems(text),
      first: si === 0,
      sectionFirst: pi === 0 && si === 0,
    })),
  );
  // Document frequency over the sentences of the whole report: what is rare elsewhere marks the topic.
  const reportSentences = report.sections.flatMap((s) => s.passages.flatMap((p) => splitSentences(p.text)));
  const df = new Map<string, number>();
  for (const s of reportSentences) for (const stem of new Set(tokenStems(s))) df.set(stem, (df.get(stem) ?? 0) + 1);
  const tf = new Map<string, number>();
  for (const s of sentences) for (const stem of s.stems) tf.set(stem, (tf.get(stem) ?? 0) + 1);
  const n = Math.max(1, reportSentences.length);

  const scored = sentences.map((s, order) => {
    let weight = 0;
    for (const stem of new Set(s.stems))
      weight += Math.log(1 + (tf.get(stem) ?? 0)) * Math.log(1 + n / (df.get(stem) ?? 1));
    let score = s.stems.length > 0 ? weight / Math.sqrt(s.stems.length) : 0;
    if (s.sectionFirst) score *= SUMMARY_LEAD.section;
    else if (s.first) score *= SUMMARY_LEAD.paragraph;
    if (/:\s*$/.test(s.text)) score = 0;
    return { order, text: s.text, score };
  });
  const chosen = scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, Math.max(0, maxSentences))
    .sort((a, b) => a.order - b.order)
    .map((s) => s.text);
  const passageIds = new Set(section.passages.map((p) => p.id));
  const incidents = report.incidents
    .filter((i) => i.sectionId === section.id || passageIds.has(i.passageId))
    .sort((a, b) => a.date.localeCompare(b.date));
  return { sentences: chosen, incidents, citation: formatCitation(report, section) };
}
