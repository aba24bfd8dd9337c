import type { IFuseOptions } from 'fuse.js';

/**
 * Fuse settings for near spellings over the index vocabulary (`Atyrua` → atyrau, `Shubarshi` → shubarshy).
 *
 * Why Fuse matches words and not passages. Measured on the 30 seed queries (test/fixtures/eval), Fuse 7.5
 * over passages+incident records (key `text`, rank 1 / rank ≤ 3):
 *   out of the box (threshold 0.6, location 0, distance 100) ..... 9/30 / 11/30
 *   + `ignoreLocation` (matches deep in a paragraph count) ....... 19/30 / 23/30
 *   + `ignoreFieldNorm` (short boilerplate stops winning) ........ 25/30 / 28/30
 *   `useTokenSearch` + `ignoreLocation` .......................... 19/30 / 25/30
 *   this engine (per-term inverted index, BM25, corpus IDF) ...... 30/30 / 30/30
 * A whole question is one long pattern (Bitap in 32-char chunks), extended-search OR (`a | b`) scores only
 * the first word that matches, and every Fuse query scans the whole collection (too slow for 100k
 * passages at p99 ≤ 50 ms); re-ranking candidates with a fresh Fuse judges word rarity among the
 * candidates only. So the engine matches per term: stopwords dropped, each content word looked up in an
 * inverted index with BM25 weights and IDF over the whole corpus, field weights for an incident's places
 * and actors; Fuse does what it is best at, scoring the spelling of one word against the few vocabulary
 * words that share its trigrams.
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
