import { docFacts } from './doc-facts.js';
import type { Concept } from '../query/build-concepts.js';
import type { FacetBoosts } from '../query/query-facets.js';
import type { SearchIndex } from '../index/search-index.js';
import { docStems } from './doc-stems.js';
import {
  ASK_MODE_RECORD_FACTOR,
  COVERAGE,
  DATE_FIT,
  DEFINITION_BONUS,
  DATE_MISS_FACTOR,
  INCIDENT_MODE_RECORD_FACTOR,
  PHRASE_BONUS,
  RELATIVE_CUTOFF,
  SORTED_HEAD,
} from './weights.js';

/** A record that passed the filters, before ranking. */
export interface Candidate {
  doc: number;
  /** BM25 text score (0 for date- or filter-only queries). */
  text: number;
  /** Share of the query's word importance the record covers (0–1). */
  coverage: number;
  /** Date fit when the query has a date (0 none, 0.5 vague, 1 exact), else null. */
  dateFit: number | null;
  score?: number;
  /** First day the record is about, for ordering ties. */
  firstDay?: number;
  /** With `sort: 'date'`/`'oldest'`: the date key sorted on (higher first). */
  sortKey?: number;
}

/**
 * Records that passed the filters, as parallel typed arrays (a common word brings tens of thousands;
 * only the ones a page can show become {@link Candidate} objects).
 */
export interface CandidatePool {
  count: number;
  doc: Int32Array;
  text: Float64Array;
  coverage: Float64Array;
  /** Date fit per record; read only when the query has a date. */
  dateFit: Float64Array;
}

/** The ranked records: how many, a page of them in order, and whether any fits the queried date exactly. */
export interface Ranking {
  total: number;
  page(offset: number, limit: number): Candidate[];
  anyExactDate: boolean;
}

export interface RankOptions {
  mode: 'incident' | 'ask';
  concepts: Concept[];
  wordCount: number;
  hasDate: boolean;
  /** Per report position: how much its chapter counts for the question's facets (see {@link facetBoosts}); null when none. */
  boosts?: FacetBoosts | null;
  /** Keep every candidate (an operator query's records all match it), not only those near the best score. */
  keepAll?: boolean;
  /** The term a question asks to define (`what is JNIM` → `JNIM`), if it is one: see {@link definedTerm}. */
  defines?: string | null;
  /** `date`: newest first, `oldest`: oldest first (ties by score); relevance by default. */
  sort?: 'relevance' | 'date' | 'oldest';
}

/**
 * Orders candidates: text score × coverage² (a question's rare words must be there), × date fit, a
 * bonus when query words stand next to each other in the record, then the mode's preference. Each
 * passage appears once: in `incident` mode its incident records replace it; in `ask` mode the better of
 * the passage and its records stays.
 *
 * @returns the ranking; its `total` is the response total
 */
export function rankCandidates(index: SearchIndex, pool: CandidatePool, options: RankOptions): Ranking {
  const { mode, hasDate } = options;
  const boosts = options.boosts ?? null;
  const { text, coverage, dateFit } = pool;
  const n = pool.count;
  const score = new Float64Array(n);
  let top = 0;
  for (let i = 0; i < n; i++) {
    const boost = boosts === null ? null : docBoost(index, boosts, pool.doc[i] ?? 0);
    const s = candidateScore(text[i] ?? 0, coverage[i] ?? 0, dateFit[i] ?? 0, hasDate, boost);
    score[i] = s;
    if (s > top) top = s;
  }
  const bar = options.keepAll ? Number.NEGATIVE_INFINITY : top * RELATIVE_CUTOFF;
  // Candidates kept, as positions in the pool (a typed list: a date alone keeps tens of thousands).
  let kept = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) if ((score[i] ?? 0) >= bar) kept[count++] = i;
  kept = kept.subarray(0, count);
  // A date alone (`July 1`): when some records carry that very day, records that only name the month
  // are noise; when none do, the month-level ones are the best there is.
  const exact = (i: number): boolean => hasDate && (dateFit[i] ?? 0) >= DATE_FIT.exact;
  let anyExact = false;
  let anyText = false;
  for (const i of kept) {
    if (exact(i)) anyExact = true;
    if (text[i] !== 0) anyText = true;
  }
  if (hasDate && !anyText && anyExact) {
    let k = 0;
    for (const i of kept) if (exact(i)) kept[k++] = i;
    kept = kept.subarray(0, k);
  }
  const facts = docFacts(index);
  for (const i of kept) {
    if (facts.incident[pool.doc[i] ?? 0] !== 1) continue;
    if (mode === 'incident') {
      const prior = (text[i] ?? 0) > 0 ? (facts.kindPrior[pool.doc[i] ?? 0] ?? 1) : 1;
      score[i] = (score[i] ?? 0) * INCIDENT_MODE_RECORD_FACTOR * prior;
    }
    if (mode === 'ask' && !hasDate) score[i] = (score[i] ?? 0) * ASK_MODE_RECORD_FACTOR;
  }
  const all = onePerPassage(index, pool, score, kept, mode);
  const sort = options.sort ?? 'relevance';
  // By date: newest (or oldest) first; a record with no date at all last.
  const dated = sort === 'relevance' ? null : new Float64Array(n);
  if (dated) {
    const sign = sort === 'date' ? 1 : -1;
    for (let i = 0; i < n; i++) {
      const day = facts.day[pool.doc[i] ?? 0] ?? Number.NaN;
      dated[i] = Number.isNaN(day) ? Number.NEGATIVE_INFINITY : sign * day;
    }
  }
  const rankKey = (i: number): number => (dated ? (dated[i] ?? 0) : (score[i] ?? 0));
  const candidate = (i: number): Candidate => {
    const doc = pool.doc[i] ?? 0;
    return {
      doc,
      text: text[i] ?? 0,
      coverage: coverage[i] ?? 0,
      dateFit: hasDate ? (dateFit[i] ?? 0) : null,
      score: score[i] ?? 0,
      firstDay: facts.firstDay[doc] ?? 0,
      ...(dated ? { sortKey: rankKey(i) } : {}),
    };
  };
  const order = dated ? byDateKey : byScore;
  // Ranking beyond the head is not worth sorting precisely: the tail keeps pool order. The head is selected
  // (quickselect of its bar), never the whole ranking sorted; the tail is listed only if a page reaches it.
  let head: Candidate[];
  let listTail: () => number[] = () => [];
  if (all.length <= SORTED_HEAD) head = Array.from(all, candidate).sort(order);
  else {
    const keys = new Float64Array(all.length);
    for (let k = 0; k < all.length; k++) keys[k] = rankKey(all[k] ?? 0);
    const bar = kthLargest(keys, SORTED_HEAD);
    if (options.keepAll) {
      // Every record of an operator query is kept, so tens of thousands may tie at the bar (`terror*
      // sort:date`: every passage of a year): the head takes those above it and ties up to its size.
      const picked: number[] = [];
      let room = SORTED_HEAD;
      for (const i of all) if (rankKey(i) > bar) room--;
      room = Math.max(0, room);
      let ties = 0;
      for (const i of all) {
        const key = rankKey(i);
        if (key > bar || (key === bar && ties++ < room)) picked.push(i);
      }
      head = picked.map(candidate).sort(order);
      listTail = () => {
        const rest: number[] = [];
        let tie = 0;
        for (const i of all) if (rankKey(i) === bar && tie++ >= room) rest.push(i);
        for (const i of all) if (rankKey(i) < bar) rest.push(i);
        return rest;
      };
    } else {
      const split = dated ? null : splitTies(all, score, bar, pool.doc, facts.firstDay);
      if (split) {
        head = split.head.map(candidate).sort(order);
        listTail = () => [...split.restOfTies(), ...all.filter((i) => (score[i] ?? 0) < bar)];
      } else {
        head = Array.from(
          all.filter((i) => rankKey(i) >= bar),
          candidate,
        ).sort(order);
        listTail = () => Array.from(all.filter((i) => rankKey(i) < bar));
      }
    }
  }
  let tail: number[] | null = null;
  if (options.wordCount >= 2 && !dated) phraseBonus(index, head, options);
  if (options.defines && !dated) definitionBonus(index, head, options.defines);
  return {
    total: all.length,
    page: (offset, limit) => {
      const shown = head.slice(offset, offset + limit);
      if (offset + limit <= head.length) return shown;
      tail ??= listTail();
      return shown.concat(
        tail.slice(Math.max(0, offset - head.length), Math.max(0, offset + limit - head.length)).map(candidate),
      );
    },
    anyExactDate: all.some(exact),
  };
}

// A doc's place among records of one score, as byScore orders them (first day, then doc number) in one number:
// exact while days and doc numbers stay in these bounds (checked).
const DOC_SPAN = 2 ** 22;
const MAX_TIE_DAY = 2 ** 30;

/**
 * The head of a relevance ranking when more records tie at its bar than it has room for (a date alone: every record
 * of the day scores the same): the records above the bar and, of the ties, the first by byScore's own order (first
 * day, then doc number), so the head is exactly the first SORTED_HEAD records of the whole ranking sorted; the rest of
 * the ties follow in that order when a page reaches them. Null when every tie fits (or the keys would not be exact).
 */
function splitTies(
  all: Int32Array,
  score: Float64Array,
  bar: number,
  poolDoc: Int32Array,
  firstDay: Float64Array,
): { head: number[]; restOfTies: () => number[] } | null {
  let above = 0;
  let tied = 0;
  for (const i of all) {
    const s = score[i] ?? 0;
    if (s > bar) above++;
    else if (s === bar) tied++;
  }
  const room = SORTED_HEAD - above;
  if (tied <= room || room <= 0) return null;
  const head: number[] = [];
  const ties = new Int32Array(tied);
  const tieKey = new Float64Array(tied);
  let t = 0;
  for (const i of all) {
    const s = score[i] ?? 0;
    if (s > bar) head.push(i);
    else if (s === bar) {
      const doc = poolDoc[i] ?? 0;
      const day = firstDay[doc] ?? 0;
      if (!Number.isInteger(day) || Math.abs(day) > MAX_TIE_DAY || doc >= DOC_SPAN) return null;
      ties[t] = i;
      // Negated: kthLargest finds the room-th smallest key, and keys are distinct (doc numbers are).
      tieKey[t++] = -(day * DOC_SPAN + doc);
    }
  }
  const cut = kthLargest(tieKey.slice(), room);
  for (let k = 0; k < tied; k++) if ((tieKey[k] ?? 0) >= cut) head.push(ties[k] ?? 0);
  const restOfTies = (): number[] => {
    const rest: number[] = [];
    for (let k = 0; k < tied; k++) if ((tieKey[k] ?? 0) < cut) rest.push(k);
    return rest.sort((a, b) => (tieKey[b] ?? 0) - (tieKey[a] ?? 0)).map((k) => ties[k] ?? 0);
  };
  return { head, restOfTies };
}

/**
 * How much a record's chapter counts for the question's facets: its section's own weight when the section stands
 * for a country (Cuba in State Sponsors), else its report's; null when the question names no facet.
 */
export function docBoost(index: SearchIndex, boosts: FacetBoosts | null, doc: number): number | null {
  if (boosts === null) return null;
  const section = boosts.sections === undefined ? undefined : index.docs[doc]?.section;
  const bySection = section === undefined ? undefined : boosts.sections?.get(section);
  return bySection ?? boosts[index.docReport[doc] ?? 0] ?? 1;
}

/** The largest {@link docBoost} any record can get, for a bound on scores; null when the question names no facet. */
export function maxDocBoost(boosts: FacetBoosts | null): number | null {
  if (boosts === null) return null;
  let max = 1;
  for (const b of boosts) if (b > max) max = b;
  for (const b of boosts.sections?.values() ?? []) if (b > max) max = b;
  return max;
}

/**
 * A candidate's score before the relative cut (see {@link rankCandidates}): text score × coverage², × date fit, ×
 * the chapter's facet boost (null: none). Never decreasing in `text`, `coverage`, `dateFit` and `boost`, which
 * {@link boundCandidates} relies on to leave out records that cannot pass the cut.
 */
export function candidateScore(
  text: number,
  coverage: number,
  dateFit: number,
  hasDate: boolean,
  boost: number | null,
): number {
  let s = text > 0 ? text * (COVERAGE.floor + COVERAGE.share * coverage ** 2) : hasDate ? dateFit : 1;
  if (text > 0 && hasDate) s *= dateFit > 0 ? 1 + dateFit : DATE_MISS_FACTOR;
  if (boost !== null) s *= boost;
  return s;
}

function onePerPassage(
  index: SearchIndex,
  pool: CandidatePool,
  score: Float64Array,
  kept: Int32Array,
  mode: 'incident' | 'ask',
): Int32Array {
  const { docPassage } = index;
  const { incident } = docFacts(index);
  const isIncident = (i: number): boolean => incident[pool.doc[i] ?? 0] === 1;
  const passageOf = (i: number): number => docPassage[pool.doc[i] ?? 0] ?? 0;
  // A slot per passage number, -1 when free: one array kept between queries (allocating and filling one per query
  // cost more than the loop at 150k records), every slot set here is freed before returning.
  const bestOf = passageSlots(index.docs.length);
  if (mode === 'incident') {
    for (const i of kept) if (isIncident(i)) bestOf[passageOf(i)] = 1;
    const out = new Int32Array(kept.length);
    let count = 0;
    for (const i of kept) if (isIncident(i) || bestOf[passageOf(i)] !== 1) out[count++] = i;
    for (const i of kept) bestOf[passageOf(i)] = -1;
    return out.subarray(0, count);
  }
  // Passages in the order first seen, each holding its best record (the first on a tie).
  const order = new Int32Array(kept.length);
  let count = 0;
  for (const i of kept) {
    const key = passageOf(i);
    const prior = bestOf[key] ?? -1;
    if (prior < 0) order[count++] = key;
    if (prior < 0 || (score[i] ?? 0) > (score[prior] ?? 0)) bestOf[key] = i;
  }
  const out = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const key = order[k] ?? 0;
    out[k] = bestOf[key] ?? 0;
    bestOf[key] = -1;
  }
  return out;
}

let freeSlots = new Int32Array(0);

// At least `size` slots, all -1 (see onePerPassage: callers free what they set).
function passageSlots(size: number): Int32Array {
  if (freeSlots.length < size) freeSlots = new Int32Array(size).fill(-1);
  return freeSlots;
}

function byDateKey(a: Candidate, b: Candidate): number {
  return (b.sortKey ?? 0) - (a.sortKey ?? 0) || (b.score ?? 0) - (a.score ?? 0) || a.doc - b.doc;
}

// Ties (every record of `Q4 2011` fits equally) go in date order, then report order.
function byScore(a: Candidate, b: Candidate): number {
  return (b.score ?? 0) - (a.score ?? 0) || (a.firstDay ?? 0) - (b.firstDay ?? 0) || a.doc - b.doc;
}

// `special forces`, `money laundering`: query words that stand together in the record, as typed.
function phraseBonus(index: SearchIndex, ranked: Candidate[], { concepts }: RankOptions): void {
  const words = concepts
    .filter((c) => !c.fill && c.covers.length === 1)
    .map((c) => new Set(c.alternatives.filter((a) => a.stems.length === 1).map((a) => a.stems[0])));
  if (words.length < 2) return;
  const head = ranked.slice(0, PHRASE_BONUS.window);
  for (const c of head) {
    const stems = docStems(index, c.doc);
    let found = 0;
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i];
      const b = words[i + 1];
      if (!a || !b) continue;
      for (let k = 0; k + 1 < stems.length; k++) {
        if (a.has(stems[k]) && b.has(stems[k + 1])) {
          found++;
          break;
        }
      }
    }
    c.score = (c.score ?? 0) * (1 + (PHRASE_BONUS.max * found) / (words.length - 1));
  }
  head.sort(byScore);
  ranked.splice(0, head.length, ...head);
}

/**
 * The term a question asks to have defined: `what is JNIM`, `who are the Maute Group?`, `what does gefaehrder
 * mean`, `define Gefaehrder` (at most four words), else null.
 * @example definedTerm('what is JNIM?') //=> 'JNIM'
 */
export function definedTerm(text: string): string | null {
  const t = text.trim().replace(/[?.!]+$/, '');
  const m =
    /^(?:what|who)\s+(?:is|are|was|were)\s+(?:the\s+|an?\s+)?(.+)$/i.exec(t) ??
    /^what\s+(?:does|do|did)\s+(?:the\s+)?(.+?)\s+(?:mean|stand\s+for)$/i.exec(t) ??
    /^(?:define|definition\s+of|meaning\s+of)\s+(?:the\s+)?(.+)$/i.exec(t);
  const term = m?.[1]?.trim() ?? '';
  const words = term.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 4 && /\p{L}/u.test(term) ? term : null;
}

// `what is JNIM`: the passage that defines the term ("… (JNIM), an AQ-affiliated umbrella group", "Gefaehrder
// (dangerous persons …", "the Maute Group, a …") answers it; one that only names it in passing does not.
function definitionBonus(index: SearchIndex, ranked: Candidate[], term: string): void {
  const name = term
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s-]+');
  const defines = new RegExp(
    `\\(\\s*${name}\\s*\\)|(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])\\s*(?:\\(|,\\s+(?:a|an|the|which|who)\\s|\\s+(?:is|are|was|were)\\s+(?:a|an|the)\\s|\\s+means\\s|\\s+[–—]\\s)`,
    'iu',
  );
  const head = ranked.slice(0, PHRASE_BONUS.window);
  let any = false;
  for (const c of head) {
    if (!defines.test(index.docs[c.doc]?.text ?? '')) continue;
    c.score = (c.score ?? 0) * DEFINITION_BONUS;
    any = true;
  }
  if (!any) return;
  head.sort(byScore);
  ranked.splice(0, head.length, ...head);
}

// The k-th largest value (k from 1), by quickselect: linear time, where sorting 50k scores was not.
function kthLargest(values: Float64Array, k: number): number {
  const target = values.length - k;
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const t = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] ?? 0;
}
