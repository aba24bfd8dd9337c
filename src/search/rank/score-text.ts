import type { Concept } from '../query/build-concepts.js';
import type { Postings, SearchIndex } from '../index/search-index.js';
import { BM25_K1, BOUND_CANDIDATES } from './weights.js';

/**
 * Text scores of the records that contain any concept. Dense by doc number (a typed array read is far
 * cheaper than a `Map` of objects when `terrorist` alone is in half the corpus); `docs` lists the
 * matched doc numbers in ascending order.
 */
export interface TextMatches {
  docs: Int32Array;
  /** By doc number: BM25 text score (0 when the record matched nothing). */
  score: Float64Array;
  /** By doc number: which query words the record covered (bit i = word i). */
  covered: Int32Array;
}

/**
 * Scores every record that contains any concept, straight from the postings: per concept the best
 * alternative's BM25 with the concept's IDF (the typed word's), summed over concepts; a fill concept
 * adds only for the words of its phrase the record has not matched. Touches only the postings of
 * the query's words, plus one pass over a flag per doc to list the matches in order.
 *
 * @param index - the search index
 * @param concepts - from {@link buildConcepts}
 * @param only - when given, only records flagged 1 here are scored (the others are skipped as their postings are
 *   read): the scores of those are the same numbers
 * @param shared - when true, `score` and `covered` are arrays shared by every call made with `shared` (valid until the
 *   next such call, which clears them): for a caller that reads them at once, they are not allocated (1.3 MB at 110k
 *   records) and collected per call
 * @returns the matched records and their scores
 * @example
 * scoreConcepts(index, buildConcepts(index, ['atyrau'])).docs.length; //=> number of records naming Atyrau
 */
export function scoreConcepts(
  index: SearchIndex,
  concepts: Concept[],
  only: Uint8Array | null = null,
  shared = false,
): TextMatches {
  const n = index.docs.length;
  const { score, covered } = shared ? sharedScores(n) : { score: new Float64Array(n), covered: new Int32Array(n) };
  // Per doc: whether any concept matched; the concept's best alternative, and the docs it touched (to add and clear
  // them after). Scratch arrays kept between calls, all zero again on return (see scratchFor).
  const { matched, best, touched } = scratchFor(n);
  const { lengthNorm, docReport } = index;
  const bitOf = (c: number): number => (c < 30 ? 1 << c : 0);
  concepts.forEach((concept, c) => {
    let count = 0;
    // A word concept scores its alternatives with its own IDF; a fill concept scores them per unit of
    // the IDF of the words a record has not matched (added below).
    const unit = concept.fill ? 1 : concept.idf;
    const offer = (doc: number, v: number): void => {
      const prior = best[doc] ?? 0;
      if (v > prior) {
        if (prior === 0) touched[count++] = doc;
        best[doc] = v;
      }
    };
    for (const alt of concept.alternatives) {
      const w = alt.weight * unit;
      const { reports } = alt;
      if (alt.docs) {
        for (const doc of alt.docs) {
          if (only && only[doc] !== 1) continue;
          offer(doc, w * saturate(1, lengthNorm[doc] ?? 1));
        }
        continue;
      }
      if (alt.stems.length === 1) {
        const list = index.postings.get(alt.stems[0] ?? '');
        if (!list) continue;
        const { docs, weights } = list;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k] ?? 0;
          if (only && only[doc] !== 1) continue;
          if (reports && reports[docReport[doc] ?? -1] !== 1) continue;
          offer(doc, w * saturate(weights[k] ?? 0, lengthNorm[doc] ?? 1));
        }
        continue;
      }
      // A phrase alternative (`trash can`, `Jund al-Khilafah`): every word must be there; it occurs as
      // often as its rarest word, and counts once (not once per word).
      const lists = alt.stems.map((s) => index.postings.get(s));
      if (lists.some((l) => l === undefined)) continue;
      const defined = lists.filter((l) => l !== undefined).sort((a, b) => a.docs.length - b.docs.length);
      const rarest = defined[0];
      if (!rarest) continue;
      // The rarest word's records ascend, so each other list is read with a cursor that only moves forward.
      const cursors = new Int32Array(defined.length);
      for (const doc of rarest.docs) {
        if (only && only[doc] !== 1) continue;
        if (reports && reports[docReport[doc] ?? -1] !== 1) continue;
        let tf = Number.POSITIVE_INFINITY;
        for (let l = 0; l < defined.length; l++) {
          const list = defined[l];
          if (!list) continue;
          const at = seek(list.docs, cursors[l] ?? 0, doc);
          cursors[l] = at;
          tf = Math.min(tf, list.docs[at] === doc ? (list.weights[at] ?? 0) : 0);
          if (tf === 0) break;
        }
        if (tf > 0) offer(doc, w * saturate(tf, lengthNorm[doc] ?? 1));
      }
    }
    if (!concept.fill) {
      const bit = bitOf(c);
      for (let t = 0; t < count; t++) {
        const doc = touched[t] ?? 0;
        score[doc] = (score[doc] ?? 0) + (best[doc] ?? 0);
        covered[doc] = (covered[doc] ?? 0) | bit;
        matched[doc] = 1;
        best[doc] = 0;
      }
      return;
    }
    const parts = concept.parts.map((p) => ({ bit: bitOf(p), idf: concepts[p]?.idf ?? 0 }));
    for (let t = 0; t < count; t++) {
      const doc = touched[t] ?? 0;
      const bits = covered[doc] ?? 0;
      let open = 0;
      let mask = 0;
      for (const p of parts) {
        if ((bits & p.bit) === 0) open += p.idf;
        mask |= p.bit;
      }
      if (open > 0) {
        score[doc] = (score[doc] ?? 0) + (best[doc] ?? 0) * open;
        covered[doc] = bits | mask;
        matched[doc] = 1;
      }
      best[doc] = 0;
    }
  });
  let total = 0;
  for (let doc = 0; doc < n; doc++) total += matched[doc] ?? 0;
  const docs = new Int32Array(total);
  for (let doc = 0, k = 0; doc < n; doc++)
    if (matched[doc] === 1) {
      docs[k++] = doc;
      matched[doc] = 0;
    }
  if (shared) sharedScoresOf.dirty = docs;
  return { docs, score, covered };
}

let sharedScoresOf = { score: new Float64Array(0), covered: new Int32Array(0), dirty: new Int32Array(0) };

// scoreConcepts' shared output, of at least n zeros: the records the last shared call scored are cleared (only they
// can be nonzero).
function sharedScores(n: number): { score: Float64Array; covered: Int32Array } {
  if (sharedScoresOf.score.length < n)
    sharedScoresOf = { score: new Float64Array(n), covered: new Int32Array(n), dirty: new Int32Array(0) };
  const { score, covered, dirty } = sharedScoresOf;
  for (const doc of dirty) {
    score[doc] = 0;
    covered[doc] = 0;
  }
  sharedScoresOf.dirty = new Int32Array(0);
  return { score, covered };
}

let scratch = { matched: new Uint8Array(0), best: new Float64Array(0), touched: new Int32Array(0) };

// Arrays of at least n zeros, shared by every call: allocating ~2 MB per question at 150k records cost more than
// the postings it reads. Each call leaves them all zero (best and matched are cleared as they are read).
function scratchFor(n: number): typeof scratch {
  if (scratch.matched.length < n)
    scratch = { matched: new Uint8Array(n), best: new Float64Array(n), touched: new Int32Array(n) };
  return scratch;
}

/** BM25's term-frequency part: `tf · (k1 + 1) / (tf + length norm)`. */
export function saturate(tf: number, lengthNorm: number): number {
  return (tf * (BM25_K1 + 1)) / (tf + lengthNorm);
}

/** Text scores of some records only, by position in `docs` (see {@link scoreDocs}). */
export interface ListedMatches {
  /** The records asked about that match any concept, ascending. */
  docs: Int32Array;
  /** By position in `docs`: BM25 text score, as {@link scoreConcepts} gives it. */
  score: Float64Array;
  /** By position in `docs`: which query words the record covered. */
  covered: Int32Array;
}

/**
 * Exactly what {@link scoreConcepts} gives for the records in `docs` (ascending), found by looking each record up in
 * the postings instead of reading every posting: the same sums in the same order, so the same numbers. For a few
 * thousand records among postings of tens of thousands (a question of common words), this reads a fraction.
 *
 * @param index - the search index
 * @param concepts - from {@link buildConcepts}
 * @param docs - records to score, ascending
 * @returns those of `docs` that match any concept, with their scores
 * @example
 * scoreDocs(index, concepts, Int32Array.of(4, 9)).docs; // the ones of 4 and 9 that contain a concept
 */
export function scoreDocs(index: SearchIndex, concepts: Concept[], docs: Int32Array): ListedMatches {
  const { lengthNorm, docReport } = index;
  const bitOf = (c: number): number => (c < 30 ? 1 << c : 0);
  // Per concept and alternative: the lists to look in, each with a cursor that only moves forward (docs ascend).
  const plans = concepts.map((concept) => ({
    concept,
    unit: concept.fill ? 1 : concept.idf,
    parts: concept.parts.map((p) => ({ bit: bitOf(p), idf: concepts[p]?.idf ?? 0 })),
    alts: concept.alternatives.map((alt) => {
      const lists: Array<{ docs: Int32Array; weights: Float32Array | null }> = [];
      if (alt.docs) lists.push({ docs: ascending(alt.docs), weights: null });
      else {
        for (const stem of alt.stems) {
          const list = index.postings.get(stem);
          if (list) lists.push({ docs: list.docs, weights: list.weights });
        }
        if (lists.length < alt.stems.length || lists.length === 0) lists.length = 0;
      }
      return { alt, lists, cursors: new Int32Array(lists.length) };
    }),
  }));
  const outDocs = new Int32Array(docs.length);
  const outScore = new Float64Array(docs.length);
  const outCovered = new Int32Array(docs.length);
  let count = 0;
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k] ?? 0;
    let score = 0;
    let covered = 0;
    let matched = false;
    const norm = lengthNorm[doc] ?? 1;
    const report = docReport[doc] ?? -1;
    for (let c = 0; c < plans.length; c++) {
      const plan = plans[c];
      if (!plan) continue;
      let best = 0;
      for (let a = 0; a < plan.alts.length; a++) {
        const entry = plan.alts[a];
        if (!entry || entry.lists.length === 0) continue;
        const { alt, lists, cursors } = entry;
        let tf = Number.POSITIVE_INFINITY;
        for (let l = 0; l < lists.length; l++) {
          const list = lists[l];
          if (!list) continue;
          const at = seek(list.docs, cursors[l] ?? 0, doc);
          cursors[l] = at;
          const weight = list.docs[at] !== doc ? 0 : list.weights ? (list.weights[at] ?? 0) : 1;
          if (weight < tf) tf = weight;
          if (tf === 0) break;
        }
        if (!(tf > 0)) continue;
        const w = alt.weight * plan.unit;
        if (alt.docs) {
          best = Math.max(best, w * saturate(1, norm));
          continue;
        }
        if (alt.reports && alt.reports[report] !== 1) continue;
        const v = w * saturate(tf, norm);
        if (v > best) best = v;
      }
      if (best <= 0) continue;
      if (!plan.concept.fill) {
        score += best;
        covered |= bitOf(c);
        matched = true;
        continue;
      }
      let open = 0;
      let mask = 0;
      for (const p of plan.parts) {
        if ((covered & p.bit) === 0) open += p.idf;
        mask |= p.bit;
      }
      if (open > 0) {
        score += best * open;
        covered |= mask;
        matched = true;
      }
    }
    if (!matched) continue;
    outDocs[count] = doc;
    outScore[count] = score;
    outCovered[count] = covered;
    count++;
  }
  return {
    docs: outDocs.subarray(0, count),
    score: outScore.subarray(0, count),
    covered: outCovered.subarray(0, count),
  };
}

/**
 * Exactly what {@link scoreConcepts} gives for the records in `docs` (ascending), by the cheaper of two ways: each
 * record looked up in every list ({@link scoreDocs}) when they are few against the postings (records × lists ×
 * `lookupCost` ≤ postings), else every posting read with the other records skipped.
 *
 * @param postings - how many postings scoring every record would read (see {@link conceptCeilings})
 * @example
 * scoreSomeDocs(index, concepts, Int32Array.of(4, 9), 250_000); // as scoreDocs(index, concepts, Int32Array.of(4, 9))
 */
export function scoreSomeDocs(
  index: SearchIndex,
  concepts: Concept[],
  docs: Int32Array,
  postings: number,
  lookupCost: number = BOUND_CANDIDATES.lookupCost,
): ListedMatches {
  let lists = 0;
  for (const c of concepts) for (const alt of c.alternatives) lists += alt.docs ? 1 : alt.stems.length;
  if (docs.length * lists * lookupCost <= postings) return scoreDocs(index, concepts, docs);
  const only = onlyFlags(index.docs.length);
  for (const doc of docs) only[doc] = 1;
  const dense = scoreConcepts(index, concepts, only, true);
  for (const doc of docs) only[doc] = 0;
  const out = {
    docs: new Int32Array(dense.docs.length),
    score: new Float64Array(dense.docs.length),
    covered: new Int32Array(dense.docs.length),
  };
  for (const [k, doc] of dense.docs.entries()) {
    out.docs[k] = doc;
    out.score[k] = dense.score[doc] ?? 0;
    out.covered[k] = dense.covered[doc] ?? 0;
  }
  return out;
}

let onlyScratch = new Uint8Array(0);

// Flags of at least n zeros shared by every call (each call clears what it set).
function onlyFlags(n: number): Uint8Array {
  if (onlyScratch.length < n) onlyScratch = new Uint8Array(n);
  return onlyScratch;
}

/**
 * Per concept: the most it can add to any record's text score in {@link scoreConcepts} (its best alternative's weight
 * × IDF × the most BM25's count part gives any record for the alternative: for a phrase, the least of its words'
 * {@link mostSaturated}), and how many postings it reads.
 *
 * @example
 * conceptCeilings(index, buildConcepts(index, words))[0]?.ceiling; // ≥ what the first word adds to any record
 */
export function conceptCeilings(
  index: SearchIndex,
  concepts: Concept[],
): Array<{ ceiling: number; postings: number; docLists: Int32Array[] }> {
  const shortest = shortestNorm(index);
  return concepts.map((concept) => {
    // A fill concept adds its best alternative × the IDF of the parts a record has not matched: at most all of them.
    const unit = concept.fill
      ? concept.parts.reduce((s, p) => s + Math.max(0, concepts[p]?.idf ?? 0), 0)
      : Math.max(0, concept.idf);
    let best = 0;
    let postings = 0;
    const docLists: Int32Array[] = [];
    for (const alt of concept.alternatives) {
      if (alt.docs) {
        best = Math.max(best, alt.weight * unit * saturate(1, shortest));
        postings += alt.docs.length;
        docLists.push(alt.docs);
        continue;
      }
      const lists = alt.stems.map((s) => index.postings.get(s));
      // A phrase scores BM25 of its rarest word's count in a record, at most what each of its words scores there.
      let most = Number.POSITIVE_INFINITY;
      let rarest: Int32Array | null = null;
      for (const list of lists) {
        if (!list) {
          most = 0;
          break;
        }
        most = Math.min(most, mostSaturated(index, list));
        if (rarest === null || list.docs.length < rarest.length) rarest = list.docs;
      }
      if (rarest === null || !(most > 0)) continue;
      best = Math.max(best, alt.weight * unit * most);
      postings += rarest.length;
      docLists.push(rarest);
    }
    return { ceiling: best, postings, docLists };
  });
}

const mostSaturatedOf = new WeakMap<Postings, number>();

/**
 * The most BM25's term-frequency part ({@link saturate}) gives any record of a word's postings: read once per word
 * and index, then remembered (postings never change once built). At most `saturate(highest count, shortest
 * record)`, and often well under it, so a bound built on it leaves out more records.
 *
 * @example
 * mostSaturated(index, index.postings.get('atyrau')); // ≥ saturate(tf, lengthNorm[doc]) of every posting
 */
export function mostSaturated(index: SearchIndex, list: Postings): number {
  let most = mostSaturatedOf.get(list);
  if (most === undefined) {
    most = 0;
    const { docs, weights } = list;
    const { lengthNorm } = index;
    for (let k = 0; k < docs.length; k++) {
      const v = saturate(weights[k] ?? 0, lengthNorm[docs[k] ?? 0] ?? 1);
      if (v > most) most = v;
    }
    mostSaturatedOf.set(list, most);
  }
  return most;
}

// The list itself when it ascends (as a country's records do), else a sorted copy: cursors only move forward.
function ascending(docs: Int32Array): Int32Array {
  for (let i = 1; i < docs.length; i++) if ((docs[i] ?? 0) < (docs[i - 1] ?? 0)) return docs.slice().sort();
  return docs;
}

const shortestNorms = new WeakMap<SearchIndex, number>();

// The smallest BM25 length factor of the index (the record whose term counts saturate least), found once per index.
function shortestNorm(index: SearchIndex): number {
  let shortest = shortestNorms.get(index);
  if (shortest === undefined) {
    shortest = Number.POSITIVE_INFINITY;
    for (const norm of index.lengthNorm) if (norm < shortest) shortest = norm;
    if (!Number.isFinite(shortest)) shortest = 0;
    shortestNorms.set(index, shortest);
  }
  return shortest;
}

// First position at or after `from` whose doc is ≥ `doc` (galloping, then binary search): docs ascend.
function seek(docs: Int32Array, from: number, doc: number): number {
  if (from >= docs.length || (docs[from] ?? 0) >= doc) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < docs.length && (docs[hi] ?? 0) < doc) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > docs.length) hi = docs.length;
  // docs[lo] < doc, and docs[hi] ≥ doc (or hi is the end)
  while (lo + 1 < hi) {
    const mid = (lo + hi) >> 1;
    if ((docs[mid] ?? 0) < doc) lo = mid;
    else hi = mid;
  }
  return hi;
}
