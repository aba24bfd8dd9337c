const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
  // Read only where a pattern asks for it ('wounding both'): not part of NUMBER_PATTERN.
  both: 2,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const WORD_PATTERN =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';

/**
 * A regex source matching one number as reports write it: `29`, `1,400`, `nine`, `twenty-two`, `a dozen`, `half a
 * dozen`, `two hundred`, `one hundred twenty`, `two hundred and five`, `a hundred and forty`; never the "one" of "No one".
 */
export const NUMBER_PATTERN = `(?<!\\b[Nn]o\\s)(?:\\d{1,3}(?:,\\d{3})+|\\d+|half a dozen|a dozen|dozen|a (?:hundred|thousand)(?:(?: and)? ${WORD_PATTERN}(?![- ](?:hundred|thousand)))?(?![- ](?:and |[a-z]+ty\\b|one\\b|two\\b|three\\b|four\\b|five\\b|six\\b|seven\\b|eight\\b|nine\\b))|${WORD_PATTERN}(?: dozen| (?:hundred|thousand)(?:(?: and)? ${WORD_PATTERN}(?![- ](?:hundred|thousand)))?)?)`;

/** Qualifiers that may stand before a figure; "over 200" counts as 200. */
export const QUALIFIER_PATTERN =
  '(?:(?:at least|no fewer than|no less than|not less than|upwards of|in excess of|close to|more than|over|about|approximately|around|nearly|almost|some|up to|an estimated|roughly|as many as|a total of|a combined total of|a combined|all|another|a further|an additional|the) )?';

/**
 * Reads a number written in digits or words.
 *
 * @returns the value, or null when the text is not a number
 * @example
 * parseNumber('nine') // → 9
 * parseNumber('twenty-two') // → 22
 * parseNumber('1,400') // → 1400
 */
export function parseNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (t === 'half a dozen') return 6;
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(t)) return Number(t.replaceAll(',', ''));
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of t.split(/[\s-]+/)) {
    if (word === 'and' && seen) continue;
    if (word === 'dozen' && current > 0) current *= 12;
    else if (word in UNITS) current += UNITS[word] ?? 0;
    else if (word in TENS) current += TENS[word] ?? 0;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}
