import { STOPWORDS } from './stopwords.js';
import { foldWord, stemWord } from './stem-word.js';

/** One word of a text with where it sits, so a hit can bold the exact surface form. */
export interface Token {
  /** The word as written (`Explosions`). */
  surface: string;
  /** Its stem (`explosion`). */
  stem: string;
  start: number;
  end: number;
}

// Letters and digits; an apostrophe inside a word stays (`Kazakhstan's`). Hyphens split (`al-Khilafah` →
// al, Khilafah) so that `Khilafah` alone finds it. Punctuation never reaches a matcher: query text is data.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

// surface → stem, or '' for noise. A corpus repeats a few thousand words millions of times.
const stemCache = new Map<string, string>();

/** Memoized {@link stemWord}; returns '' for a noise word (see {@link isNoise}). */
export function cachedStem(surface: string): string {
  let stem = stemCache.get(surface);
  if (stem === undefined) {
    stem = isNoise(surface) ? '' : stemWord(surface);
    if (stemCache.size < 500_000) stemCache.set(surface, stem);
  }
  return stem;
}

/** True for words that carry no meaning for search (stopwords, single letters). */
export function isNoise(surface: string): boolean {
  const folded = foldWord(surface);
  return STOPWORDS.has(folded) || (folded.length < 2 && !/\d/.test(folded));
}

/**
 * Splits a text into content words with offsets (stopwords and single letters dropped).
 *
 * @param text - any text, query or passage
 * @returns tokens in text order
 * @example
 * tokenize('On October 31, two explosions').map((t) => t.stem); //=> ['october', '31', 'two', 'explosion']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const surface = m[0];
    const stem = cachedStem(surface);
    if (stem === '') continue;
    const start = m.index;
    tokens.push({ surface, stem, start, end: start + surface.length });
  }
  return tokens;
}

/**
 * The stems of a text's content words, without offsets (the fast path used to build the index).
 *
 * @example
 * tokenStems('Police arrested two more suspects'); //=> ['polic', 'arrest', 'two', 'suspect']
 */
export function tokenStems(text: string): string[] {
  const stems: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const stem = cachedStem(m[0]);
    if (stem !== '') stems.push(stem);
  }
  return stems;
}
