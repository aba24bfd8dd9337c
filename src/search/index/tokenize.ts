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
// This is the regular expression `[\p{L}\p{N}]+(?:['’][\p{L}]+)?` (flag `u`), scanned by hand: at 100k
// passages `matchAll` with Unicode classes was a third of the index build.
export const APOSTROPHE = 0x27;
export const RIGHT_QUOTE = 0x2019;
export const OTHER = 1;
export const LETTER = 2;
const NUMBER = 3;
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
// Class of each BMP code unit (0 = not yet looked up); ASCII is filled in up front.
const classOfUnit = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  classOfUnit[c] = letter ? LETTER : c >= 0x30 && c <= 0x39 ? NUMBER : OTHER;
}

function classOfChar(char: string): number {
  return IS_LETTER.test(char) ? LETTER : IS_NUMBER.test(char) ? NUMBER : OTHER;
}

/** Class of the code point at `i` (OTHER, LETTER or NUMBER); see {@link WordCursor}. */
export function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  let cls = classOfUnit[unit] ?? OTHER;
  if (cls !== 0) return cls;
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const point = text.codePointAt(i) ?? unit;
    return point > 0xffff ? classOfChar(String.fromCodePoint(point)) : OTHER;
  }
  cls = classOfChar(String.fromCharCode(unit));
  classOfUnit[unit] = cls;
  return cls;
}

/** Length in code units of the code point at `i` (2 for an astral letter such as 𝐀). */
export function widthAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * Steps through the words of a text (see the pattern above) without allocating: after each `next()`
 * that returns true, `start`/`end` bound the word and `hash` is a 32-bit FNV-1a hash of its code units,
 * so a caller can look a word up in its own table without slicing it out of the text.
 *
 * @example
 * const words = new WordCursor("Kazakhstan's al-Khilafah");
 * while (words.next()) seen.push(words.start, words.end); // 0, 12, 13, 15, 16, 24
 */
export class WordCursor {
  start = 0;
  end = 0;
  hash = 0;
  private text: string;
  private at = 0;

  constructor(text = '') {
    this.text = text;
  }

  /** Starts over on `text`. */
  reset(text: string): void {
    this.text = text;
    this.at = 0;
  }

  /** Moves to the next word; false when the text has none left. */
  next(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.at;
    while (i < n) {
      let unit = text.charCodeAt(i);
      // ASCII is looked up inline: it is nearly every character of the reports.
      const cls = unit < 0x80 ? (classOfUnit[unit] ?? OTHER) : classAt(text, i);
      if (cls === OTHER) {
        i += unit < 0xd800 ? 1 : widthAt(text, i);
        continue;
      }
      const start = i;
      // Hashed inline while the word is ASCII; a word with anything else is hashed again once it ends.
      let hash = Math.imul(FNV_OFFSET ^ unit, FNV_PRIME);
      let ascii = unit < 0x80;
      i += unit < 0xd800 ? 1 : widthAt(text, i);
      while (i < n) {
        unit = text.charCodeAt(i);
        if (unit < 0x80) {
          if (classOfUnit[unit] === OTHER) break;
          hash = Math.imul(hash ^ unit, FNV_PRIME);
          i++;
        } else {
          if (classAt(text, i) === OTHER) break;
          ascii = false;
          i += widthAt(text, i);
        }
      }
      if (i + 1 < n && (unit === APOSTROPHE || unit === RIGHT_QUOTE) && classAt(text, i + 1) === LETTER) {
        ascii = false;
        i++;
        while (i < n && classAt(text, i) === LETTER) i += widthAt(text, i);
      }
      if (!ascii) hash = hashUnits(text, start, i);
      this.start = start;
      this.end = i;
      this.hash = hash;
      this.at = i;
      return true;
    }
    this.at = n;
    return false;
  }
}

/** FNV-1a over the code units [from, to) of `text`; the value WordCursor computes inline. */
export function hashUnits(text: string, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
  return hash;
}

/**
 * Calls `visit(start, end)` for every word of `text` in order (see the pattern above).
 *
 * @example
 * forEachWord("Kazakhstan's al-Khilafah", (s, e) => words.push(text.slice(s, e))); // Kazakhstan's, al, Khilafah
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const words = new WordCursor(text);
  while (words.next()) visit(words.start, words.end);
}

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
  forEachWord(text, (start, end) => {
    const surface = text.slice(start, end);
    const stem = cachedStem(surface);
    if (stem !== '') tokens.push({ surface, stem, start, end });
  });
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
  forEachWord(text, (start, end) => {
    const stem = cachedStem(text.slice(start, end));
    if (stem !== '') stems.push(stem);
  });
  return stems;
}
