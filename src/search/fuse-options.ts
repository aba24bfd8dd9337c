import type { IFuseOptions } from 'fuse.js';

/**
 * Fuse settings for near spellings over the index vocabulary (`Atyrua` → atyrau, `Shubarshi` → shubarshy).
 *
 * Why Fuse matches words and not passages. Fuse 7.5 out of the box (threshold 0.6, location 0, distance
 * 100) over passages+incidents answered 6 of the 30 seed questions at rank 1-3 (4 at rank 1): a match
 * more than ~60 characters into a paragraph scores as a miss, and a whole question is one long pattern
 * (split into 32-char Bitap chunks that must all match). `ignoreLocation: true` alone lifted it to 13/30;
 * extended-search OR (`a | b`) scores only the first word that matches; the field-length norm made short
 * boilerplate outrank the answer (`ignoreFieldNorm` helps, 15/30); re-ranking a candidate set with a fresh
 * Fuse instance judges word rarity within the candidates only. So the engine matches per term: stopwords
 * dropped, each content word looked up in an inverted index with BM25 weights and IDF over the whole
 * corpus (30/30 at rank ≤ 3, see eval.test.ts), and Fuse does what it is best at, scoring the spelling of
 * one word against the few vocabulary words that share its trigrams.
 *
 * - `ignoreLocation`: a typo can sit anywhere in the word (`Shubarsh*i*`).
 * - `threshold` 0.34: one wrong letter in four (`atyrua`~`atyrau` 0.17, `shubarshi`~`shubarshy` 0.11,
 *   `chairmanship`~`chairman` 0.33) but not `aktau`~`aktob` (0.4) or `iran`~`oman` (0.5).
 * - `isCaseSensitive: false`, `ignoreDiacritics: true`: stems are folded already; typed text may not be.
 */
export const VOCABULARY_FUSE_OPTIONS: Readonly<IFuseOptions<string>> = Object.freeze({
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  isCaseSensitive: false,
  threshold: 0.34,
});

/** Looser threshold for "did you mean" suggestions, shown only when nothing matched. */
export const SUGGESTION_THRESHOLD = 0.5;

/**
 * Fuse settings for section headings (`finance` → Countering Terrorist Finance).
 * Headings are short, so the location window would not hurt, but `finance` sits at the end of its
 * heading: `ignoreLocation` keeps it from scoring worse than a heading that starts with it.
 */
export const HEADING_FUSE_OPTIONS: Readonly<IFuseOptions<{ heading: string }>> = Object.freeze({
  keys: ['heading'],
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  ignoreDiacritics: true,
  threshold: 0.4,
});
