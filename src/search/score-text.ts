import { BM25_K1 } from './build-index.js';
import { type Concept, idf } from './build-concepts.js';
import type { SearchIndex } from './search-index.js';

/** A record's text score and which query words it covered (bit i = word i). */
export interface TextMatch {
  score: number;
  covered: number;
}

/**
 * Scores every record that contains any concept, straight from the postings: per concept the best
 * alternative's BM25 (IDF over the whole corpus), summed over concepts. Touches only the postings of
 * the query's words, never the whole corpus.
 *
 * @param index - the search index
 * @param concepts - from {@link buildConcepts}
 * @returns doc number → text match
 * @example
 * scoreConcepts(index, buildConcepts(index, ['atyrau'])).size; //=> number of records naming Atyrau
 */
export function scoreConcepts(index: SearchIndex, concepts: Concept[]): Map<number, TextMatch> {
  const acc = new Map<number, TextMatch>();
  for (const concept of concepts) {
    const best = new Map<number, number>();
    for (const alt of concept.alternatives) {
      if (alt.stems.length === 1) {
        const stem = alt.stems[0] ?? '';
        const list = index.postings.get(stem);
        if (!list) continue;
        const w = alt.weight * idf(index, stem);
        for (let k = 0; k < list.docs.length; k++) {
          const doc = list.docs[k] ?? 0;
          const v = w * saturate(list.weights[k] ?? 0, index.lengthNorm[doc] ?? 1);
          if (v > (best.get(doc) ?? 0)) best.set(doc, v);
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
          else sum += (idfs[j] ?? 0) * saturate(tf, index.lengthNorm[doc] ?? 1);
        }
        if (!all) continue;
        const v = (alt.weight * sum) / Math.sqrt(alt.stems.length);
        if (v > (best.get(doc) ?? 0)) best.set(doc, v);
      }
    }
    const mask = concept.covers.reduce((m, i) => (i < 30 ? m | (1 << i) : m), 0);
    for (const [doc, v] of best) {
      const prior = acc.get(doc);
      if (prior) {
        prior.score += v;
        prior.covered |= mask;
      } else acc.set(doc, { score: v, covered: mask });
    }
  }
  return acc;
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
