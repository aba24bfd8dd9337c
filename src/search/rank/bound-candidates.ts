import type { Concept } from '../query/build-concepts.js';
import type { SearchIndex } from '../index/search-index.js';
import { scoreDocs } from './score-text.js';
import { conceptCeilings } from './score-text.js';
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
 * `conceptCeilings`), they are "non-essential": only records holding some other concept are candidates. Those are
 * scored exactly, the non-essential concepts included (looked up, not read through).
 *
 * @param limits - when to try (see {@link BOUND_CANDIDATES}; tests pass lower ones for a small index)
 * @returns the doc numbers to score (ascending), or null when every record must be scored
 * @example
 * boundCandidates(index, buildConcepts(index, words), shape); // Int32Array of records, or null
 */
export function boundCandidates(
  index: SearchIndex,
  concepts: Concept[],
  shape: CandidateShape,
  limits: { minPostings: number; maxShare: number } = BOUND_CANDIDATES,
): Int32Array | null {
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
  const seeded = scoreDocs(index, concepts, unite(index, seedLists));
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
  const lists: Int32Array[] = [];
  let postings = 0;
  for (const [c, ceiling] of ceilings.entries()) {
    if (essential[c] !== 1) continue;
    lists.push(...ceiling.docLists);
    postings += ceiling.postings;
  }
  if (postings > all * limits.maxShare) return null;
  return unite(index, lists);
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
