import type { WordStream } from '../index/term-counter.js';

/** How many words of the reports a wildcard may stand for; beyond this the query says so (`a*`). */
export const MAX_WILDCARD_WORDS = 200;

/**
 * Whether a folded word matches a wildcard pattern: `?` is one letter, `*` any letters (none included).
 * Compared by hand, never through a regular expression, with the usual greedy-star backtracking: at most
 * word × pattern steps, so no pattern makes it slow.
 *
 * @example
 * matchWildcard('taliban', 'tal?ban'); //=> true
 * matchWildcard('extremism', 'extrem*'); //=> true
 * matchWildcard('extrem', 'extrem?'); //=> false
 */
export function matchWildcard(word: string, pattern: string): boolean {
  let w = 0;
  let p = 0;
  let star = -1;
  let resume = 0;
  while (w < word.length) {
    const c = pattern[p];
    if (c === '?' || (c !== undefined && c !== '*' && c === word[w])) {
      w++;
      p++;
    } else if (c === '*') {
      star = p++;
      resume = w;
    } else if (star >= 0) {
      p = star + 1;
      w = ++resume;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** The words a pattern stands for, or that it stands for too many. */
export type WildcardWords = { folds: number[]; tooMany: false } | { folds: []; tooMany: true };

// Folded words sorted alphabetically, built once per index on the first wildcard.
const sortedFolds = new WeakMap<WordStream, Int32Array>();

function sortedOf(words: WordStream): Int32Array {
  let sorted = sortedFolds.get(words);
  if (!sorted) {
    const { folded } = words;
    sorted = Int32Array.from(folded.keys()).sort((a, b) => {
      const x = folded[a] ?? '';
      const y = folded[b] ?? '';
      return x < y ? -1 : x > y ? 1 : 0;
    });
    sortedFolds.set(words, sorted);
  }
  return sorted;
}

/**
 * The folded words of the reports a pattern matches (`extrem*` → extreme, extremism, extremist, …).
 * Only words starting with the pattern's letters before its first wildcard are tried (a binary search in
 * the sorted words; the parser refuses a leading wildcard), and the scan stops at `max + 1` matches.
 *
 * @param words - the index's word stream
 * @param pattern - a folded pattern with at least one letter before its first `?` or `*`
 * @param max - how many words are too many
 * @returns the folded-word numbers, or `tooMany`
 * @example
 * expandWildcard(index.words, 'tal?ban').folds.map((f) => index.words.folded[f]); //=> ['taliban']
 */
export function expandWildcard(words: WordStream, pattern: string, max = MAX_WILDCARD_WORDS): WildcardWords {
  const sorted = sortedOf(words);
  const { folded } = words;
  const cut = [pattern.indexOf('*'), pattern.indexOf('?')].filter((i) => i >= 0);
  const prefix = pattern.slice(0, cut.length > 0 ? Math.min(...cut) : pattern.length);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((folded[sorted[mid] ?? 0] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < sorted.length; k++) {
    const fold = sorted[k] ?? 0;
    const word = folded[fold] ?? '';
    if (!word.startsWith(prefix)) break;
    if (!matchWildcard(word, pattern)) continue;
    if (out.length === max) return { folds: [], tooMany: true };
    out.push(fold);
  }
  return { folds: out, tooMany: false };
}
