import { addDays, format, isValid, parseISO } from 'date-fns';
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
  /** Set when a later sentence tells when the event ended ("declared the city liberated on October 23"). */
  endDate: string | null;
  kind: IncidentKind;
  /** The clause of the sentence that tells this event: what kind and figures are read from. */
  clause: string;
  sentences: string[];
}

// An undated sentence that opens a new story rather than going on with the dated one before it:
// "In addition, terrorists launched an attack against a small restaurant in Wajir …".
const NEW_STORY = /^(?:In addition|Additionally|Separately|Elsewhere|Meanwhile|Several|Other|There (?:have|has) been|There were)\b/;
// A sentence that opens with a day told relative to the record before it: "On the same day, a suicide bomber …",
// "The following day, two bombers struck …".
const RELATIVE_DAY =
  /^(?:(?:On|Later on|Also on) )?(?:the|that) (?:same day|same evening|same night|same morning|following day|next day|day after)\b|^(?:Later|Earlier) that day\b|^(?:The )?(?:next|following) (?:day|morning|evening)\b/i;
const NEXT_DAY = /\b(?:following|next|day after)\b/i;
// A later sentence of the same story that dates its end: "The AFP declared the city liberated on October 23".
const EVENT_END = /\b(?:ended|liberated|concluded|was over|were over|retook|recaptured|regained control)\b/i;

function dayAfter(date: string, days: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return days === 0 ? date : null;
  const d = parseISO(date);
  return isValid(d) ? format(addDays(d, days), 'yyyy-MM-dd') : null;
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
        let mentions = findDates(sentence, report.year);
        const relative = mentions.length === 0 && open !== null ? RELATIVE_DAY.exec(sentence) : null;
        const relativeDate = relative && open ? dayAfter(open.mention.date, NEXT_DAY.test(relative[0]) ? 1 : 0) : null;
        if (relative && relativeDate !== null) {
          mentions = [{ start: 0, end: relative[0].length, date: relativeDate, endDate: null, leads: true }];
        }
        if (mentions.length === 0) {
          if (NEW_STORY.test(sentence)) open = null;
          open?.sentences.push(sentence);
          continue;
        }
        const [only] = mentions;
        if (open !== null && mentions.length === 1 && only && !only.leads && EVENT_END.test(sentence)) {
          open.endDate = only.date;
          open.sentences.push(sentence);
          continue;
        }
        let startedOpen = false;
        let skip = -1;
        for (const [i, mention] of mentions.entries()) {
          if (i === skip) continue;
          // With several dates, each tells the clause from its own date to the next one.
          const from = i === 0 ? 0 : mention.start;
          const to = mentions[i + 1]?.start ?? sentence.length;
          let clause = sentence.slice(from, to);
          // "On July 8 and September 6 in attacks in Lamu County, …": a date with no words of its own shares
          // the next date's clause.
          const ownWords = sentence.slice(mention.end, to).match(/[A-Za-z]{3,}/g) ?? [];
          const next = mentions[i + 1];
          let endDate: string | null = null;
          if (ownWords.length <= 2 && next) {
            clause = `${clause}${sentence.slice(to, mentions[i + 2]?.start ?? sentence.length)}`;
            // "On September 30 and October 1, JNIM fighters attacked …": two days in a row of one event.
            if (next.endDate === null && dayAfter(mention.date, 1) === next.date) {
              endDate = next.date;
              skip = i + 1;
            }
          }
          const kind = classifyIncident(clause);
          if (!kind) continue;
          const draft: Draft = {
            sectionId: section.id,
            passageId: passage.id,
            mention,
            endDate: endDate ?? mention.endDate,
            kind,
            clause,
            sentences: [sentence],
          };
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
      endDate: d.endDate,
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
