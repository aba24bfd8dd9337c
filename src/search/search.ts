import type { Report } from '../report/types.js';
import {
  missingCountryYearMessage,
  noReportForYearMessage,
  operatorErrorsMessage,
  tooBroadMessage,
  tooManyWordsMessage,
  unknownCountryMessage,
} from './messages.js';
import { buildConcepts, type Concept } from './query/build-concepts.js';
import { findNearTerms } from './query/near-terms.js';
import { toDateQuery, type DateQuery } from './rank/fit-doc-dates.js';
import { matchReports } from './query/match-reports.js';
import { parseQuery } from './query/parse-query.js';
import { parseQueryWords } from './query/parse-query-words.js';
import {
  type CandidatePool,
  candidateScore,
  definedTerm,
  docBoost,
  maxDocBoost,
  rankCandidates,
} from './rank/rank-candidates.js';
import { buildHit } from './results/build-hit.js';
import { DEFAULT_LIMIT, ENTITY_WEIGHT, RELATIVE_CUTOFF } from './rank/weights.js';
import { searchDateIndex } from './index/search-date-index.js';
import { suggestFor } from './results/suggest-for.js';
import type { SearchIndex } from './index/search-index.js';
import { type ListedMatches, scoreConcepts, scoreSomeDocs } from './rank/score-text.js';
import { boundCandidates } from './rank/bound-candidates.js';
import { docFacts } from './rank/doc-facts.js';
import { tokenStems } from './index/tokenize.js';
import type { ParsedQuery, QueryFilters, QueryProblem, SearchHit, SearchOptions, SearchResponse } from './types.js';
import { evaluateOperators, type OperatorMatches } from './query/evaluate-operators.js';
import { MAX_WILDCARD_WORDS } from './query/expand-wildcard.js';
import { type OperatorQuery, parseOperators } from './query/parse-operators.js';
import { facetBoosts, parseQueryFacets } from './query/query-facets.js';
import { judgeAnswer } from './results/judge-answer.js';
import { properNames } from './query/proper-names.js';
import { groupDuplicates } from './results/group-duplicates.js';
import type { Candidate } from './rank/rank-candidates.js';

// How far past the page near-duplicates are looked for.
const GROUP_WINDOW = 30;

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
  const parsed = operators.hasOperators ? readOperatorQuery(raw, operators, options.now) : parseQuery(raw, options.now);
  const { problems } = parsed;
  const query = mode === 'incident' && !operators.hasOperators ? yearAsDate(parsed.query) : parsed.query;
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

  // `kind:attack`: the kind's position among the index's kinds (-2, matching no record, for a kind it lacks).
  const facts = docFacts(index);
  const kind =
    filters.kind === undefined
      ? null
      : facts.kinds.indexOf(filters.kind) === -1
        ? -2
        : facts.kinds.indexOf(filters.kind);
  const passes = (doc: number): boolean => {
    if (allowed && allowed[index.docReport[doc] ?? -1] !== 1) return false;
    if (kind !== null && facts.kind[doc] !== kind) return false;
    for (const r of required) if (r.marks[doc] !== 1) return false;
    return true;
  };

  const filterStems = tokenStems(`${filters.place ?? ''} ${filters.actor ?? ''}`);
  if (operators.hasOperators) {
    const matches = evaluateOperators(index, operators.node);
    if (matches.tooBroad.length > 0 || matches.tooManyWords > 0) {
      const tooBroad: QueryProblem[] = matches.tooBroad.map((pattern) => ({
        code: 'syntax',
        message: tooBroadMessage(pattern, MAX_WILDCARD_WORDS),
      }));
      if (matches.tooManyWords > 0) {
        tooBroad.push({ code: 'syntax', message: tooManyWordsMessage(matches.tooManyWords, MAX_WILDCARD_WORDS) });
      }
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
  const facets = parseQueryFacets(index.facets, query.text, datedYears(query.dateRange));
  const names = properNames(index, query.text, facets);
  weighEntities(concepts, stems, names);
  // `what is JNIM`: a name to define (not `what is the outcome`, whose answer is no definition).
  const term = mode === 'ask' ? definedTerm(query.text) : null;
  const defines = term !== null && names.some((n) => tokenStems(term).includes(n.stem)) ? term : null;
  const boosts =
    filters.country === undefined && filters.year === undefined ? facetBoosts(facets, index.reports) : null;
  const rank = (d: DateQuery | null) =>
    rankCandidates(index, gather(index, concepts, d, required, filters, passes, { boosts }), {
      mode,
      concepts,
      wordCount: stems.length,
      hasDate: d !== null,
      boosts,
      defines,
    });
  let ranking = rank(dates);
  // `3/12/2011` is 12 March to some and 3 December to others: both readings are searched, and the reply says so.
  const other = otherReading(query.dateRange);
  const otherDates = other ? toDateQuery(other, filters) : null;
  if (other && otherDates) {
    const pool = mergePools(
      gather(index, concepts, dates, required, filters, passes),
      gather(index, concepts, otherDates, required, filters, passes),
    );
    ranking = rankCandidates(index, pool, { mode, concepts, wordCount: stems.length, hasDate: true, boosts, defines });
  }
  // A day with no record (`December 4, 2011`): the month's records are offered, after "no record on …". A
  // passage that only names the month ("in December the EU …") is no record of the day, so it does not stop this.
  const noExactDate = dates !== null && !ranking.anyExactDate;
  const noDay = stems.length === 0 && !ranking.anyExactDate;
  const month = noDay ? monthOf(query.dateRange) : null;
  const monthDates = month ? toDateQuery(month, filters) : null;
  // `12/4/2011` with no record on either day: both months.
  const otherMonth = noDay && other ? monthOf(other) : null;
  const otherMonthDates = otherMonth ? toDateQuery(otherMonth, filters) : null;
  if (monthDates && otherMonthDates) {
    const pool = mergePools(
      gather(index, concepts, monthDates, required, filters, passes),
      gather(index, concepts, otherMonthDates, required, filters, passes),
    );
    ranking = rankCandidates(index, pool, { mode, concepts, wordCount: 0, hasDate: true, boosts });
  } else if (monthDates) ranking = rank(monthDates);
  // In a question, the same paragraph repeated across years (or in two copies of a chapter) is one result.
  const grouped =
    mode === 'ask' ? groupDuplicates(index, ranking.page(0, offset + limit + GROUP_WINDOW), boosts !== null) : null;
  const page = grouped ? grouped.slice(offset, offset + limit).map((g) => g.shown) : ranking.page(offset, limit);
  const sameText = new Map((grouped ?? []).map((g) => [g.shown, g.others] as const));
  const matchStems = new Set([...concepts.flatMap((c) => c.alternatives.flatMap((a) => a.stems)), ...filterStems]);
  const hits = page.map((c) =>
    withSameText(index, buildHit(index, c, matchStems, monthDates ?? dates), sameText.get(c) ?? []),
  );
  const suggestions = ranking.total === 0 || noExactDate ? suggestFor(index, stems, dates) : [];
  const judged = judgeAnswer(index, ranking.page(0, 1)[0], query, facets, concepts, stems);
  const day = query.dateRange?.from ?? null;
  const verdict =
    monthDates && query.dateRange
      ? { ...judged, answered: false, missing: [query.dateRange.label], noRecordOn: day }
      : judged;
  const readings = other && query.dateRange ? { dateReadings: [query.dateRange.from, other.from] } : {};
  const folded = grouped ? grouped.reduce((n, g) => n + g.others.length, 0) : 0;
  const total = ranking.total - folded;
  return {
    query,
    hits,
    total,
    problems: [],
    suggestions,
    verdict: other
      ? { ...verdict, noRecordOn: monthDates ? day : null, noRecordOnAlso: monthDates ? other.from : null }
      : verdict,
    ...readings,
  };
}

// The other chapters with the same text, oldest first, for "same text in 2011, 2012, 2013".
function withSameText(index: SearchIndex, hit: SearchHit, others: readonly Candidate[]): SearchHit {
  if (others.length === 0) return hit;
  const same = others
    .map((c) => index.docs[c.doc])
    .filter((d): d is NonNullable<typeof d> => d !== undefined)
    .map((d) => ({
      reportId: d.report.id,
      passageId: d.passage.id,
      year: d.report.year,
      title: d.report.title,
      sourceUrl: d.report.sourceUrl,
    }))
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  return { ...hit, sameText: same };
}

// The day-first reading of a month-first numeric date (`3/12/2011` → 2011-12-03), when both are days.
function otherReading(range: ParsedQuery['dateRange']): ParsedQuery['dateRange'] {
  const m = range ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(range.label) : null;
  if (!range || !m || range.from !== range.to) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a > 12 || b > 12 || a === b) return null;
  const iso = `${m[3]}-${String(b).padStart(2, '0')}-${String(a).padStart(2, '0')}`;
  return iso === range.from ? null : { from: iso, to: iso, label: range.label };
}

// Two candidate pools as one, each record once (the better date fit kept).
function mergePools(a: CandidatePool, b: CandidatePool): CandidatePool {
  const out = newPool(a.count + b.count);
  const at = new Map<number, number>();
  for (const pool of [a, b]) {
    for (let i = 0; i < pool.count; i++) {
      const doc = pool.doc[i] ?? 0;
      const seen = at.get(doc);
      if (seen !== undefined) {
        out.dateFit[seen] = Math.max(out.dateFit[seen] ?? 0, pool.dateFit[i] ?? 0);
        continue;
      }
      at.set(doc, out.count);
      addCandidate(out, doc, pool.text[i] ?? 0, pool.coverage[i] ?? 0, pool.dateFit[i] ?? 0);
    }
  }
  return out;
}

// The month a single day is in (`2011-12-04` → December 2011), or null for anything but a day.
function monthOf(range: ParsedQuery['dateRange']): ParsedQuery['dateRange'] {
  if (!range || range.from !== range.to) return null;
  const [y, m] = range.from.split('-').map(Number);
  if (y === undefined || m === undefined || !Number.isInteger(y) || !Number.isInteger(m)) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const prefix = range.from.slice(0, 7);
  return {
    from: `${prefix}-01`,
    to: `${prefix}-${String(last).padStart(2, '0')}`,
    label: prefix,
    ...(range.anyYear ? { anyYear: true } : {}),
  };
}

// `/incident 2011` means the year 2011, not the word "2011" in a sentence.
function yearAsDate(query: ParsedQuery): ParsedQuery {
  const year = query.text.trim();
  if (query.dateRange !== null || !/^(?:19|20)\d\d$/.test(year)) return query;
  return { ...query, text: '', terms: [], dateRange: { from: `${year}-01-01`, to: `${year}-12-31`, label: year } };
}

// `March 2019`, `2019-12-27`: the year a dated span is in (none for `October 31`, which is any year's).
function datedYears(range: { from: string; to: string; anyYear?: boolean } | null): number[] {
  if (!range || range.anyYear) return [];
  const from = Number(range.from.slice(0, 4));
  const to = Number(range.to.slice(0, 4));
  return from === to && from > 1 && from < 9999 ? [from] : [];
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
  const { mask, score } = matches;
  for (let doc = 0; doc < mask.length; doc++) {
    if (mask[doc] !== 1 || !passes(doc)) continue;
    const fit = dated ? (dated[doc] ?? 0) : 1;
    if (fit > 0) addCandidate(out, doc, score[doc] ?? 0, 1, fit);
  }
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
  // Given when the pool goes straight to rankCandidates with these boosts: records that cannot pass its cut may then
  // be left out (see boundCandidates). Not for pools merged before ranking (two readings of a date).
  ranked: { boosts: Float64Array | null } | null = null,
): CandidatePool {
  if (concepts.length > 0) {
    // Word concepts come first, so a concept's bit is its position in the list.
    const words = concepts.filter((c) => !c.fill);
    const importance = words.reduce((s, c) => s + c.importance, 0);
    const wordBits = words.map((_, i) => (i < 30 ? 1 << i : 0));
    const wordImportance = words.map((c) => c.importance);
    const bounded = dates?.fixed && (filters.since !== undefined || filters.until !== undefined);
    const dated = dates ? searchDateIndex(index.dateIndex, dates, index.docs).fit : null;
    const coverageOf = (bits: number): number => {
      let covered = 0;
      for (let w = 0; w < wordBits.length; w++) if (bits & (wordBits[w] ?? 0)) covered += wordImportance[w] ?? 0;
      return importance > 0 ? covered / importance : 1;
    };
    // since:/until: are hard filters; a date typed with words (`signed on November 30`) only boosts.
    const fitOf = (doc: number): number | null => {
      if (!passes(doc)) return null;
      const fit = dated ? (dated[doc] ?? 0) : 1;
      return bounded && fit === 0 ? null : fit;
    };
    const listed = ranked
      ? boundedMatches(index, concepts, dates !== null, dated, ranked.boosts, fitOf, coverageOf)
      : null;
    const text = listed ?? scoreConcepts(index, concepts, null, true);
    const m = text.docs.length;
    // Per matched record: its date fit (NaN when it is no candidate) and coverage, then, when the pool goes straight
    // to rankCandidates, its score there: a record under the relative cut of the pool's best is dropped there, so it
    // is left out here (the best stays, so the cut is the same), and the ranking gets the records it keeps.
    const { fits, covers, scores } = gatherScratch(m);
    let top = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < m; k++) {
      const doc = text.docs[k] ?? 0;
      const fit = fitOf(doc);
      const at = listed ? k : doc;
      fits[k] = fit ?? Number.NaN;
      if (fit === null) continue;
      const coverage = coverageOf(text.covered[at] ?? 0);
      covers[k] = coverage;
      if (!ranked) continue;
      const boost = docBoost(index, ranked.boosts, doc);
      const score = candidateScore(text.score[at] ?? 0, coverage, fit, dates !== null, boost);
      scores[k] = score;
      if (score > top) top = score;
    }
    const bar = ranked ? top * RELATIVE_CUTOFF : Number.NEGATIVE_INFINITY;
    let count = 0;
    for (let k = 0; k < m; k++) if (!Number.isNaN(fits[k] ?? 0) && (!ranked || (scores[k] ?? 0) >= bar)) count++;
    const out = newPool(count);
    for (let k = 0; k < m; k++) {
      const fit = fits[k] ?? 0;
      if (Number.isNaN(fit) || (ranked && (scores[k] ?? 0) < bar)) continue;
      const doc = text.docs[k] ?? 0;
      addCandidate(out, doc, text.score[listed ? k : doc] ?? 0, covers[k] ?? 0, fit);
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

// The text matches of only the records that can pass rankCandidates' cut (see boundCandidates), or null when every
// record must be scored. Scores are rankCandidates' own (candidateScore), so what is left out is exactly what it drops.
function boundedMatches(
  index: SearchIndex,
  concepts: Concept[],
  hasDate: boolean,
  dated: Float32Array | null,
  boosts: Float64Array | null,
  fitOf: (doc: number) => number | null,
  coverageOf: (bits: number) => number,
): ListedMatches | null {
  let maxFit = 1;
  if (dated) {
    maxFit = 0;
    for (const fit of dated) if (fit > maxFit) maxFit = fit;
  }
  const maxBoost = maxDocBoost(boosts);
  const bounded = boundCandidates(index, concepts, {
    scoreOf: (doc, text, covered) => {
      const fit = fitOf(doc);
      if (fit === null) return null;
      const boost = docBoost(index, boosts, doc);
      return candidateScore(text, coverageOf(covered), fit, hasDate, boost);
    },
    ceilingOf: (text, covered) => candidateScore(text, coverageOf(covered), maxFit, hasDate, maxBoost),
  });
  return bounded ? scoreSomeDocs(index, concepts, bounded.docs, bounded.postings) : null;
}

let gatherArrays = { fits: new Float64Array(0), covers: new Float64Array(0), scores: new Float64Array(0) };

// Per-record arrays of at least n slots shared by every call (gather writes each slot before reading it).
function gatherScratch(n: number): typeof gatherArrays {
  if (gatherArrays.fits.length < n)
    gatherArrays = { fits: new Float64Array(n), covers: new Float64Array(n), scores: new Float64Array(n) };
  return gatherArrays;
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

// A name the reports write only with a capital (`Maluku`, `Taliban`) says what the question is about: it weighs
// ENTITY_WEIGHT times a common word of the same rarity, in the text score and in coverage, so a passage about
// Maluku outranks one that shares `still`, `sectarian` and `fighting` with the question but not the name.
function weighEntities(concepts: Concept[], stems: readonly string[], names: ReadonlyArray<{ stem: string }>): void {
  if (names.length === 0) return;
  const entity = new Set(names.map((n) => n.stem));
  for (const c of concepts) {
    if (c.fill || !c.covers.some((p) => entity.has(stems[p] ?? ''))) continue;
    c.idf *= ENTITY_WEIGHT;
    c.importance *= ENTITY_WEIGHT;
  }
}
