import type { Incident, IncidentKind, Report, Section } from '../report/types.js';

/** Where a hit comes from, ready to paste: every field the report states, and one formatted line. */
export interface Citation {
  reportId: string;
  title: string;
  section: string;
  publisher: string | null;
  publicationDate: string | null;
  sourceUrl: string | null;
  /** `United States Department of State, Country Reports on Terrorism 2011 - Kazakhstan, 31 July 2012, "2011 Terrorist Incidents"`. */
  text: string;
}

/** One search result: a passage or an incident record, never a whole section. */
export interface SearchHit {
  kind: 'passage' | 'incident';
  /** The passage id or the incident id. */
  id: string;
  reportId: string;
  sectionId: string;
  passageId: string;
  /** The passage, or the incident record's own sentences. */
  text: string;
  /** The whole passage (for an incident: the passage it comes from). */
  passageText: string;
  /** Higher is better; comparable within one response only. */
  score: number;
  /** Words of `text` that matched the query, as they appear in `text` (for bold in Slack). */
  matchedTerms: string[];
  incident: Incident | null;
  citation: Citation;
  /** Other chapters with the same or nearly the same passage (oldest first), folded into this hit. */
  sameText?: Array<{
    reportId: string;
    passageId: string;
    year: number | null;
    title: string;
    sourceUrl: string | null;
  }>;
}

/** Filters typed as `place:Almaty since:2011-11` or set by a caller. Dates are ISO days. */
export interface QueryFilters {
  place?: string;
  country?: string;
  year?: number;
  kind?: IncidentKind;
  actor?: string;
  since?: string;
  until?: string;
}

export interface ParsedQuery {
  raw: string;
  /** Free text left once filters and dates are taken out. */
  text: string;
  /** Content words of `text` (stopwords dropped, lowercased). */
  terms: string[];
  filters: QueryFilters;
  /**
   * A date or range read from the free text (`October 31`, `Q4 2011`); inclusive ISO days.
   * `anyYear`: the user typed no year, so the span applies to each report's own year and the year of
   * `from`/`to` is a placeholder (2000). Open ends are `0001-01-01` and `9999-12-31`.
   */
  dateRange: { from: string; to: string; label: string; anyYear?: boolean } | null;
}

/** A problem with the query that the user must be told about (unknown filter, impossible date). */
export interface QueryProblem {
  /** `syntax`: the operators cannot be read as typed (an open quote, a lone NOT, a wildcard matching too many words). */
  code: 'unknown_filter' | 'invalid_date' | 'invalid_value' | 'empty_query' | 'syntax';
  message: string;
}

export interface SearchOptions {
  /** `incident`: incident records first (the /incident lookup); `ask`: passages and incidents (a question). */
  mode?: 'incident' | 'ask';
  limit?: number;
  offset?: number;
  /** Reference "today" for open ranges such as `since October` (ms since epoch). */
  now?: number;
}

/**
 * Whether the best hit answers the question, decided from evidence (see `judgeAnswer`): what the question names
 * that the hit does not cover, and what is loaded for the countries it names.
 */
export interface AnswerVerdict {
  answered: boolean;
  /** In the question's words: `Sri Lanka`, `2016`, `3 December 2011`, `Christchurch`. */
  missing: string[];
  /** The chapters loaded for each country or region the question names, by year. */
  loaded: Array<{ name: string; years: number[] }>;
  /** The day asked for that no record is on (ISO; year 2000 when the question gave no year), else null. */
  noRecordOn?: string | null;
  /** The other reading of an ambiguous day with no record either (`12/4/2011`: 4 December as well as 12 April). */
  noRecordOnAlso?: string | null;
}

export interface SearchResponse {
  query: ParsedQuery;
  hits: SearchHit[];
  /** An ambiguous numeric date (`3/12/2011`) searched in both readings: the two ISO days, month-first first. */
  dateReadings?: string[];
  /** Whether the first hit answers (absent on responses built by hand: then any hit counts as an answer). */
  verdict?: AnswerVerdict;
  /** How many hits there are in all, for paging. */
  total: number;
  problems: QueryProblem[];
  /** When nothing matched: near spellings from the index and similar, to show as "try …". */
  suggestions: string[];
}

/** A section found by name (`finance` → Countering Terrorist Finance). */
export interface SectionMatch {
  report: Report;
  section: Section;
}
