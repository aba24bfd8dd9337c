import { EXACT_FIT } from './day-interval.js';
import type { Concept } from './build-concepts.js';
import type { SearchIndex } from './search-index.js';
import { tokenize } from './tokenize.js';

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
}

export interface RankOptions {
  mode: 'incident' | 'ask';
  concepts: Concept[];
  wordCount: number;
  hasDate: boolean;
}

// Below this share of the best score a record is noise (`Kazakhstan` in every paragraph).
const RELATIVE_CUTOFF = 0.15;
// Ranking beyond this many is not worth sorting precisely; later pages keep a coarse order.
const SORTED_HEAD = 1000;
const PHRASE_WINDOW = 50;
// In a lookup, the attack is the event and clashes, arrests, threats and designations follow from it:
// `Shubarshy` names the July 1 attack, the July 2 clash "in the Shubarshy shooting" and the arrests
// "in connection with … attacks in Shubarshy". A small prior breaks such near-ties; a query word for
// the kind (`Aktau arrests`) still outweighs it.
const KIND_PRIOR: Readonly<Record<string, number>> = Object.freeze({ attack: 1.1, clash: 1.05 });

/**
 * Orders candidates: text score × coverage² (a question's rare words must be there), × date fit, a
 * bonus when query words stand next to each other in the record, then the mode's preference. Each
 * passage appears once: in `incident` mode its incident records replace it; in `ask` mode the better of
 * the passage and its records stays.
 *
 * @returns ranked candidates with `score` set; the array length is the response total
 */
export function rankCandidates(index: SearchIndex, candidates: Candidate[], options: RankOptions): Candidate[] {
  const { mode } = options;
  for (const c of candidates) {
    let s = c.text > 0 ? c.text * (0.3 + 0.7 * c.coverage * c.coverage) : (c.dateFit ?? 1);
    if (c.text > 0 && c.dateFit !== null) s *= c.dateFit > 0 ? 1 + c.dateFit : 0.5;
    c.score = s;
    c.firstDay = index.docs[c.doc]?.dates[0]?.from ?? 0;
  }
  let top = 0;
  for (const c of candidates) top = Math.max(top, c.score ?? 0);
  let kept = candidates.filter((c) => (c.score ?? 0) >= top * RELATIVE_CUTOFF);
  // A date alone (`July 1`): when some records carry that very day, records that only name the month
  // are noise; when none do, the month-level ones are the best there is.
  if (kept.every((c) => c.text === 0 && c.dateFit !== null) && kept.some((c) => (c.dateFit ?? 0) >= EXACT_FIT)) {
    kept = kept.filter((c) => (c.dateFit ?? 0) >= EXACT_FIT);
  }
  for (const c of kept) {
    const isIncident = index.docs[c.doc]?.kind === 'incident';
    if (mode === 'incident' && isIncident) {
      const prior = c.text > 0 ? (KIND_PRIOR[index.docs[c.doc]?.incident?.kind ?? ''] ?? 1) : 1;
      c.score = (c.score ?? 0) * 2 * prior;
    }
    if (mode === 'ask' && isIncident && !options.hasDate) c.score = (c.score ?? 0) * 0.8;
  }
  kept = onePerPassage(index, kept, mode);
  const ranked = sortHead(kept);
  if (options.wordCount >= 2) phraseBonus(index, ranked, options);
  return ranked;
}

function onePerPassage(index: SearchIndex, candidates: Candidate[], mode: 'incident' | 'ask'): Candidate[] {
  const { docPassage } = index;
  if (mode === 'incident') {
    const withIncident = new Uint8Array(index.docs.length);
    for (const c of candidates) if (index.docs[c.doc]?.kind === 'incident') withIncident[docPassage[c.doc] ?? 0] = 1;
    return candidates.filter((c) => index.docs[c.doc]?.kind === 'incident' || withIncident[docPassage[c.doc] ?? 0] !== 1);
  }
  // Passages in the order first seen, each holding its best candidate (the first on a tie).
  const bestOf = new Int32Array(index.docs.length).fill(-1);
  const order: number[] = [];
  candidates.forEach((c, i) => {
    const key = docPassage[c.doc] ?? 0;
    const prior = bestOf[key] ?? -1;
    if (prior < 0) order.push(key);
    if (prior < 0 || (c.score ?? 0) > (candidates[prior]?.score ?? 0)) bestOf[key] = i;
  });
  return order.flatMap((key) => candidates[bestOf[key] ?? -1] ?? []);
}

// Ties (every record of `Q4 2011` fits equally) go in date order, then report order.
function byScore(a: Candidate, b: Candidate): number {
  return (b.score ?? 0) - (a.score ?? 0) || (a.firstDay ?? 0) - (b.firstDay ?? 0) || a.doc - b.doc;
}

function sortHead(candidates: Candidate[]): Candidate[] {
  if (candidates.length <= SORTED_HEAD) return candidates.sort(byScore);
  const scores = Float64Array.from(candidates, (c) => c.score ?? 0);
  const bar = kthLargest(scores, SORTED_HEAD);
  const head = candidates.filter((c) => (c.score ?? 0) >= bar).sort(byScore);
  const tail = candidates.filter((c) => (c.score ?? 0) < bar);
  return head.concat(tail);
}

// `special forces`, `money laundering`: query words that stand together in the record, as typed.
function phraseBonus(index: SearchIndex, ranked: Candidate[], { concepts }: RankOptions): void {
  const words = concepts.filter((c) => c.covers.length === 1).map((c) => new Set(c.alternatives.filter((a) => a.stems.length === 1).map((a) => a.stems[0])));
  if (words.length < 2) return;
  const head = ranked.slice(0, PHRASE_WINDOW);
  for (const c of head) {
    const d = index.docs[c.doc];
    if (!d) continue;
    const stems = tokenize(d.text).map((t) => t.stem);
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
    c.score = (c.score ?? 0) * (1 + (0.3 * found) / (words.length - 1));
  }
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
