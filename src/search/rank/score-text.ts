import type { Concept } from '../query/build-concepts.js';
import type { SearchIndex } from '../index/search-index.js';
import { BM25_K1 } from './weights.js';

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
 * @returns the matched records and their scores
 * @example
 * scoreConcepts(index, buildConcepts(index, ['atyrau'])).docs.length; //=> number of records naming Atyrau
 */
export function scoreConcepts(index: SearchIndex, concepts: Concept[]): TextMatches {
  const n = index.docs.length;
  const score = new Float64Array(n);
  const covered = new Int32Array(n);
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
        for (const doc of alt.docs) offer(doc, w * saturate(1, lengthNorm[doc] ?? 1));
        continue;
      }
      if (alt.stems.length === 1) {
        const list = index.postings.get(alt.stems[0] ?? '');
        if (!list) continue;
        const { docs, weights } = list;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k] ?? 0;
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
      for (const doc of rarest.docs) {
        if (reports && reports[docReport[doc] ?? -1] !== 1) continue;
        let tf = Number.POSITIVE_INFINITY;
        for (const list of defined) {
          tf = Math.min(tf, weightAt(list.docs, list.weights, doc));
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
  return { docs, score, covered };
}

let scratch = { matched: new Uint8Array(0), best: new Float64Array(0), touched: new Int32Array(0) };

// Arrays of at least n zeros, shared by every call: allocating ~2 MB per question at 150k records cost more than
// the postings it reads. Each call leaves them all zero (best and matched are cleared as they are read).
function scratchFor(n: number): typeof scratch {
  if (scratch.matched.length < n)
    scratch = { matched: new Uint8Array(n), best: new Float64Array(n), touched: new Int32Array(n) };
  return scratch;
}

function saturate(tf: number, lengthNorm: number): number {
  return (tf * (BM25_K1 + 1)) / (tf + lengthNorm);
}

function weightAt(docs: Int32Array, weights: Float32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = docs[mid] ?? 0;
    if (d === doc) return weights[mid] ?? 0;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
