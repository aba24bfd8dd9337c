import worldCountries, { type Country } from 'world-countries';

/** A country as people name it: its common name and every other way of writing it, demonyms included. */
export interface CountryName {
  /** The common English name (`Kazakhstan`, `United Kingdom`). */
  name: string;
  /** Lower-case names, variants and demonyms, with plurals (`kazakhstan`, `republic of kazakhstan`, `kazakhstani`, `kazakh`). */
  aliases: string[];
}

// What the package leaves out and the reports and their readers use: the names the chapters go by (`Turkey`),
// short demonyms (`Kazakh`, `Tajik`) and places a chapter is named after (`West Bank`, `Gaza` → Palestine).
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  Türkiye: ['turkey'],
  Kazakhstan: ['kazakh', 'kazakhs'],
  Tajikistan: ['tajik', 'tajiks'],
  Uzbekistan: ['uzbek', 'uzbeks'],
  Kyrgyzstan: ['kyrgyz', 'kyrgyzstani'],
  Palestine: ['west bank', 'gaza', 'palestinian territories'],
  'United Kingdom': ['britain', 'britons'],
  Philippines: ['philippine'],
  'Saudi Arabia': ['saudis'],
  Israel: ['israelis'],
  'DR Congo': ['congo'],
});

// The United States is the reports' author, not a chapter: `the US designated …` names no chapter.
const NOT_A_CHAPTER = new Set(['United States']);
// Two-letter codes are too often words or initials (`IN`, `IS`, `US`); `UK` is the one people type for a country.
const CODES_TYPED = new Set(['UK']);
// Latin letters only: the package lists native spellings (`Қазақстан`) nobody types here.
const LATIN = /^[\p{Script=Latin}\s,.'’()-]+$/u;

/**
 * Every country of the world with its names, variants and demonyms (from the world-countries package, plus
 * the forms the series and its readers use), for reading countries in a question.
 * @example COUNTRY_NAMES.find((c) => c.name === 'Kenya')?.aliases; //=> ['kenya', 'republic of kenya', 'kenyan', 'kenyans']
 */
export const COUNTRY_NAMES: readonly CountryName[] = Object.freeze(withoutAuthorNames(countryList().map(namesOf)));

// `American` is the demonym of the Northern Mariana Islands too: a name of the United States names no chapter.
function withoutAuthorNames(all: CountryName[]): CountryName[] {
  const author = new Set(all.filter((c) => NOT_A_CHAPTER.has(c.name)).flatMap((c) => c.aliases));
  return all
    .filter((c) => !NOT_A_CHAPTER.has(c.name))
    .map((c) => ({ name: c.name, aliases: c.aliases.filter((a) => !author.has(a)) }));
}

function namesOf(c: Country): CountryName {
  const names = [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 2 || CODES_TYPED.has(a))];
  const demonyms = [c.demonyms.eng?.f ?? '', c.demonyms.eng?.m ?? ''].flatMap((d) => d.split(/,\s*/));
  const plural = demonyms.filter((d) => !/(?:sh|ch|ese|s|i)$/i.test(d)).map((d) => `${d}s`);
  const all = [...names, ...demonyms, ...plural, ...(EXTRA_ALIASES[c.name.common] ?? [])]
    .filter((a) => a !== '' && LATIN.test(a))
    .map(foldName)
    .filter((a) => a !== '');
  return { name: c.name.common === 'Türkiye' ? 'Turkey' : c.name.common, aliases: [...new Set(all)] };
}

// The package is CommonJS whose module.exports is the array: an ES import gets the array, while its
// declarations describe a `default` property. Either shape is read.
function countryList(): readonly Country[] {
  const loaded: unknown = worldCountries;
  if (Array.isArray(loaded)) return loaded as Country[];
  const inner = (loaded as { default?: unknown }).default;
  return Array.isArray(inner) ? (inner as Country[]) : [];
}

/**
 * A name as compared: lower case, accents and apostrophes dropped, punctuation as spaces.
 * @example foldName("Côte d'Ivoire"); //=> 'cote divoire'
 */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
