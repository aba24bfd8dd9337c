import { NUMBER_PATTERN, QUALIFIER_PATTERN, parseNumber } from './parse-number.js';

export interface Casualties {
  killed: number | null;
  wounded: number | null;
  arrested: number | null;
}

const N = `(${QUALIFIER_PATTERN}${NUMBER_PATTERN})`;
// Up to four words between a figure and its verb: "one Special Forces officer was killed".
const WORDS = "(?:[A-Za-z'’-]+,?\\s+){0,4}?";
const BE = '(?:(?:was|were|had been|have been|has been|are|is)\\s+)?';

const PATTERNS: Record<keyof Casualties, RegExp[]> = {
  killed: [
    new RegExp(`\\b(?:killed|killing|kills|murdered|murdering|executed|executing|beheaded|assassinated|massacre of|deaths of|death of)\\s+${N}\\b`, 'gi'),
    new RegExp(`\\b${N}\\s+${WORDS}${BE}(?:killed|murdered|shot dead|dead|died|deaths|fatalities|executed)\\b`, 'gi'),
    new RegExp(`\\bleft\\s+${N}\\s+${WORDS}dead\\b`, 'gi'),
  ],
  wounded: [
    new RegExp(`\\b(?:wounded|wounding|injured|injuring|injures|wounds)\\s+${N}\\b`, 'gi'),
    new RegExp(`\\b${N}\\s+${WORDS}${BE}(?:wounded|injured|hurt)\\b`, 'gi'),
  ],
  arrested: [
    new RegExp(`\\b(?:arrested|arresting|detained|detaining|apprehended|captured|rounded up)\\s+${N}\\b`, 'gi'),
    new RegExp(`\\b(?:arrests?|detentions?|apprehension|capture) of\\s+${N}\\b`, 'gi'),
    new RegExp(`\\b${N}\\s+${WORDS}${BE}(?:arrested|detained|apprehended|taken into custody)\\b`, 'gi'),
  ],
};

/**
 * Reads the casualty figures a text states: every death on every side, the wounded, the arrested.
 * Figures may be digits or words; "over 200" counts as 200. A lone "was killed" with no figure counts one.
 *
 * @example
 * countCasualties('police killed nine armed men, while one Special Forces officer was killed.')
 * // → { killed: 10, wounded: null, arrested: null }
 */
export function countCasualties(text: string): Casualties {
  const result: Casualties = { killed: null, wounded: null, arrested: null };
  const used: Array<[number, number]> = [];
  for (const field of ['killed', 'wounded', 'arrested'] as const) {
    for (const pattern of PATTERNS[field]) {
      for (const m of text.matchAll(pattern)) {
        const figure = m[1]!;
        const start = m.index + m[0].indexOf(figure);
        const end = start + figure.length;
        if (used.some(([s, e]) => start < e && end > s)) continue;
        const value = parseNumber(figure.replace(new RegExp(`^${QUALIFIER_PATTERN}`, 'i'), ''));
        if (value === null || (figure.toLowerCase() === 'a' && field !== 'killed')) continue;
        used.push([start, end]);
        result[field] = (result[field] ?? 0) + value;
      }
    }
  }
  // "Erik Ayazbayev, the alleged leader of this group, was killed": one death though no figure is written.
  if (result.killed === null && /\b(?:was|has been) (?:killed|shot dead|murdered|assassinated)\b/i.test(text)) {
    result.killed = 1;
  }
  if (result.wounded === null && /\b(?:was|has been) (?:\w+ly )?(?:injured|wounded)\b/i.test(text)) result.wounded = 1;
  return result;
}
