import { NUMBER_PATTERN, QUALIFIER_PATTERN, parseNumber } from './parse-number.js';

export interface Casualties {
  killed: number | null;
  wounded: number | null;
  arrested: number | null;
}

const N = `(${QUALIFIER_PATTERN}${NUMBER_PATTERN})`;
// Up to six words between a figure and its verb: "one Special Forces officer was killed", "four members of the security forces were killed".
const WORDS = "(?:[A-Za-z'’-]+,?\\s+){0,6}?";
const BE = '(?:(?:was|were|had been|have been|has been|are|is)\\s+)?';

const PATTERNS: Record<keyof Casualties, RegExp[]> = {
  killed: [
    new RegExp(`\\b(?:killed|killing|kills|murdered|murdering|executed|executing|beheaded|assassinated|massacre of|deaths of|death of)\\s+${N}\\b`, 'gi'),
    new RegExp(`\\b${N}\\s+${WORDS}${BE}(?:killed|murdered|shot dead|dead|died|deaths|fatalities|executed)\\b`, 'gi'),
    new RegExp(`\\bleft\\s+${N}\\s+${WORDS}dead\\b`, 'gi'),
    // "with death tolls estimated at over 50"
    new RegExp(`\\bdeath tolls?\\s+(?:[a-z]+\\s+){0,2}(?:at|of)\\s+${N}\\b`, 'gi'),
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

// The victims a figure counts, up to the next figure of a list: "165 soldiers and police, and 47 civilians".
const VICTIMS = `(?:\\s+(?!wound|injur|arrest)(?!and\\s+(?:${QUALIFIER_PATTERN}${NUMBER_PATTERN}|an?)\\s)[A-Za-z'’-]+){1,5}?`;
const AFTER_MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+$/;
// A further figure of the list, or "and a civilian" (", an incident …" is not one).
const LIST_ITEM = new RegExp(
  `^(${VICTIMS})(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(${QUALIFIER_PATTERN}${NUMBER_PATTERN})|,?\\s+and\\s+(an?))(?=\\s)`,
  'i',
);
const LIST_BEFORE = new RegExp(`\\b(${NUMBER_PATTERN})${VICTIMS}\\s+and\\s+$`, 'i');
const OTHERS = new RegExp(`\\b(?:killing|killed|murdered|murdering)\\s+(?!${NUMBER_PATTERN}\\b)(?:[\\w.'’-]+\\s+){1,5}?and\\s+(${NUMBER_PATTERN}) others\\b`, 'i');
const ARRESTED_NAME =
  /\b(?:arrested|detained|captured|apprehended)\s+(?:[a-z-]+\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b(?!\s+(?:members?|suspects?|militants?|fighters?|operatives?|supporters?|recruiters?))/;

/**
 * Reads the casualty figures a text states: every death on every side, the wounded, the arrested.
 * Figures may be digits or words; "over 200" counts as 200. A lone "was killed" with no figure counts one.
 *
 * @example
 * countCasualties('police killed nine armed men, while one Special Forces officer was killed.')
 * // → { killed: 10, wounded: null, arrested: null }
 */
export function countCasualties(input: string): Casualties {
  // "two tourists (a Russian and a German citizen) were shot and killed": an aside names no further victims,
  // unless it tells casualties itself ("(… one police officer was killed)").
  const text = input.replace(/\s*\(([^()]*)\)/g, (aside, inner: string) =>
    /\b(?:kill|dead|died|death|wound|injur|arrest|detain)/i.test(inner) ? aside : '',
  );
  const result: Casualties = { killed: null, wounded: null, arrested: null };
  const used: Array<[number, number]> = [];
  const add = (field: keyof Casualties, figure: string, start: number): boolean => {
    const end = start + figure.length;
    if (used.some(([s, e]) => start < e && end > s)) return false;
    // "In an August 17 follow-up operation, … forces killed nine": a day of a date is no figure.
    if (AFTER_MONTH.test(text.slice(0, start))) return false;
    const value = parseNumber(figure.replace(new RegExp(`^${QUALIFIER_PATTERN}`, 'i'), ''));
    if (value === null || (figure.toLowerCase() === 'a' && field !== 'killed')) return false;
    used.push([start, end]);
    result[field] = (result[field] ?? 0) + value;
    return true;
  };
  for (const field of ['killed', 'wounded', 'arrested'] as const) {
    for (const [index, pattern] of PATTERNS[field].entries()) {
      for (const m of text.matchAll(pattern)) {
        const [, figure = ''] = m;
        const start = m.index + m[0].indexOf(figure);
        if (!add(field, figure, start)) continue;
        if (index === 0) {
          // "killing 49 soldiers and one civilian", "killed more than 900 militants, 165 soldiers and police, and 47 civilians".
          let at = start + figure.length;
          for (let item = LIST_ITEM.exec(text.slice(at)); item !== null; item = LIST_ITEM.exec(text.slice(at))) {
            const next = item[2] ?? item[3] ?? '';
            if (!add(field, next === 'a' || next === 'an' ? 'one' : next, at + item.index + item[0].length - next.length)) break;
            at += item.index + item[0].length;
          }
        } else {
          // "nine ASG members and four members of the security forces were killed".
          const before = LIST_BEFORE.exec(text.slice(0, start));
          if (before?.[1]) add(field, before[1], before.index);
        }
      }
    }
  }
  // "killing U.S. diplomat David Foy and three others": the named victim and the others.
  const others = OTHERS.exec(text);
  if (others?.[1] && add('killed', others[1], others.index + others[0].length - others[1].length - ' others'.length)) {
    result.killed = (result.killed ?? 0) + 1;
  }
  // "arrested Rashid Rauf in Bahawalpur": one named person.
  if (result.arrested === null && ARRESTED_NAME.test(text)) result.arrested = 1;
  // "Erik Ayazbayev, the alleged leader of this group, was killed": one death though no figure is written.
  if (result.killed === null && /\b(?:was|has been) (?:killed|shot dead|murdered|assassinated)\b/i.test(text)) {
    result.killed = 1;
  }
  if (result.wounded === null && /\b(?:was|has been) (?:\w+ly )?(?:injured|wounded)\b/i.test(text)) result.wounded = 1;
  return result;
}
