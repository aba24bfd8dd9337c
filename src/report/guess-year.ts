import { MONTH_NAMES } from './vocabulary.js';

const YEAR = /\b(19[89]\d|20[0-4]\d)\b/g;
const AFTER_MONTH = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})(?:\\s+\\d{1,2},?)?\\s+$`);
const DEADLINE = /\b(?:by|until|before|through)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?(?:\w+\s+)?$/i;

/**
 * The year a text mentions most often (ties go to the later year), for a copy that states its year
 * nowhere else.
 *
 * @param text - report text
 * @returns the year, or null when the text names none
 *
 * @example
 * guessYear('In 2009, no acts of terrorism… since 2006… in 2009'); // 2009
 */
export function guessYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(YEAR)) {
    // "the drawdown of U.S. troops by the end of 2014" is a deadline, not the year reported on.
    if (DEADLINE.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    const year = Number(match[1]);
    // "in December 2003", "on July 7, 2005": a chapter dates its own year's events without the year, so a year
    // written after a month mostly dates an event of another year.
    const weight = AFTER_MONTH.test(text.slice(Math.max(0, match.index - 16), match.index)) ? 0.25 : 1;
    counts.set(year, (counts.get(year) ?? 0) + weight);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}
