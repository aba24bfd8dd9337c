import Fuse from 'fuse.js';
import { wordTrigrams } from './build-index.js';
import { VOCABULARY_FUSE_OPTIONS } from './fuse-options.js';
import type { SearchIndex } from './search-index.js';

/** A vocabulary stem close to a typed word, with Fuse's score (0 exact … 1 unrelated). */
export interface NearTerm {
  stem: string;
  score: number;
}

const MAX_CANDIDATES = 40;

/**
 * Vocabulary stems spelled like `stem` (`atyrua` → atyrau). The trigram index narrows the vocabulary to
 * a few dozen words sharing letters with the query; Fuse then scores only those, so the cost does not
 * grow with the corpus.
 *
 * @param index - the search index
 * @param stem - a query stem
 * @param options - `threshold` (Fuse score, default the vocabulary options') and `max` results
 * @returns near stems, best first (the stem itself excluded)
 * @example
 * findNearTerms(index, 'shubarshi'); //=> [{ stem: 'shubarshy', score: 0.11 }]
 */
export function findNearTerms(
  index: SearchIndex,
  stem: string,
  { threshold = VOCABULARY_FUSE_OPTIONS.threshold ?? 0.34, max = 3 }: { threshold?: number; max?: number } = {},
): NearTerm[] {
  if (stem.length < 4 || /^\d+$/.test(stem)) return [];
  const shared = new Map<number, number>();
  for (const gram of new Set(wordTrigrams(stem))) {
    const ids = index.trigrams.get(gram);
    if (!ids) continue;
    for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  const candidates: string[] = [];
  // Short words share few trigrams with their misspellings (`atryua`/`atyrau`: only `^at`).
  const most = Math.max(0, ...shared.values());
  const minShared = stem.length <= 6 || most < 2 ? 1 : 2;
  const ranked = [...shared]
    .filter(([, n]) => n >= minShared)
    .sort((a, b) => b[1] - a[1] || lengthGap(index, a[0], stem) - lengthGap(index, b[0], stem));
  for (const [id] of ranked) {
    const word = index.vocabulary[id];
    if (word === undefined || word === stem) continue;
    const prefix = word.length >= 5 && stem.length >= 5 && (word.startsWith(stem) || stem.startsWith(word));
    if (Math.abs(word.length - stem.length) > 2 && !prefix) continue;
    candidates.push(word);
    if (candidates.length >= MAX_CANDIDATES) break;
  }
  if (candidates.length === 0) return [];
  const fuse = new Fuse(candidates, { ...VOCABULARY_FUSE_OPTIONS, threshold });
  return fuse
    .search(stem)
    .map((r) => ({ stem: r.item, score: r.score ?? 1 }))
    .filter((r) => r.score <= threshold)
    .slice(0, max);
}

function lengthGap(index: SearchIndex, id: number, stem: string): number {
  return Math.abs((index.vocabulary[id]?.length ?? 0) - stem.length);
}
