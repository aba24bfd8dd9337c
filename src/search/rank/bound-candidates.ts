import type { Concept } from '../query/build-concepts.js';
import type { SearchIndex } from '../index/search-index.js';
import { conceptCeilings, saturate, scoreSomeDocs } from './score-text.js';
import type { Postings } from '../index/search-index.js';
import { BOUND_CANDIDATES, RELATIVE_CUTOFF } from './weights.js';

/** How a caller turns a record's text match into its score before the relative cut (see `candidateScore`). */
export interface CandidateShape {
  /** The record's score, or null when it is no candidate at all (a filter, a hard date bound). */
  scoreOf(doc: number, text: number, covered: number): number | null;
  /** The most any record with this text score and these covered words can score (highest date fit and boost). */
  ceilingOf(text: number, covered: number): number;
}

/**
 * The records a question must score, when fewer than all that contain a query word: a record that has only
 * common words of the query (`operation`, `July`) cannot reach the share of the best score below which
 * `rankCandidates` drops records ({@link RELATIVE_CUTOFF}), so it is left out, and the ranking, totals and pages
 * stay exactly what scoring every record gives.
 *
 * How (max-score pruning): the records of the rarest query word are scored exactly; their best score is a floor
 * under the best of all. Then, taking concepts from the one that can add least upwards, as long as a record
 * holding only those concepts scores below the cut of that floor even at their ceilings (see
 * `conceptCeilings`), they are "non-essential": only records holding some other concept are candidates. Of those,
 * only the records whose own bound reaches the cut are kept (see {@link boundEachRecord}: what their essential
 * concepts add, read from the postings, plus every non-essential ceiling); the caller scores them exactly (see
 * `scoreSomeDocs`).
 *
 * @param limits - when to try (see {@link BOUND_CANDIDATES}; tests pass lower ones for a small index)
 * @returns the doc numbers to score (ascending) and how many postings scoring every record reads, or null when every
 *   record must be scored
 * @example
 * boundCandidates(index, buildConcepts(index, words), shape)?.docs; // Int32Array of records
 */
export function boundCandidates(
  index: SearchIndex,
  concepts: Concept[],
  shape: CandidateShape,
  limits: { minPostings: number; maxShare: number; lookupCost?: number } = BOUND_CANDIDATES,
): { docs: Int32Array; postings: number } | null {
  if (concepts.length < 2) return null;
  const ceilings = conceptCeilings(index, concepts);
  const all = ceilings.reduce((s, c) => s + c.postings, 0);
  if (all < limits.minPostings) return null;
  let seed = -1;
  for (const [c, concept] of concepts.entries()) {
    const postings = ceilings[c]?.postings ?? 0;
    if (concept.fill || postings === 0) continue;
    if (seed < 0 || postings < (ceilings[seed]?.postings ?? 0)) seed = c;
  }
  const seedLists = ceilings[seed]?.docLists;
  if (!seedLists || (ceilings[seed]?.postings ?? 0) > all * limits.maxShare) return null;
  const seeded = scoreSomeDocs(index, concepts, unite(index, seedLists), all);
  let top = 0;
  for (let k = 0; k < seeded.docs.length; k++) {
    const s = shape.scoreOf(seeded.docs[k] ?? 0, seeded.score[k] ?? 0, seeded.covered[k] ?? 0);
    if (s !== null && s > top) top = s;
  }
  if (!(top > 0)) return null;
  // A hair under the cut, so that rounding can never leave out a record the cut would keep.
  const bar = top * RELATIVE_CUTOFF * (1 - 1e-9);
  const bitOf = (c: number): number => (c < 30 ? 1 << c : 0);
  const order = concepts.map((_, c) => c).sort((a, b) => (ceilings[a]?.ceiling ?? 0) - (ceilings[b]?.ceiling ?? 0));
  const essential = new Uint8Array(concepts.length).fill(1);
  let text = 0;
  let covered = 0;
  for (const c of order) {
    const concept = concepts[c];
    if (!concept) continue;
    const nextText = text + (ceilings[c]?.ceiling ?? 0);
    const nextCovered = concept.fill ? concept.parts.reduce((bits, p) => bits | bitOf(p), covered) : covered | bitOf(c);
    if (shape.ceilingOf(nextText, nextCovered) * (1 + 1e-9) >= bar) break;
    text = nextText;
    covered = nextCovered;
    essential[c] = 0;
  }
  // Bounding reads every posting of the essential concepts and then looks the survivors up in every list: when that
  // costs more than reading every posting once even if few of those records survive, every record is scored.
  if (limits.lookupCost !== undefined) {
    let essentialPostings = 0;
    for (const [c, ceiling] of ceilings.entries()) if (essential[c] === 1) essentialPostings += ceiling.postings;
    if (essentialPostings * (1 + listCount(concepts) * limits.lookupCost) >= all) return null;
  }
  const survivors = boundEachRecord(index, concepts, essential, shape, bar, text, covered);
  if (survivors.length > all * limits.maxShare) return null;
  return { docs: survivors, postings: all };
}

/**
 * The records holding an essential concept whose own bound reaches the bar: per record, what its essential concepts
 * can add (read from their postings: per concept the best alternative's weight × IDF × BM25 of the posting's own count
 * and record length, a phrase at its rarest word's count, an alternative limited to some reports counted everywhere:
 * never less than what scoreConcepts adds) plus the ceilings of every non-essential concept, with the words it can
 * cover, scored by the caller's shape for that very record (its date fit, chapter boost and filters). Max-score's
 * second step: a record holding only `united` among eleven words of a question cannot reach the cut even with every
 * common word added, so it is never looked up.
 */
function boundEachRecord(
  index: SearchIndex,
  concepts: Concept[],
  essential: Uint8Array,
  shape: CandidateShape,
  bar: number,
  restText: number,
  restCovered: number,
): Int32Array {
  const n = index.docs.length;
  const { lengthNorm } = index;
  const scratch = boundScratch(n);
  const { bound, bits, best, touched, listed } = scratch;
  let count = 0;
  const bitOf = (c: number): number => (c < 30 ? 1 << c : 0);
  for (const [c, concept] of concepts.entries()) {
    if (essential[c] !== 1) continue;
    const unit = concept.fill
      ? concept.parts.reduce((sum, p) => sum + Math.max(0, concepts[p]?.idf ?? 0), 0)
      : Math.max(0, concept.idf);
    const mask = concept.fill ? concept.parts.reduce((m, p) => m | bitOf(p), 0) : bitOf(c);
    let seen = 0;
    const offer = (doc: number, v: number): void => {
      const prior = best[doc] ?? 0;
      if (prior === 0 && !(v > 0)) return;
      if (prior === 0) touched[seen++] = doc;
      if (v > prior) best[doc] = v;
    };
    for (const alt of concept.alternatives) {
      const w = alt.weight * unit;
      if (alt.docs) {
        for (const doc of alt.docs) offer(doc, w * saturate(1, lengthNorm[doc] ?? 1));
        continue;
      }
      let rarest: Postings | undefined;
      let missing = false;
      for (const stem of alt.stems) {
        const list = index.postings.get(stem);
        if (!list) missing = true;
        else if (!rarest || list.docs.length < rarest.docs.length) rarest = list;
      }
      if (missing || !rarest) continue;
      const { docs, weights } = rarest;
      for (let k = 0; k < docs.length; k++) {
        const doc = docs[k] ?? 0;
        offer(doc, w * saturate(weights[k] ?? 0, lengthNorm[doc] ?? 1));
      }
    }
    for (let t = 0; t < seen; t++) {
      const doc = touched[t] ?? 0;
      if (listed[doc] === 0) {
        listed[doc] = 1;
        count++;
      }
      bound[doc] = (bound[doc] ?? 0) + (best[doc] ?? 0);
      bits[doc] = (bits[doc] ?? 0) | mask;
      best[doc] = 0;
    }
  }
  // One pass in doc order: the records whose bound reaches the bar, ascending; every scratch slot cleared.
  const out = new Int32Array(count);
  let kept = 0;
  for (let doc = 0, left = count; doc < n && left > 0; doc++) {
    if (listed[doc] !== 1) continue;
    left--;
    const s = shape.scoreOf(doc, (bound[doc] ?? 0) + restText, (bits[doc] ?? 0) | restCovered);
    if (s !== null && s * (1 + 1e-9) >= bar) out[kept++] = doc;
    listed[doc] = 0;
    bound[doc] = 0;
    bits[doc] = 0;
  }
  return out.subarray(0, kept);
}

let scratchArrays = {
  bound: new Float64Array(0),
  bits: new Int32Array(0),
  best: new Float64Array(0),
  touched: new Int32Array(0),
  listed: new Uint8Array(0),
};

// Arrays of at least n zeros shared by every call (each call leaves them zero), as scoreConcepts' scratch.
function boundScratch(n: number): typeof scratchArrays {
  if (scratchArrays.listed.length < n)
    scratchArrays = {
      bound: new Float64Array(n),
      bits: new Int32Array(n),
      best: new Float64Array(n),
      touched: new Int32Array(n),
      listed: new Uint8Array(n),
    };
  return scratchArrays;
}

// How many postings lists scoring a record looks it up in (see scoreSomeDocs).
function listCount(concepts: Concept[]): number {
  let lists = 0;
  for (const c of concepts) for (const alt of c.alternatives) lists += alt.docs ? 1 : alt.stems.length;
  return lists;
}

let marks = new Uint8Array(0);

// The doc numbers in any of the lists, ascending, each once.
function unite(index: SearchIndex, lists: readonly Int32Array[]): Int32Array {
  const n = index.docs.length;
  if (marks.length < n) marks = new Uint8Array(n);
  let count = 0;
  for (const list of lists)
    for (const doc of list) {
      count += 1 - (marks[doc] ?? 0);
      marks[doc] = 1;
    }
  const out = new Int32Array(count);
  for (let doc = 0, k = 0; doc < n && k < count; doc++)
    if (marks[doc] === 1) {
      out[k++] = doc;
      marks[doc] = 0;
    }
  return out;
}
