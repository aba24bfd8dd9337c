import { splitSentences } from '../split-sentences.js';
import type { Incident, IncidentKind, Report } from '../types.js';
import { classifyIncident } from './classify-incident.js';
import { countCasualties } from './count-casualties.js';
import { type DateMention, findDates } from './find-dates.js';
import { actorsIn, buildNameBook, namesIn } from './find-names.js';

interface Draft {
  sectionId: string;
  passageId: string;
  mention: DateMention;
  kind: IncidentKind;
  /** The clause of the sentence that tells this event: what kind and figures are read from. */
  clause: string;
  sentences: string[];
}

/**
 * Extracts one incident record per dated security event of a report. A sentence that opens with a date starts a
 * record and the undated sentences after it in the same passage go on telling it; a date inside a sentence
 * ("Police arrested two more suspects on July 11") gives a record of that sentence alone. Dated policy milestones
 * (a law signed, an agreement ratified, a meeting) are not incidents.
 *
 * @param report - a parsed report without its incidents
 * @returns the records in report order, ids `${report.id}/i${n}`
 * @example
 * // "On July 9, in the Kenkiyak village, police killed nine armed men …, while one Special Forces officer was killed."
 * // → { date: '2011-07-09', places: ['Kenkiyak'], kind: 'clash', killed: 10, … }
 */
export function parseIncidents(report: Omit<Report, 'incidents'>): Incident[] {
  const allText = report.sections.flatMap((s) => s.passages.map((p) => p.text)).join('\n');
  const book = buildNameBook(allText, report.country);
  const drafts: Draft[] = [];

  for (const section of report.sections) {
    for (const passage of section.passages) {
      let open = null as Draft | null;
      for (const sentence of splitSentences(passage.text)) {
        const mentions = findDates(sentence, report.year);
        if (mentions.length === 0) {
          open?.sentences.push(sentence);
          continue;
        }
        let startedOpen = false;
        for (const [i, mention] of mentions.entries()) {
          // With several dates, each tells the clause from its own date to the next one.
          const from = i === 0 ? 0 : mention.start;
          const to = mentions[i + 1]?.start ?? sentence.length;
          let clause = sentence.slice(from, to);
          // "On July 8 and September 6 in attacks in Lamu County, …": a date with no words of its own shares
          // the next date's clause.
          const ownWords = sentence.slice(mention.end, to).match(/[A-Za-z]{3,}/g) ?? [];
          if (ownWords.length <= 2 && mentions[i + 1]) clause = `${clause}${sentence.slice(to, mentions[i + 2]?.start ?? sentence.length)}`;
          const kind = classifyIncident(clause);
          if (!kind) continue;
          const draft: Draft = { sectionId: section.id, passageId: passage.id, mention, kind, clause, sentences: [sentence] };
          drafts.push(draft);
          if (mention.leads && i === 0) {
            open = draft;
            startedOpen = true;
          }
        }
        // A sentence that opens with a date but tells no event (a law signed) closes the story before it.
        if (!startedOpen && mentions[0]?.leads) open = null;
      }
    }
  }

  return drafts.map((d, i) => {
    const text = d.sentences.join(' ');
    // Figures come from this event's clause and the sentences that go on telling it, not from other dates' clauses.
    const figures = countCasualties([d.clause, ...d.sentences.slice(1)].join(' '));
    return {
      id: `${report.id}/i${i + 1}`,
      reportId: report.id,
      sectionId: d.sectionId,
      passageId: d.passageId,
      date: d.mention.date,
      endDate: d.mention.endDate,
      places: namesIn(text, book.places),
      actors: actorsIn(text, book),
      kind: d.kind,
      killed: figures.killed,
      wounded: figures.wounded,
      arrested: d.kind === 'arrest' || figures.arrested !== null ? figures.arrested : null,
      text,
    };
  });
}
