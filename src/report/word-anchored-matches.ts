import { escapeRegExp } from './escape-regexp.js';
/**
 * Runs many global regexes over one text in a single scan, for regexes that can only match where one of a few
 * words stands (`\b(?:in|at|near) …`, `\bthe …`): the words are found once for all of them, and each regex is
 * tried only where one of its words begins. The matches are exactly those of `text.matchAll(pattern)`.
 */

// The start of a pattern whose first match character must begin one of a few whole words, followed by a space
// (`\b(?:in|at|[Mm]ayor|[Ss]uburbs?) `, `\bthe `), or a pattern that is only such words (`\b(?:[Ss]tore|City)\b`).
const LEADING_WORDS = /^\\b(?:\(\?:([^()]+)\)|([A-Za-z]+))(?: |\\b$)/;
const ALTERNATIVE = /^(?:\[([A-Za-z])([A-Za-z])\])?([A-Za-z]*?)(s\?)?$/;

/** The words a pattern's match must start with, or null when its source does not have that shape. */
export function leadingWords(pattern: RegExp): string[] | null {
  const m = LEADING_WORDS.exec(pattern.source);
  if (m === null) return null;
  const words: string[] = [];
  for (const alternative of (m[1] ?? m[2] ?? '').split('|')) {
    const a = ALTERNATIVE.exec(alternative);
    if (a === null) return null;
    const [, upper, lower, stem = '', plural] = a;
    const heads = upper !== undefined && lower !== undefined ? [upper, lower] : [''];
    for (const head of heads) {
      const word = `${head}${stem}`;
      if (word === '') return null;
      words.push(word);
      if (plural) words.push(`${word}s`);
    }
  }
  return words;
}

/** A set of global regexes to run over a text together; see the file's comment. */
export class WordAnchoredPatterns {
  private readonly sticky: Array<RegExp | null>;
  private readonly byWord = new Map<string, number[]>();
  private readonly anchor: RegExp | null;

  /**
   * @param patterns - global regexes; those whose source does not start with its words are run whole
   */
  constructor(private readonly patterns: readonly RegExp[]) {
    this.sticky = patterns.map((pattern, i) => {
      const words = pattern.global ? leadingWords(pattern) : null;
      if (words === null) return null;
      for (const word of words) {
        const list = this.byWord.get(word) ?? [];
        if (!list.includes(i)) list.push(i);
        this.byWord.set(word, list);
      }
      return new RegExp(pattern.source, `${pattern.flags}y`);
    });
    const words = [...this.byWord.keys()].sort((a, b) => b.length - a.length);
    this.anchor = words.length > 0 ? new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})\\b`, 'g') : null;
  }

  /**
   * Every pattern's matches in a text.
   *
   * @param text - the text
   * @returns for each pattern, in order, what `[...text.matchAll(pattern)]` gives
   * @example
   * new WordAnchoredPatterns([/\bthe ([A-Z]\w+)/g]).matchAll('in the Hague')[0]?.[0]?.[1]; //=> 'Hague'
   */
  matchAll(text: string): RegExpExecArray[][] {
    const starts: number[][] = this.patterns.map(() => []);
    if (this.anchor !== null) {
      this.anchor.lastIndex = 0;
      for (let m = this.anchor.exec(text); m !== null; m = this.anchor.exec(text)) {
        for (const i of this.byWord.get(m[0]) ?? []) starts[i]?.push(m.index);
      }
    }
    return this.patterns.map((pattern, i) => {
      const sticky = this.sticky[i];
      if (!sticky) return [...text.matchAll(pattern)];
      const found: RegExpExecArray[] = [];
      let end = 0;
      for (const at of starts[i] ?? []) {
        if (at < end) continue;
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (m === null) continue;
        found.push(m);
        end = Math.max(m.index + m[0].length, m.index + 1);
      }
      return found;
    });
  }
}
