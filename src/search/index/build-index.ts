import Fuse from 'fuse.js';
import type { Report, Section } from '../../report/types.js';
import { buildDateIndex } from './build-date-index.js';
import { dayNumber, type DayInterval, incidentInterval } from './day-interval.js';
import { BM25_B, BM25_K1, HEADING_FUSE_OPTIONS, INCIDENT_FIELD_WEIGHTS } from '../rank/weights.js';
import { findDateMentions } from '../query/parse-date-expression.js';
import { buildFacetTable } from '../query/query-facets.js';
import type { SearchDoc, SearchIndex } from './search-index.js';
import { buildSynonymTable } from './synonyms.js';
import { IdTable } from './id-table.js';
import { lazyMap } from './lazy-map.js';
import { TermCounter } from './term-counter.js';
import { cachedStem, tokenStems } from './tokenize.js';

const CHARACTERS_PER_WORD = 6;

/**
 * Builds the search index over every passage and incident record of the reports: an inverted index of
 * stems (BM25 weights, IDF over the whole corpus), a trigram index of the vocabulary for near spellings,
 * the dates each record is about, and lookup maps by id. Linear in the corpus; no Fuse index over
 * documents (Fuse's serialized index is as large as the documents).
 *
 * @param reports - parsed reports
 * @returns the index
 * @example
 * const index = buildIndex(parseReports(text, { file }).reports);
 * search(index, 'Atyrau', { mode: 'incident' }).hits[0]?.incident?.date; //=> '2011-10-31'
 */
export function buildIndex(reports: Report[]): SearchIndex {
  const docs: SearchDoc[] = [];
  // The doc number each passage id was last given (a passage listed twice shares its number), and the sections by id
  // as far as the reports read so far, for the rare incident record whose passage is not indexed (filled only then).
  // The index's maps by id are filled from the same records on first use (no question reads them; see lazyMap).
  let capacity = 0;
  let passageTotal = 0;
  let textLength = 0;
  for (const report of reports) {
    for (const section of report.sections) {
      passageTotal += section.passages.length;
      for (const passage of section.passages) textLength += passage.text.length;
    }
    capacity += report.incidents.length;
    for (const incident of report.incidents) textLength += incident.text.length;
  }
  capacity += passageTotal;
  const passageIds = new IdTable(passageTotal);
  const sectionsRead = new Map<string, { report: Report; section: Section }>();
  let sectionsReadTo = 0;
  const sectionAsOf = (id: string, ordinal: number): Section | undefined => {
    for (; sectionsReadTo <= ordinal; sectionsReadTo++) {
      const report = reports[sectionsReadTo];
      if (report) for (const section of report.sections) sectionsRead.set(section.id, { report, section });
    }
    return sectionsRead.get(id)?.section;
  };
  // Each report's records are consecutive doc numbers: [reportDocs[2r], reportDocs[2r + 1]).
  const reportDocs = new Int32Array(reports.length * 2);
  // Per doc (at most every passage and record): its report's position, its passage's number, its length (content
  // words), and the incident records' doc numbers, all read here rather than in a pass over the docs.
  // The reports run ~6.7 characters a word with the space and punctuation (the fixtures and the bench corpus): the
  // word stream is laid out at its expected size (TermCounter keeps it as it is if at most a quarter too large).
  const terms = new TermCounter(textLength / CHARACTERS_PER_WORD);
  const docReport = new Int32Array(capacity);
  const docPassage = new Int32Array(capacity);
  const docLength = new Int32Array(capacity);
  const incidentDocs = new Int32Array(capacity);
  let incidentCount = 0;
  let totalLength = 0;
  // Passage numbers in first-seen order; an incident record shares its passage's number, read through the
  // passage's doc (a record whose passage is not indexed yet gets a number kept in lonePassage).
  let passageCount = 0;
  const lonePassage = new Map<string, number>();
  const firstOrdinal = new Map<Report, number>();
  const passageNumber = (id: string): number => {
    const doc = passageIds.get(id);
    if (doc >= 0) return docPassage[doc] ?? 0;
    let key = lonePassage.get(id);
    if (key === undefined) {
      key = passageCount++;
      lonePassage.set(id, key);
    }
    return key;
  };

  for (const [ordinal, report] of reports.entries()) {
    reportDocs[2 * ordinal] = docs.length;
    // A report listed twice keeps its first position, as `country:` and `year:` filters read it.
    if (!firstOrdinal.has(report)) firstOrdinal.set(report, ordinal);
    const reportOrdinal = firstOrdinal.get(report) ?? ordinal;
    for (const section of report.sections) {
      for (const passage of section.passages) {
        const doc = docs.length;
        const known = passageIds.swap(passage.id, doc);
        const length = terms.addText(passage.text);
        docReport[doc] = reportOrdinal;
        const lone = known < 0 && lonePassage.size > 0 ? lonePassage.get(passage.id) : undefined;
        docPassage[doc] = known >= 0 ? (docPassage[known] ?? 0) : (lone ?? passageCount++);
        docLength[doc] = length;
        totalLength += length;
        docs.push({
          kind: 'passage',
          id: passage.id,
          report,
          section,
          passage,
          incident: null,
          text: passage.text,
          length,
          // A passage with no word that can begin a date mention has none to read; else they are read from the first.
          dates: terms.mayHoldDate
            ? mentionedDates(passage.text, report.year, terms.dateWordsFrom, terms.dateWordsEnd)
            : [],
        });
        terms.endDoc();
      }
    }
    for (const incident of report.incidents) {
      const at = passageIds.get(incident.passageId);
      const where = at >= 0 ? docs[at] : undefined;
      const section = where?.section ?? sectionAsOf(incident.sectionId, ordinal);
      if (!section) continue;
      const passage = where?.passage ?? { id: incident.passageId, text: incident.text };
      const length = terms.addText(incident.text);
      for (const place of incident.places) terms.addWeighted(place, INCIDENT_FIELD_WEIGHTS.place);
      for (const actor of incident.actors) terms.addWeighted(actor, INCIDENT_FIELD_WEIGHTS.actor);
      terms.addWeighted(incident.kind, INCIDENT_FIELD_WEIGHTS.kind);
      const interval = incidentInterval(incident.date, incident.endDate);
      const doc = docs.length;
      docReport[doc] = reportOrdinal;
      docPassage[doc] = passageNumber(passage.id);
      docLength[doc] = length;
      totalLength += length;
      incidentDocs[incidentCount++] = doc;
      docs.push({
        kind: 'incident',
        id: incident.id,
        report,
        section,
        passage,
        incident,
        text: incident.text,
        length,
        dates: interval ? [interval] : [],
      });
      terms.endDoc();
    }
    reportDocs[2 * ordinal + 1] = docs.length;
  }

  const surfaceOf = surfaceForms(docs.length, terms);
  const { postings, vocabulary, surfaces, words } = terms.invert();
  const avgLength = docs.length > 0 ? Math.max(1, totalLength / docs.length) : 1;
  // An incident record is one event: its length says how much the report tells, not that the match
  // is diluted, so records get no length norm (`Shubarshy`: the long July 1 record is the attack).
  const lengthNorm = new Float32Array(docs.length);
  for (let i = 0; i < docs.length; i++)
    lengthNorm[i] = BM25_K1 * (1 - BM25_B + (BM25_B * (docLength[i] ?? 0)) / avgLength);
  for (let k = 0; k < incidentCount; k++) lengthNorm[incidentDocs[k] ?? 0] = BM25_K1;
  const maps = mapsById(reports, docs);
  let headingFuse: SearchIndex['headingFuse'] | undefined;
  return {
    reports,
    reportById: maps.reportById,
    sectionById: maps.sectionById,
    passageById: maps.passageById,
    incidentById: maps.incidentById,
    docs,
    passageDoc: maps.passageDoc,
    postings,
    avgLength,
    lengthNorm,
    vocabulary,
    surfaceOf,
    trigrams: buildTrigrams(vocabulary),
    dateIndex: buildDateIndex(docs.map((d) => d.dates)),
    incidentDocs: incidentDocs.slice(0, incidentCount),
    docReport: docs.length < capacity ? docReport.slice(0, docs.length) : docReport,
    docPassage: docs.length < capacity ? docPassage.slice(0, docs.length) : docPassage,
    synonyms: buildSynonymTable(),
    surfaces,
    words,
    abbreviations: new Map(),
    reportDocs,
    countryReports: countryReports(reports),
    facets: buildFacetTable(reports),
    // Built on first use: only a section asked for by name reads it (Fuse over every heading, ~50 ms at 100k passages).
    get headingFuse() {
      headingFuse ??= buildHeadingFuse(maps.sectionById);
      return headingFuse;
    },
  };
}

// The index's lookups by id, filled on first use in the order the records were read (a later duplicate id wins).
function mapsById(
  reports: Report[],
  docs: SearchDoc[],
): Pick<SearchIndex, 'reportById' | 'sectionById' | 'passageById' | 'incidentById' | 'passageDoc'> {
  return {
    reportById: lazyMap((map) => {
      for (const report of reports) map.set(report.id, report);
    }),
    sectionById: lazyMap((map) => {
      for (const report of reports) for (const section of report.sections) map.set(section.id, { report, section });
    }),
    passageById: lazyMap((map) => {
      for (const report of reports)
        for (const section of report.sections)
          for (const passage of section.passages) map.set(passage.id, { report, section, passage });
    }),
    incidentById: lazyMap((map) => {
      for (const report of reports) for (const incident of report.incidents) map.set(incident.id, incident);
    }),
    passageDoc: lazyMap((map) => {
      docs.forEach((doc, i) => {
        if (doc.kind === 'passage') map.set(doc.id, i);
      });
    }),
  };
}

/**
 * The trigrams of a word padded with `^` and `$` (`atyrau` → ^at, aty, tyr, yra, rau, au$).
 *
 * @example
 * wordTrigrams('aks'); //=> ['^ak', 'aks', 'ks$']
 */
export function wordTrigrams(word: string): string[] {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

// `Israel, West Bank, and Gaza` is the chapter on Israel and on the West Bank and Gaza; `United Kingdom
// (Northern Ireland)` on the United Kingdom. Keys are the names' stems joined by a space.
// The keys of each country name are read once (3,000 chapters at 100k passages name ~190 countries).
function countryReports(reports: Report[]): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  const keysOf = new Map<string, string[]>();
  reports.forEach((r, ordinal) => {
    let keys = keysOf.get(r.country);
    if (keys === undefined) {
      const name = r.country.replace(/\(.*?\)/g, ' ');
      const names = new Set([name, ...name.split(',').map((part) => part.replace(/^\s*and\s+/i, ''))]);
      keys = [...names].map((n) => tokenStems(n).join(' '));
      keysOf.set(r.country, keys);
    }
    for (const key of keys) {
      if (key === '') continue;
      const list = byName.get(key) ?? [];
      if (!list.includes(ordinal)) list.push(ordinal);
      byName.set(key, list);
    }
  });
  return byName;
}

/**
 * The days a passage mentions, read from `from` (where the first word that can begin a mention starts) up to `end`
 * (where the word after the last such word ends): a mention is made of such words and what joins them (`of`, `,`,
 * `-`, `.`, `/`, spaces), and may take digits from the word after the last one (`2011-10-9am`), never more; reading it
 * looks one character past it at most. So the text cut at `end` holds the same mentions; at 100k passages the reader
 * scanned 26M characters, 18M of them after the last mention. A yearless mention (`On July 9`) is about the report's
 * own year; without one it cannot be placed.
 */
export function mentionedDates(text: string, year: number | null, from: number, end = text.length): DayInterval[] {
  const dates: DayInterval[] = [];
  for (const m of findDateMentions(end < text.length ? text.slice(0, end) : text, from)) {
    const fy = m.from.year ?? year;
    const ty = m.to.year ?? year;
    if (fy === null || ty === null) continue;
    dates.push({ from: dayNumber(fy, m.from.month, m.from.day), to: dayNumber(ty, m.to.month, m.to.day), year: fy });
  }
  return dates;
}

function buildTrigrams(vocabulary: string[]): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  vocabulary.forEach((stem, id) => {
    if (stem.length < 3 || /^\d+$/.test(stem)) return;
    for (const gram of new Set(wordTrigrams(stem))) {
      const list = lists.get(gram);
      if (list) list.push(id);
      else lists.set(gram, [id]);
    }
  });
  const trigrams = new Map<string, Int32Array>();
  for (const [gram, ids] of lists) trigrams.set(gram, Int32Array.from(ids));
  return trigrams;
}

// Surface forms are only needed for suggestions; a sample of passages is enough to name each stem.
// Counted per surface word in first-seen order, so a tie goes to the form seen first. Stems the sample
// lacks are left out (callers show the stem itself): a map over the whole vocabulary cost ~25 ms at 100k.
// The words are counted from the term counter's word stream (slicing each was ~4% of the build); before invert.
function surfaceForms(docCount: number, terms: TermCounter): Map<string, string> {
  const best = new Map<string, { surface: string; count: number }>();
  for (const { surface, count } of terms.countSurfaces(Math.max(1, Math.floor(docCount / 5000)))) {
    const stem = cachedStem(surface);
    if (stem === '') continue;
    const prior = best.get(stem);
    if (!prior || count > prior.count) best.set(stem, { surface, count });
  }
  const surfaceOf = new Map<string, string>();
  for (const [stem, { surface }] of best) surfaceOf.set(stem, surface);
  return surfaceOf;
}

/**
 * Fuse over the section headings, one per section id in the order the sections were first indexed: for a built
 * index and a restored snapshot alike.
 */
export function buildHeadingFuse(sectionById: SearchIndex['sectionById']): SearchIndex['headingFuse'] {
  const headings = [...sectionById.values()].map(({ report, section }) => ({
    report,
    section,
    heading: section.heading,
  }));
  return new Fuse(headings, HEADING_FUSE_OPTIONS);
}
