import Fuse from 'fuse.js';
import { wordTrigrams } from '../index/build-index.js';
import { MAX_NEAR_CANDIDATES, VOCABULARY_FUSE_OPTIONS } from '../rank/weights.js';
import type { SearchIndex } from '../index/search-index.js';

/** A vocabulary stem close to a typed word, with Fuse's score (0 exact … 1 unrelated). */
export interface NearTerm {
  stem: string;
  score: number;
}

/**
 * How many letters a typed word may differ by from a vocabulary word (insertions, deletions,
 * substitutions, swaps of neighbours): none below 5 letters (`read` is no typo of `head`), one up to 7, two from 8. Fuse alone
 * scores a word inside a longer one as close (`orda` in `accordance`, `read` in `areas`), so its
 * verdict only counts within this distance; a whole-word prefix (`chairmanship` → chairman) also counts.
 *
 * @example
 * maxEdits('atyrua'); //=> 1
 */
export function maxEdits(word: string): number {
  return word.length < 5 ? 0 : word.length < 8 ? 1 : 2;
}

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
  // Suggestions (a looser threshold) may be one letter further off than a match.
  // (only for longer words: `paris` is two letters from `part`, which no one meant)
  const looser = threshold > (VOCABULARY_FUSE_OPTIONS.threshold ?? 0.34) && stem.length >= 7 ? 1 : 0;
  const edits = stem.length < 4 ? 0 : maxEdits(stem) + looser;
  if (edits === 0 || /^\d+$/.test(stem)) return [];
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
    const prefix = word.length >= 6 && stem.length >= 6 && (word.startsWith(stem) || stem.startsWith(word));
    if (!prefix && editDistance(word, stem, edits) > edits) continue;
    candidates.push(word);
    if (candidates.length >= MAX_NEAR_CANDIDATES) break;
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

/**
 * Optimal string alignment distance (Levenshtein plus swaps of neighbours, `atyrua`/`atyrau` = 1),
 * weighted for transliteration: a vowel for a vowel (`y` counts as one), `k`/`q`/`c` for each other, an
 * `h` or a doubled letter put in or left out cost half (`Kizilorta`/`Kyzylorda` = 2, `Agia`/`Aghia` = 0.5,
 * `Shabab`/`Shabaab` = 0.5). Stops early once every path exceeds `limit`.
 *
 * @example
 * editDistance('kzylorda', 'kyzylorda', 2); //=> 0.5
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > 2 * limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = [0];
  for (let j = 1; j <= b.length; j++) prev.push((prev[j - 1] ?? 0) + indelCost(b, j - 1));
  for (let i = 1; i <= a.length; i++) {
    const row = [(prev[0] ?? 0) + indelCost(a, i - 1)];
    let best = row[0] ?? 0;
    for (let j = 1; j <= b.length; j++) {
      const x = a[i - 1] ?? '';
      const y = b[j - 1] ?? '';
      let d = Math.min(
        (prev[j] ?? 0) + indelCost(a, i - 1),
        (row[j - 1] ?? 0) + indelCost(b, j - 1),
        (prev[j - 1] ?? 0) + substitutionCost(x, y),
      );
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

const VOWELS = 'aeiouy';
const K_SOUNDS = 'kqc';

function substitutionCost(x: string, y: string): number {
  if (x === y) return 0;
  if ((VOWELS.includes(x) && VOWELS.includes(y)) || (K_SOUNDS.includes(x) && K_SOUNDS.includes(y))) return 0.5;
  return 1;
}

// Putting in or leaving out the letter at `i` of `word`: half for `h` and for a doubled letter.
function indelCost(word: string, i: number): number {
  const c = word[i];
  return c === 'h' || c === word[i - 1] || c === word[i + 1] ? 0.5 : 1;
}
