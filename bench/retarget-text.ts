/** How a real sentence is moved into another chapter: its country, its years and its places. */
export interface Retarget {
  /** The country the sentence was written about, replaced by `toCountry` where the text names it. */
  fromCountry: string;
  toCountry: string;
  /** Added to every year in the text (`2011` → `2016` for a shift of 5); 0 leaves years alone. */
  yearShift: number;
  /** Place names to swap (`Atyrau` → `Kirkuk`); matched as whole words. */
  places?: ReadonlyMap<string, string>;
}

// Years the series talks about; a bare number outside this span (`over 200 suspects`) is not a year.
const YEAR = /\b(?:19[89]\d|20[0-3]\d)\b/g;
const patterns = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One alternation per set of names, longest first so `Aktobe region` would win over `Aktobe`; cached
// because the same few dozen name sets are applied to hundreds of thousands of sentences.
function namesPattern(names: readonly string[]): RegExp {
  const key = names.join('\u0000');
  let pattern = patterns.get(key);
  if (!pattern) {
    const sorted = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    patterns.set(key, pattern);
  }
  return pattern;
}

/**
 * Rewrites a real sentence for a synthetic chapter: swaps the country and places in one pass (so a
 * swapped-in name is never swapped again) and shifts the years.
 *
 * @param text - a sentence or passage of a real chapter
 * @param target - what to replace
 * @returns the rewritten text
 * @example
 * retargetText('On October 31, two explosions took place in Atyrau, Kazakhstan, in 2011.', {
 *   fromCountry: 'Kazakhstan', toCountry: 'Peru', yearShift: 5, places: new Map([['Atyrau', 'Kirkuk']]),
 * }); //=> 'On October 31, two explosions took place in Kirkuk, Peru, in 2016.'
 */
export function retargetText(text: string, target: Retarget): string {
  const swaps = new Map(target.places ?? []);
  if (target.fromCountry !== target.toCountry && target.fromCountry !== '')
    swaps.set(target.fromCountry, target.toCountry);
  let out = text;
  if (swaps.size > 0) out = out.replace(namesPattern([...swaps.keys()]), (name) => swaps.get(name) ?? name);
  if (target.yearShift !== 0) out = out.replace(YEAR, (year) => String(Number(year) + target.yearShift));
  return out;
}
