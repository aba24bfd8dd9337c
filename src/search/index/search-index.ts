import type Fuse from 'fuse.js';
import type { Incident, Passage, Report, Section } from '../../report/types.js';
import type { Abbreviation } from './find-abbreviations.js';
import type { DateIndex } from './build-date-index.js';
import type { FacetTable } from '../query/query-facets.js';
import type { DayInterval } from './day-interval.js';
import type { SynonymTable } from './synonyms.js';
import type { WordStream } from './term-counter.js';

/** One searchable record: a passage, or an incident record (which points at its passage). */
export interface SearchDoc {
  kind: 'passage' | 'incident';
  id: string;
  report: Report;
  section: Section;
  passage: Passage;
  incident: Incident | null;
  /** The passage text, or the incident record's own sentences. */
  text: string;
  /** Content words in `text` (the length in BM25's length norm). */
  length: number;
  /** Days the record is about: an incident's date span, or the dates a passage mentions. */
  dates: DayInterval[];
}

/** Where a term occurs: doc numbers (ascending) and the field-weighted term frequency in each. */
export interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

/** Everything {@link search} needs, built once by {@link buildIndex}. */
export interface SearchIndex {
  reports: Report[];
  reportById: Map<string, Report>;
  sectionById: Map<string, { report: Report; section: Section }>;
  passageById: Map<string, { report: Report; section: Section; passage: Passage }>;
  incidentById: Map<string, Incident>;
  docs: SearchDoc[];
  /** doc number of each passage, by passage id. */
  passageDoc: Map<string, number>;
  /** stem → postings over `docs`. */
  postings: Map<string, Postings>;
  avgLength: number;
  /** BM25's per-doc length factor `k1 · (1 − b + b · length / avgLength)`, precomputed. */
  lengthNorm: Float32Array;
  /** Every stem, for near spellings; its position is its vocabulary id. */
  vocabulary: string[];
  /** stem → the surface form most often seen in a sample (`polic` → `police`), for suggestions; a stem the sample lacks is absent. */
  surfaceOf: Map<string, string>;
  /** Trigram of `^stem$` → vocabulary ids: narrows the vocabulary before Fuse scores spellings. */
  trigrams: Map<string, Int32Array>;
  /** The day spans of every dated record (incidents and passages that mention a day or month), sorted for range search. */
  dateIndex: DateIndex;
  /** Doc numbers of incident records, ascending (the pool of `kind:` queries). */
  incidentDocs: Int32Array;
  /** Per doc: the position of its report in `reports` (`country:`/`year:` test one flag per report). */
  docReport: Int32Array;
  /** Per doc: a number for its passage, shared by the passage and its incident records (one hit per passage). */
  docPassage: Int32Array;
  synonyms: SynonymTable;
  /** Every word as written in the corpus (→ term id): tells an abbreviation (`FARC` written in capitals) from a word. */
  surfaces: ReadonlyMap<string, number>;
  /** Every record's words in order, folded: phrases, proximity and wildcards (see {@link WordStream}). */
  words: WordStream;
  /** Abbreviation stem → the "Long Name (ABBR)" definitions the reports give, filled as queries ask (see {@link findAbbreviations}). */
  abbreviations: Map<string, Abbreviation[]>;
  /** The doc numbers of report r are `reportDocs[2r]` up to (not including) `reportDocs[2r + 1]`. */
  reportDocs: Int32Array;
  /** A country's name as stems joined by spaces (`saudi arabia`) → positions of the reports about it. */
  countryReports: Map<string, number[]>;
  /** Countries, regions and chapter names a question may name, for the chapter facets. */
  facets: FacetTable;
  /** Fuse over section headings, for {@link findSection}. */
  headingFuse: Fuse<{ report: Report; section: Section; heading: string }>;
}
