import { BM25_K1 } from './build-index.js';
import { type Concept, idf } from './build-concepts.js';
import type { SearchIndex } from './search-index.js';

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
 * alternative's BM25 (IDF over the whole corpus), summed over concepts. Touches only the postings of
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
  const matched = new Uint8Array(n);
  // The concept's best alternative per doc, and the docs it touched (to add and clear them after).
  const best = new Float64Array(n);
  const touched = new Int32Array(n);
  const { lengthNorm } = index;
  for (const concept of concepts) {
    let count = 0;
    for (const alt of concept.alternatives) {
      if (alt.stems.length === 1) {
        const stem = alt.stems[0] ?? '';
        const list = index.postings.get(stem);
        if (!list) continue;
        const w = alt.weight * idf(index, stem);
        const { docs, weights } = list;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k] ?? 0;
          const v = w * saturate(weights[k] ?? 0, lengthNorm[doc] ?? 1);
          const prior = best[doc] ?? 0;
          if (v > prior) {
            if (prior === 0) touched[count++] = doc;
            best[doc] = v;
          }
        }
        continue;
      }
      // A phrase alternative (`trash can`, `claimed responsibility`): every word must be there.
      const lists = alt.stems.map((s) => index.postings.get(s));
      if (lists.some((l) => l === undefined)) continue;
      const defined = lists.filter((l) => l !== undefined).sort((a, b) => a.docs.length - b.docs.length);
      const rarest = defined[0];
      if (!rarest) continue;
      const idfs = alt.stems.map((s) => idf(index, s));
      for (const doc of rarest.docs) {
        let sum = 0;
        let all = true;
        for (let j = 0; j < alt.stems.length && all; j++) {
          const list = lists[j];
          const tf = list ? weightAt(list.docs, list.weights, doc) : 0;
          if (tf === 0) all = false;
          else sum += (idfs[j] ?? 0) * saturate(tf, lengthNorm[doc] ?? 1);
        }
        if (!all) continue;
        const v = (alt.weight * sum) / Math.sqrt(alt.stems.length);
        const prior = best[doc] ?? 0;
        if (v > prior) {
          if (prior === 0) touched[count++] = doc;
          best[doc] = v;
        }
      }
    }
    const mask = concept.covers.reduce((m, i) => (i < 30 ? m | (1 << i) : m), 0);
    for (let t = 0; t < count; t++) {
      const doc = touched[t] ?? 0;
      score[doc] = (score[doc] ?? 0) + (best[doc] ?? 0);
      covered[doc] = (covered[doc] ?? 0) | mask;
      matched[doc] = 1;
      best[doc] = 0;
    }
  }
  let total = 0;
  for (let doc = 0; doc < n; doc++) total += matched[doc] ?? 0;
  const docs = new Int32Array(total);
  for (let doc = 0, k = 0; doc < n; doc++) if (matched[doc] === 1) docs[k++] = doc;
  return { docs, score, covered };
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
