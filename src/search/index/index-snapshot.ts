import type { Incident, Passage, Report, Section } from '../../report/types.js';
import { buildFacetTable } from '../query/query-facets.js';
import { DocFactsWriter, primeDocFacts } from '../rank/doc-facts.js';
import { buildHeadingFuse } from './build-index.js';
import { lazyMap } from './lazy-map.js';
import type { DayInterval } from './day-interval.js';
import type { Postings, SearchDoc, SearchIndex } from './search-index.js';
import { type Column, SnapshotReader, SnapshotWriter } from './snapshot-columns.js';
import { buildSynonymTable } from './synonyms.js';

/** Bumped whenever the layout below changes (the cache holding a snapshot is keyed by the code's hash as well). */
const SNAPSHOT_FORMAT = 1;

/**
 * How each field of the index is kept, so that a field added to {@link SearchIndex} without a line here fails to
 * compile (and `index-snapshot.test.ts` compares every field after a round trip):
 * - `columns`: stored as raw typed-array bytes (and string lists), viewed in place on restore;
 * - `rebuilt`: derived again from the reports on restore (cheap: maps by id, tables of a few hundred names);
 * - `empty`: a memo filled as queries ask.
 */
export const SNAPSHOT_PLAN = {
  reports: 'rebuilt',
  reportById: 'rebuilt',
  sectionById: 'rebuilt',
  passageById: 'rebuilt',
  incidentById: 'rebuilt',
  docs: 'columns',
  passageDoc: 'rebuilt',
  postings: 'columns',
  avgLength: 'columns',
  lengthNorm: 'columns',
  vocabulary: 'columns',
  surfaceOf: 'columns',
  trigrams: 'columns',
  dateIndex: 'columns',
  incidentDocs: 'columns',
  docReport: 'columns',
  docPassage: 'columns',
  synonyms: 'rebuilt',
  surfaces: 'columns',
  words: 'columns',
  abbreviations: 'empty',
  reportDocs: 'columns',
  countryReports: 'columns',
  facets: 'rebuilt',
  headingFuse: 'rebuilt',
} as const satisfies Record<keyof SearchIndex, 'columns' | 'rebuilt' | 'empty'>;

interface SnapshotMeta {
  format: number;
  reportIds: string[];
  avgLength: number;
  maxLength: number;
  countryReports: Array<[string, number[]]>;
  /** Records whose passage is in no report (an incident whose passage was not found): doc number → the passage. */
  loosePassages: Array<[number, Passage]>;
  /** Records whose text is neither their passage's nor their incident's: doc number → text. */
  looseTexts: Array<[number, string]>;
  /** Postings keyed in vocabulary order (as built); otherwise the keys are stored as `postingKeys`. */
  postingsByVocabulary: boolean;
}

const TEXT_OF_PASSAGE = 0;
const TEXT_OF_INCIDENT = 1;
const TEXT_LOOSE = 2;

/**
 * The index as bytes: its postings, word stream, date index and per-record numbers as raw typed arrays, its words
 * as UTF-8 string columns, and small JSON metadata. Records point at the reports by position, so no text is
 * stored: {@link restoreIndexSnapshot} needs the same reports. Pure: bytes out, no files.
 * @returns chunks to write back to back (views on the index's own arrays, not copies)
 * @example
 * const chunks = storeIndexSnapshot(buildIndex(reports));
 * restoreIndexSnapshot(Buffer.concat(chunks), reports)?.docs.length; //=> the same number of records
 */
export function storeIndexSnapshot(index: SearchIndex): Uint8Array[] {
  const steps = storeSteps(index);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * {@link storeIndexSnapshot} in slices, awaiting `pause()` between them, so a running app keeps answering while the
 * snapshot of a hundred thousand records is made (the cache written after a start or a live reload).
 * @example
 * const chunks = await storeIndexSnapshotInSlices(index, () => new Promise((r) => setImmediate(r)));
 */
export async function storeIndexSnapshotInSlices(
  index: SearchIndex,
  pause: () => Promise<void>,
): Promise<Uint8Array[]> {
  const steps = storeSteps(index);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

function* storeSteps(index: SearchIndex): Generator<void, Uint8Array[]> {
  const w = new SnapshotWriter();
  const where = locateRecords(index.reports);
  yield;
  const n = index.docs.length;
  const kind = new Uint8Array(n);
  const textOf = new Uint8Array(n);
  const docSection = new Int32Array(n);
  const docPassageAt = new Int32Array(n);
  const docIncident = new Int32Array(n);
  const docLength = new Int32Array(n);
  const dateStarts = new Int32Array(n + 1);
  const loosePassages: SnapshotMeta['loosePassages'] = [];
  const looseTexts: SnapshotMeta['looseTexts'] = [];
  let dateCount = 0;
  for (const doc of index.docs) dateCount += doc.dates.length;
  const dateFrom = new Float64Array(dateCount);
  const dateTo = new Float64Array(dateCount);
  const dateYear = new Float64Array(dateCount);
  let d = 0;
  for (const [i, doc] of index.docs.entries()) {
    if (i > 0 && i % DOCS_PER_SLICE === 0) yield;
    kind[i] = doc.kind === 'incident' ? 1 : 0;
    const section = where.sections.get(doc.section);
    if (section === undefined || where.reports.get(doc.report) === undefined)
      throw new Error(`record ${doc.id} points outside the index's reports`);
    docSection[i] = section;
    const passage = where.passages.get(doc.passage);
    docPassageAt[i] = passage ?? -1;
    if (passage === undefined) loosePassages.push([i, doc.passage]);
    const incident = doc.incident === null ? undefined : where.incidents.get(doc.incident);
    if (doc.incident !== null && incident === undefined) throw new Error(`record ${doc.id}: incident not in reports`);
    docIncident[i] = incident ?? -1;
    if (doc.text === doc.passage.text && doc.kind === 'passage') textOf[i] = TEXT_OF_PASSAGE;
    else if (doc.incident !== null && doc.text === doc.incident.text) textOf[i] = TEXT_OF_INCIDENT;
    else {
      textOf[i] = TEXT_LOOSE;
      looseTexts.push([i, doc.text]);
    }
    docLength[i] = doc.length;
    for (const span of doc.dates) {
      dateFrom[d] = span.from;
      dateTo[d] = span.to;
      dateYear[d] = span.year ?? Number.NaN;
      d++;
    }
    dateStarts[i + 1] = d;
  }
  yield;
  const reportAt = new Int32Array(n);
  index.docs.forEach((doc, i) => {
    reportAt[i] = where.reports.get(doc.report) ?? -1;
  });
  const columns = { kind, textOf, docSection, docPassageAt, docIncident, docLength, reportAt, dateStarts };
  for (const [name, array] of Object.entries(columns)) w.column(`doc.${name}`, array);
  w.column('doc.dateFrom', dateFrom);
  w.column('doc.dateTo', dateTo);
  w.column('doc.dateYear', dateYear);

  // Postings: one offsets column and the docs and weights of every term back to back, in key order.
  const keys = [...index.postings.keys()];
  const byVocabulary = keys.length === index.vocabulary.length && keys.every((k, i) => k === index.vocabulary[i]);
  if (!byVocabulary) w.strings('postingKeys', keys);
  yield;
  const lists = [...index.postings.values()];
  w.column('postings.offsets', offsetsOf(lists.map((p) => p.docs.length)));
  w.column('postings.docs', concatInt(lists.map((p) => p.docs)));
  w.column('postings.weights', concatFloat(lists.map((p) => p.weights)));

  yield;
  w.column('lengthNorm', index.lengthNorm);
  w.strings('vocabulary', index.vocabulary);
  w.strings('surfaceOf.keys', [...index.surfaceOf.keys()]);
  w.strings('surfaceOf.values', [...index.surfaceOf.values()]);
  w.strings('trigrams.keys', [...index.trigrams.keys()]);
  const grams = [...index.trigrams.values()];
  w.column('trigrams.offsets', offsetsOf(grams.map((g) => g.length)));
  w.column('trigrams.ids', concatInt(grams));
  const { from, to, doc, years, unplaced } = index.dateIndex;
  for (const [name, array] of Object.entries({ from, to, doc, years, unplaced })) w.column(`dateIndex.${name}`, array);
  w.column('incidentDocs', index.incidentDocs);
  w.column('docReport', index.docReport);
  w.column('docPassage', index.docPassage);
  yield;
  w.strings('surfaces.keys', [...index.surfaces.keys()]);
  w.column('surfaces.terms', Int32Array.from(index.surfaces.values()));
  w.column('words.tokens', index.words.tokens);
  w.column('words.starts', index.words.starts);
  w.strings('words.folded', index.words.folded);
  w.column('words.termOfFold', index.words.termOfFold);
  w.column('reportDocs', index.reportDocs);
  const meta: SnapshotMeta = {
    format: SNAPSHOT_FORMAT,
    reportIds: index.reports.map((r) => r.id),
    avgLength: index.avgLength,
    maxLength: index.dateIndex.maxLength,
    countryReports: [...index.countryReports],
    loosePassages,
    looseTexts,
    postingsByVocabulary: byVocabulary,
  };
  return w.finish(meta);
}

/**
 * The index back from {@link storeIndexSnapshot}'s bytes over the same reports (equal ids, in order), or null when
 * the bytes are not such a snapshot (the caller builds the index instead). Typed arrays are views on `bytes`.
 * @example
 * restoreIndexSnapshot(Buffer.concat(storeIndexSnapshot(index)), index.reports)?.vocabulary; // index.vocabulary
 */
export function restoreIndexSnapshot(bytes: Uint8Array, reports: Report[]): SearchIndex | null {
  const steps = startRestore(bytes, reports);
  if (steps === null) return null;
  try {
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  } catch {
    return null;
  }
}

/**
 * {@link restoreIndexSnapshot} in slices of at most a few tens of milliseconds, awaiting `pause()` between them, so a
 * running app keeps answering while an index of a hundred thousand records is restored (a live reload).
 * @example
 * const index = await restoreIndexSnapshotInSlices(bytes, reports, () => new Promise((r) => setImmediate(r)));
 */
export async function restoreIndexSnapshotInSlices(
  bytes: Uint8Array,
  reports: Report[],
  pause: () => Promise<void>,
): Promise<SearchIndex | null> {
  const steps = startRestore(bytes, reports);
  if (steps === null) return null;
  try {
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      await pause();
    }
  } catch {
    return null;
  }
}

function startRestore(bytes: Uint8Array, reports: Report[]): Generator<void, SearchIndex> | null {
  let r: SnapshotReader;
  try {
    r = new SnapshotReader(bytes);
  } catch {
    return null;
  }
  const meta = r.meta as Partial<SnapshotMeta> | null;
  if (meta?.format !== SNAPSHOT_FORMAT || !Array.isArray(meta.reportIds)) return null;
  if (meta.reportIds.length !== reports.length || meta.reportIds.some((id, i) => reports[i]?.id !== id)) return null;
  return restoreFrom(r, meta as SnapshotMeta, reports);
}

// Records, and reports, restored between two pauses.
const DOCS_PER_SLICE = 20_000;
const REPORTS_PER_SLICE = 500;

// A generator: each `yield` is a point where a caller may let other work run (see restoreIndexSnapshotInSlices).
function* restoreFrom(r: SnapshotReader, meta: SnapshotMeta, reports: Report[]): Generator<void, SearchIndex> {
  // The lists of sections, passages and incidents in reading order, which the records point into by position.
  const sections: Array<{ report: Report; section: Section }> = [];
  const passages: Passage[] = [];
  const incidents: Incident[] = [];
  for (const [ordinal, report] of reports.entries()) {
    if (ordinal > 0 && ordinal % REPORTS_PER_SLICE === 0) yield;
    for (const section of report.sections) {
      sections.push({ report, section });
      for (const passage of section.passages) passages.push(passage);
    }
    for (const incident of report.incidents) incidents.push(incident);
  }
  // The maps by id, which no question reads, are filled on first use (lazy-map.ts), in the order buildIndex fills
  // them (a later duplicate id wins there too).
  const reportById = lazyMap<string, Report>((map) => {
    for (const report of reports) map.set(report.id, report);
  });
  const sectionById: SearchIndex['sectionById'] = lazyMap((map) => {
    for (const entry of sections) map.set(entry.section.id, entry);
  });
  const passageById: SearchIndex['passageById'] = lazyMap((map) => {
    for (const { report, section } of sections)
      for (const passage of section.passages) map.set(passage.id, { report, section, passage });
  });
  const incidentById = lazyMap<string, Incident>((map) => {
    for (const incident of incidents) map.set(incident.id, incident);
  });
  yield;
  const facts = new DocFactsWriter(r.u8('doc.kind').length);
  const docs = yield* restoreDocs(r, meta, reports, sections, passages, incidents, facts);
  const passageDoc = lazyMap<string, number>((map) => {
    docs.forEach((doc, i) => {
      if (doc.kind === 'passage') map.set(doc.passage.id, i);
    });
  });
  yield;

  const vocabulary = r.strings('vocabulary');
  const postingKeys = meta.postingsByVocabulary ? vocabulary : r.strings('postingKeys');
  const offsets = r.i32('postings.offsets');
  const postingDocs = r.i32('postings.docs');
  const postingWeights = r.f32('postings.weights');
  const postings = new Map<string, Postings>();
  postingKeys.forEach((key, i) => {
    const from = offsets[i] ?? 0;
    const to = offsets[i + 1] ?? 0;
    postings.set(key, { docs: postingDocs.subarray(from, to), weights: postingWeights.subarray(from, to) });
  });
  yield;
  const surfaceOf = zipMap(r.strings('surfaceOf.keys'), r.strings('surfaceOf.values'));
  const gramKeys = r.strings('trigrams.keys');
  const gramOffsets = r.i32('trigrams.offsets');
  const gramIds = r.i32('trigrams.ids');
  const trigrams = new Map<string, Int32Array>();
  gramKeys.forEach((key, i) => {
    trigrams.set(key, gramIds.subarray(gramOffsets[i] ?? 0, gramOffsets[i + 1] ?? 0));
  });
  const surfaceKeys = r.strings('surfaces.keys');
  const surfaceTerms = r.i32('surfaces.terms');
  const surfaces = new Map<string, number>();
  surfaceKeys.forEach((key, i) => {
    surfaces.set(key, surfaceTerms[i] ?? -1);
  });
  yield;
  const folded = r.strings('words.folded');
  const foldOf = new Map<string, number>();
  folded.forEach((word, i) => {
    foldOf.set(word, i);
  });
  yield;
  const facets = buildFacetTable(reports);
  let headingFuse: SearchIndex['headingFuse'] | undefined;
  yield;
  // Every field, so that one added to SearchIndex and not restored here fails to compile.
  const index: SearchIndex = {
    reports,
    reportById,
    sectionById,
    passageById,
    incidentById,
    docs,
    passageDoc,
    postings,
    avgLength: meta.avgLength,
    lengthNorm: r.f32('lengthNorm'),
    vocabulary,
    surfaceOf,
    trigrams,
    dateIndex: {
      from: r.i32('dateIndex.from'),
      to: r.i32('dateIndex.to'),
      doc: r.i32('dateIndex.doc'),
      maxLength: meta.maxLength,
      years: r.i32('dateIndex.years'),
      unplaced: r.i32('dateIndex.unplaced'),
    },
    incidentDocs: r.i32('incidentDocs'),
    docReport: r.i32('docReport'),
    docPassage: r.i32('docPassage'),
    synonyms: buildSynonymTable(),
    surfaces,
    words: {
      tokens: r.i32('words.tokens'),
      starts: r.i32('words.starts'),
      folded,
      foldOf,
      termOfFold: r.i32('words.termOfFold'),
    },
    abbreviations: new Map(),
    reportDocs: r.i32('reportDocs'),
    countryReports: new Map(meta.countryReports),
    facets,
    // Built on first use too: only a section asked for by name reads it (Fuse over every heading, 0.1 s at series scale).
    get headingFuse() {
      headingFuse ??= buildHeadingFuse(sectionById);
      return headingFuse;
    },
  };
  // What ranking reads of every record, written as the records were made: not a pass over them at the first question.
  primeDocFacts(index, facts.facts);
  return index;
}

function* restoreDocs(
  r: SnapshotReader,
  meta: SnapshotMeta,
  reports: Report[],
  sections: Array<{ report: Report; section: Section }>,
  passages: Passage[],
  incidents: Incident[],
  facts: DocFactsWriter,
): Generator<void, SearchDoc[]> {
  const kind = r.u8('doc.kind');
  const textOf = r.u8('doc.textOf');
  const docSection = r.i32('doc.docSection');
  const docPassageAt = r.i32('doc.docPassageAt');
  const docIncident = r.i32('doc.docIncident');
  const docLength = r.i32('doc.docLength');
  const reportAt = r.i32('doc.reportAt');
  const dateStarts = r.i32('doc.dateStarts');
  const dateFrom = r.f64('doc.dateFrom');
  const dateTo = r.f64('doc.dateTo');
  const dateYear = r.f64('doc.dateYear');
  const loosePassages = new Map(meta.loosePassages);
  const looseTexts = new Map(meta.looseTexts);
  const docs: SearchDoc[] = new Array(kind.length);
  const spans = new SharedSpans(dateFrom, dateTo, dateYear);
  for (let i = 0; i < kind.length; i++) {
    if (i > 0 && i % DOCS_PER_SLICE === 0) yield;
    const report = reports[reportAt[i] ?? -1];
    const section = sections[docSection[i] ?? -1]?.section;
    const passage = passages[docPassageAt[i] ?? -1] ?? loosePassages.get(i);
    const incident = incidents[docIncident[i] ?? -1] ?? null;
    if (report === undefined || section === undefined || passage === undefined)
      throw new Error(`record ${i} points outside the reports`);
    const text =
      textOf[i] === TEXT_OF_PASSAGE
        ? passage.text
        : textOf[i] === TEXT_OF_INCIDENT
          ? incident?.text
          : looseTexts.get(i);
    if (text === undefined) throw new Error(`record ${i} has no text`);
    const first = dateStarts[i] ?? 0;
    const last = dateStarts[i + 1] ?? 0;
    let dates: DayInterval[];
    if (first === last) dates = NO_DATES;
    else if (last - first === 1) dates = spans.alone(spans.at(first));
    else {
      dates = [];
      for (let k = first; k < last; k++) dates.push(spans.at(k));
    }
    const doc: SearchDoc = {
      kind: kind[i] === 1 ? 'incident' : 'passage',
      id: incident?.id ?? passage.id,
      report,
      section,
      passage,
      incident,
      text,
      length: docLength[i] ?? 0,
      dates,
    };
    docs[i] = doc;
    facts.add(i, doc);
  }
  return docs;
}

// Records that name no day share one empty list, and the same span (most records name one day, which other records
// name too) is one object, as is the list of a record that names it alone: 153k records held 35 MB of lists and spans
// each their own, fresh memory that a warm start paid for in page faults and scavenges. Nothing writes to a record's
// dates once it is built (the index is read-only).
const NO_DATES: DayInterval[] = [];

class SharedSpans {
  private readonly byFrom = new Map<number, DayInterval[]>();
  private readonly lists = new Map<DayInterval, DayInterval[]>();

  constructor(
    private readonly from: Float64Array,
    private readonly to: Float64Array,
    private readonly year: Float64Array,
  ) {}

  /** The span stored at `k`, shared with every equal span read before. */
  at(k: number): DayInterval {
    const from = this.from[k] ?? 0;
    const to = this.to[k] ?? 0;
    const year = this.year[k] ?? Number.NaN;
    let same = this.byFrom.get(from);
    if (same === undefined) {
      same = [];
      this.byFrom.set(from, same);
    }
    for (const span of same)
      if (span.to === to && (span.year === undefined ? Number.isNaN(year) : span.year === year)) return span;
    const span: DayInterval = Number.isNaN(year) ? { from, to } : { from, to, year };
    same.push(span);
    return span;
  }

  /** A list of the one span, shared by every record that names it alone. */
  alone(span: DayInterval): DayInterval[] {
    let list = this.lists.get(span);
    if (list === undefined) {
      list = [span];
      this.lists.set(span, list);
    }
    return list;
  }
}

// Positions of every report, section, passage and incident in reading order (the same order restoreFrom walks).
function locateRecords(reports: readonly Report[]) {
  const where = {
    reports: new Map<Report, number>(),
    sections: new Map<Section, number>(),
    passages: new Map<Passage, number>(),
    incidents: new Map<Incident, number>(),
  };
  reports.forEach((report, i) => {
    if (!where.reports.has(report)) where.reports.set(report, i);
  });
  let s = 0;
  let p = 0;
  let k = 0;
  for (const report of reports) {
    for (const section of report.sections) {
      if (!where.sections.has(section)) where.sections.set(section, s);
      s++;
      for (const passage of section.passages) {
        if (!where.passages.has(passage)) where.passages.set(passage, p);
        p++;
      }
    }
    for (const incident of report.incidents) {
      if (!where.incidents.has(incident)) where.incidents.set(incident, k);
      k++;
    }
  }
  return where;
}

function zipMap(keys: string[], values: string[]): Map<string, string> {
  if (keys.length !== values.length) throw new Error('snapshot map: keys and values differ in number');
  const map = new Map<string, string>();
  keys.forEach((key, i) => {
    map.set(key, values[i] ?? '');
  });
  return map;
}

function offsetsOf(lengths: number[]): Int32Array {
  const offsets = new Int32Array(lengths.length + 1);
  lengths.forEach((length, i) => {
    offsets[i + 1] = (offsets[i] ?? 0) + length;
  });
  return offsets;
}

function concatInt(arrays: Int32Array[]): Int32Array {
  return concat(new Int32Array(total(arrays)), arrays);
}

function concatFloat(arrays: Float32Array[]): Float32Array {
  return concat(new Float32Array(total(arrays)), arrays);
}

function concat<T extends Column>(into: T, arrays: T[]): T {
  let at = 0;
  for (const a of arrays) {
    into.set(a as ArrayLike<number>, at);
    at += a.length;
  }
  return into;
}

function total(arrays: Column[]): number {
  return arrays.reduce((sum, a) => sum + a.length, 0);
}
