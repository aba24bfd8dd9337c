import type { Report } from '../report/types.js';
import {
  missingCountryYearMessage,
  noReportForYearMessage,
  operatorErrorsMessage,
  tooBroadMessage,
  unknownCountryMessage,
} from './messages.js';
import { buildConcepts, type Concept } from './query/build-concepts.js';
import { findNearTerms } from './query/near-terms.js';
import { toDateQuery, type DateQuery } from './rank/fit-doc-dates.js';
import { matchReports } from './query/match-reports.js';
import { parseQuery } from './query/parse-query.js';
import { parseQueryWords } from './query/parse-query-words.js';
import { type CandidatePool, rankCandidates } from './rank/rank-candidates.js';
import { buildHit } from './results/build-hit.js';
import { DEFAULT_LIMIT } from './rank/weights.js';
import { searchDateIndex } from './index/search-date-index.js';
import { suggestFor } from './results/suggest-for.js';
import type { SearchIndex } from './index/search-index.js';
import { scoreConcepts } from './rank/score-text.js';
import { tokenStems } from './index/tokenize.js';
import type { ParsedQuery, QueryFilters, QueryProblem, SearchOptions, SearchResponse } from './types.js';
import { evaluateOperators, type OperatorMatches } from './query/evaluate-operators.js';
import { MAX_WILDCARD_WORDS } from './query/expand-wildcard.js';
import { type OperatorQuery, parseOperators } from './query/parse-operators.js';

/**
 * Searches passages and incident records of every loaded report.
 *
 * Candidates come from the inverted index (the postings of the query's words, their synonyms and near
 * spellings), the date index and the facets (country, year, kind, place, actor); they are ranked by
 * BM25 with IDF over the whole corpus, query-word coverage, exact date fit and a phrase bonus.
 * Mode `incident` puts incident records first and falls back to passages; mode `ask` ranks both together
 * and shows each passage once (the passage or its best incident record).
 *
 * @param index - from {@link buildIndex}
 * @param raw - what the person typed (`Atyrua`, `who claimed responsibility for the Atyrau explosions?`)
 * @param options - mode, paging (`offset`, `limit`) and `now`
 * @returns hits for the page, the total, problems to show, and suggestions when nothing matched
 * @example
 * search(index, 'Shubarshi', { mode: 'incident' }).hits[0]?.incident?.date; //=> '2011-07-01'
 */
export function search(index: SearchIndex, raw: string, options: SearchOptions = {}): SearchResponse {
  const mode = options.mode ?? 'ask';
  const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
  const offset = Math.max(0, options.offset ?? 0);
  const operators = parseOperators(raw);
  const { query, problems } = operators.hasOperators
    ? readOperatorQuery(raw, operators, options.now)
    : parseQuery(raw, options.now);
  if (problems.length > 0) return { query, hits: [], total: 0, problems, suggestions: [] };

  const { filters } = query;
  const reports = matchReports(index.reports, filters);
  if (reports && reports.size === 0) {
    const message =
      filters.country !== undefined
        ? noReportMessage(index, filters.country, filters.year)
        : noReportForYearMessage(filters.year ?? 0, loadedYears(index.reports));
    return { query, hits: [], total: 0, problems: [{ code: 'invalid_value', message }], suggestions: [] };
  }
  const dates = toDateQuery(query.dateRange, filters);
  const required = [...requiredSets(index, filters.place), ...requiredSets(index, filters.actor)];
  const allowed = reports ? Uint8Array.from(index.reports, (r) => (reports.has(r) ? 1 : 0)) : null;

  const passes = (doc: number): boolean => {
    if (allowed && allowed[index.docReport[doc] ?? -1] !== 1) return false;
    if (filters.kind !== undefined && index.docs[doc]?.incident?.kind !== filters.kind) return false;
    for (const r of required) if (r.marks[doc] !== 1) return false;
    return true;
  };

  const filterStems = tokenStems(`${filters.place ?? ''} ${filters.actor ?? ''}`);
  if (operators.hasOperators) {
    const matches = evaluateOperators(index, operators.node);
    if (matches.tooBroad.length > 0) {
      const tooBroad = matches.tooBroad.map((pattern) => ({
        code: 'syntax' as const,
        message: tooBroadMessage(pattern, MAX_WILDCARD_WORDS),
      }));
      return { query, hits: [], total: 0, problems: tooBroad, suggestions: [] };
    }
    const pool = gatherMatches(index, matches, dates, passes);
    const ranking = rankCandidates(index, pool, {
      mode,
      concepts: [],
      wordCount: 0,
      hasDate: dates !== null,
      keepAll: true,
      sort: operators.sort,
    });
    const hits = ranking
      .page(offset, limit)
      .map((c) => buildHit(index, c, new Set([...matches.stems, ...filterStems]), dates));
    const suggestions = ranking.total === 0 ? suggestFor(index, matches.words, dates) : [];
    return { query, hits, total: ranking.total, problems: [], suggestions };
  }
  const words = parseQueryWords(query.text);
  const { stems } = words;
  const concepts = buildConcepts(index, words);
  const pool = gather(index, concepts, dates, required, filters, passes);
  const ranking = rankCandidates(index, pool, { mode, concepts, wordCount: stems.length, hasDate: dates !== null });
  const page = ranking.page(offset, limit);
  const matchStems = new Set([...concepts.flatMap((c) => c.alternatives.flatMap((a) => a.stems)), ...filterStems]);
  const hits = page.map((c) => buildHit(index, c, matchStems, dates));
  const noExactDate = dates !== null && !ranking.anyExactDate;
  const suggestions = ranking.total === 0 || noExactDate ? suggestFor(index, stems, dates) : [];
  return { query, hits, total: ranking.total, problems: [], suggestions };
}

// An operator query: its filters read as any query's, its syntax problems said with how it was understood.
function readOperatorQuery(
  raw: string,
  operators: OperatorQuery,
  now: number | undefined,
): { query: ParsedQuery; problems: QueryProblem[] } {
  const read = parseQuery(operators.filters.join(' '), now);
  const problems = read.problems.filter((p) => p.code !== 'empty_query' || operators.node === null);
  if (operators.errors.length > 0)
    problems.unshift({ code: 'syntax', message: operatorErrorsMessage(operators.errors, operators.understood) });
  return { query: { ...read.query, raw, text: operators.understood }, problems };
}

// The records an operator query matched that pass the filters; `since:`/`until:` are hard filters.
function gatherMatches(
  index: SearchIndex,
  matches: OperatorMatches,
  dates: DateQuery | null,
  passes: (doc: number) => boolean,
): CandidatePool {
  const dated = dates ? searchDateIndex(index.dateIndex, dates, index.docs).fit : null;
  let count = 0;
  for (const v of matches.mask) count += v;
  const out = newPool(count);
  matches.mask.forEach((v, doc) => {
    if (v !== 1 || !passes(doc)) return;
    const fit = dated ? (dated[doc] ?? 0) : 1;
    if (fit === 0) return;
    addCandidate(out, doc, matches.score[doc] ?? 0, 1, fit);
  });
  return out;
}

// The country is loaded but not for that year (`country:Kenya year:2011`): say which years are.
function noReportMessage(index: SearchIndex, country: string, year: number | undefined): string {
  const ofCountry = matchReports(index.reports, { country });
  if (year !== undefined && ofCountry && ofCountry.size > 0) {
    const name = [...ofCountry][0]?.country ?? country;
    return missingCountryYearMessage(name, year, loadedYears(ofCountry));
  }
  return unknownCountryMessage(country, [...new Set(index.reports.map((r) => r.country))]);
}

function loadedYears(reports: Iterable<Report>): number[] {
  return [...new Set([...reports].map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
}

function gather(
  index: SearchIndex,
  concepts: Concept[],
  dates: DateQuery | null,
  required: RequiredDocs[],
  filters: QueryFilters,
  passes: (doc: number) => boolean,
): CandidatePool {
  if (concepts.length > 0) {
    // Word concepts come first, so a concept's bit is its position in the list.
    const words = concepts.filter((c) => !c.fill);
    const importance = words.reduce((s, c) => s + c.importance, 0);
    const wordBits = words.map((_, i) => (i < 30 ? 1 << i : 0));
    const wordImportance = words.map((c) => c.importance);
    const bounded = dates?.fixed && (filters.since !== undefined || filters.until !== undefined);
    const { docs, score, covered: coveredBits } = scoreConcepts(index, concepts);
    const dated = dates ? searchDateIndex(index.dateIndex, dates, index.docs).fit : null;
    const out = newPool(docs.length);
    for (const doc of docs) {
      if (!passes(doc)) continue;
      const fit = dated ? (dated[doc] ?? 0) : 1;
      // since:/until: are hard filters; a date typed with words (`signed on November 30`) only boosts.
      if (bounded && fit === 0) continue;
      const bits = coveredBits[doc] ?? 0;
      let covered = 0;
      for (let w = 0; w < wordBits.length; w++) if (bits & (wordBits[w] ?? 0)) covered += wordImportance[w] ?? 0;
      const coverage = importance > 0 ? covered / importance : 1;
      addCandidate(out, doc, score[doc] ?? 0, coverage, fit);
    }
    return out;
  }
  const dated = dates ? searchDateIndex(index.dateIndex, dates, index.docs) : null;
  const pool: Iterable<number> =
    dated?.docs ?? required[0]?.docs ?? (filters.kind !== undefined ? index.incidentDocs : index.docs.keys());
  const out = newPool(dated ? dated.docs.length : (required[0]?.docs.length ?? index.docs.length));
  for (const doc of pool) {
    if (!passes(doc)) continue;
    const fit = dated ? (dated.fit[doc] ?? 0) : 1;
    if (fit === 0) continue;
    addCandidate(out, doc, 0, 1, fit);
  }
  return out;
}

function newPool(capacity: number): CandidatePool {
  return {
    count: 0,
    doc: new Int32Array(capacity),
    text: new Float64Array(capacity),
    coverage: new Float64Array(capacity),
    dateFit: new Float64Array(capacity),
  };
}

function addCandidate(pool: CandidatePool, doc: number, text: number, coverage: number, dateFit: number): void {
  const i = pool.count++;
  pool.doc[i] = doc;
  pool.text[i] = text;
  pool.coverage[i] = coverage;
  pool.dateFit[i] = dateFit;
}

/** The records a `place:`/`actor:` word allows: a flag per doc number, and the doc numbers in order. */
interface RequiredDocs {
  marks: Uint8Array;
  docs: Int32Array;
}

// `place:`/`actor:` values: each word (or a near spelling of it) must occur in the record.
function requiredSets(index: SearchIndex, value: string | undefined): RequiredDocs[] {
  if (value === undefined) return [];
  return tokenStems(value).map((stem) => {
    const marks = new Uint8Array(index.docs.length);
    const alternatives = index.postings.has(stem) ? [stem] : [stem, ...findNearTerms(index, stem).map((n) => n.stem)];
    let count = 0;
    for (const alt of alternatives) {
      for (const doc of index.postings.get(alt)?.docs ?? []) {
        count += 1 - (marks[doc] ?? 0);
        marks[doc] = 1;
      }
    }
    const docs = new Int32Array(count);
    for (let doc = 0, k = 0; doc < marks.length; doc++) if (marks[doc] === 1) docs[k++] = doc;
    return { marks, docs };
  });
}
