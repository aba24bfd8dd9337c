import { cachedStem, forEachWord } from '../index/tokenize.js';

/** The content words of a query, and which of them were written as one hyphenated word. */
export interface QueryWords {
  /** Content stems in typed order, each once (`arrests … arrested` count once). */
  stems: string[];
  /** Hyphenated words: the positions of their parts in `stems` and the stem of the parts written together. */
  compounds: { from: number; to: number; joined: string }[];
}

const HYPHENS = new Set(['-', '‐', '‑', '–']);

/**
 * Splits free query text into content stems, remembering hyphenated words (`Kzyl-Orda`,
 * `anti-terrorism`) so that they can be looked up written together too (kzylorda, antiterrorism).
 *
 * @param text - the free text of a parsed query (filters and dates removed)
 * @returns stems and compounds
 * @example
 * parseQueryWords('anti-terrorism training'); //=> { stems: ['anti', 'terrorism', 'training'], compounds: [{ from: 0, to: 1, joined: 'antiterrorism' }] }
 */
export function parseQueryWords(text: string): QueryWords {
  const stems: string[] = [];
  const compounds: QueryWords['compounds'] = [];
  let surfaces: string[] = [];
  let positions: number[] = [];
  let lastEnd = -2;
  const close = (): void => {
    const from = positions[0];
    const to = positions.at(-1);
    // A part typed earlier in the query (`police … police-led`) leaves the positions out of order: no compound.
    const run = from !== undefined && positions.every((p, i) => p === from + i);
    if (surfaces.length >= 2 && run && from !== undefined && to !== undefined && to > from) {
      const joined = cachedStem(surfaces.join(''));
      if (joined !== '') compounds.push({ from, to, joined });
    }
    surfaces = [];
    positions = [];
  };
  forEachWord(text, (start, end) => {
    if (!(start === lastEnd + 1 && HYPHENS.has(text[lastEnd] ?? ''))) close();
    lastEnd = end;
    const surface = text.slice(start, end);
    surfaces.push(surface);
    const stem = cachedStem(surface);
    if (stem === '') return;
    let at = stems.indexOf(stem);
    if (at < 0) {
      at = stems.length;
      stems.push(stem);
    }
    if (!positions.includes(at)) positions.push(at);
  });
  close();
  return { stems, compounds };
}
