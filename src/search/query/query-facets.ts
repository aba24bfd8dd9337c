import { COUNTRY_NAMES, foldName } from '../../report/country-names.js';
import type { Report, Section } from '../../report/types.js';
import { FACET_WEIGHTS } from '../rank/weights.js';
import { tokenStems } from '../index/tokenize.js';

/** A country or region a question can name, and the loaded chapters about it. */
export interface FacetEntry {
  /** As shown (`Kazakhstan`, `State Sponsors of Terrorism`). */
  name: string;
  /** Names, variants and demonyms as stems joined by spaces (`kazakhstan`, `kazakhstani`, `kazakh`, `state sponsor terrorism`). */
  aliases: string[];
  /** Positions (in the index's reports) of the chapters about it. */
  reports: number[];
  /**
   * Sections of other chapters headed by its name: the `Cuba` section of the State Sponsors chapter, `Mexico` in
   * a Western Hemisphere chapter. A region chapter's country section counts as that country's chapter.
   */
  sections: Section[];
}

/** Every country of the world and every loaded chapter name, by the first word of each alias. */
export interface FacetTable {
  byFirstWord: Map<string, Array<{ words: string[]; entry: FacetEntry }>>;
}

/** What a question names of the chapters: countries or regions, and years. */
export interface QueryFacets {
  countries: FacetEntry[];
  years: number[];
}

// The longest name looked for (`united kingdom of great britain and northern ireland` is 8 words).
const MAX_NAME_WORDS = 8;
const YEAR = /^(?:19[5-9]\d|20\d\d)$/;

/**
 * Builds the table of names a question may use for a chapter: every country with its variants and demonyms
 * (a country with no chapter loaded too, so that `Sri Lanka` is known as a country nothing covers), and each
 * loaded chapter's own name and its short forms (`State Sponsors`, `Southern Philippines`, `West Bank`).
 *
 * @param reports - the loaded reports, in index order
 * @example
 * parseQueryFacets(buildFacetTable(reports), 'kenyan police 2013').countries[0]?.name; //=> 'Kenya'
 */
export function buildFacetTable(reports: readonly Report[]): FacetTable {
  const entries: FacetEntry[] = [];
  // A few hundred distinct chapter names however many reports (the series has ~3,000 chapters).
  const positions = new Map<string, number[]>();
  reports.forEach((r, i) => {
    const list = positions.get(r.country);
    if (list) list.push(i);
    else positions.set(r.country, [i]);
  });
  const names = [...positions.keys()].map((name) => ({ name, folded: ` ${foldName(name)} ` }));
  // Sections headed by a name alone (`Cuba`, `The Southern Philippines`), by that name as stems. Each distinct
  // heading is stemmed once (every chapter has an `Overview`), and the lists grow in place: copying a list per
  // section took ~5% of the index build at 3,000 chapters.
  const headed = new Map<string, Array<{ report: number; section: Section }>>();
  const keyOfHeading = new Map<string, string | null>();
  reports.forEach((r, report) => {
    for (const section of r.sections) {
      let key = keyOfHeading.get(section.heading);
      if (key === undefined) {
        const stems = stemmed(foldName(section.heading).replace(/^the /, ''));
        key = stems === '' || stems.split(' ').length > MAX_NAME_WORDS ? null : stems;
        keyOfHeading.set(section.heading, key);
      }
      if (key === null) continue;
      const list = headed.get(key);
      if (list) list.push({ report, section });
      else headed.set(key, [{ report, section }]);
    }
  });
  const sectionsOf = (aliases: readonly string[], own: readonly number[]): Section[] =>
    aliases.flatMap((a) => (headed.get(a) ?? []).filter((h) => !own.includes(h.report)).map((h) => h.section));
  for (const country of COUNTRY_NAMES) {
    const found: number[] = [];
    for (const { name, folded } of names) {
      if (country.aliases.some((a) => folded.includes(` ${a} `))) found.push(...(positions.get(name) ?? []));
    }
    const aliases = [...new Set(country.aliases.map(stemmed).filter((a) => a !== ''))];
    const own = found.sort((a, b) => a - b);
    entries.push({ name: country.name, aliases, reports: own, sections: sectionsOf(aliases, own) });
  }
  for (const [name, list] of positions) {
    const aliases = chapterAliases(name)
      .map(stemmed)
      .filter((a) => a !== '');
    entries.push({ name, aliases, reports: list, sections: sectionsOf(aliases, list) });
  }
  const byFirstWord: FacetTable['byFirstWord'] = new Map();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const words = alias.split(' ');
      const first = words[0] ?? '';
      if (first === '' || words.length > MAX_NAME_WORDS) continue;
      const list = byFirstWord.get(first);
      if (list) list.push({ words, entry });
      else byFirstWord.set(first, [{ words, entry }]);
    }
  }
  return { byFirstWord };
}

// `The Southern Philippines` → southern philippines; `State Sponsors of Terrorism` → state sponsors;
// `Israel, West Bank, and Gaza` → israel (a country's own entry covers it), west bank and gaza.
function chapterAliases(country: string): string[] {
  const full = foldName(country.replace(/\(.*?\)/g, ' ')).replace(/^the /, '');
  const aliases = new Set([full]);
  const words = full.split(' ');
  if (words.length >= 3 && words[1] !== 'and') aliases.add(words.slice(0, 2).join(' '));
  for (const part of country.replace(/\(.*?\)/g, ' ').split(/,|\band\b/)) {
    const folded = foldName(part).replace(/^the /, '');
    if (folded.split(' ').length >= 2) aliases.add(folded);
  }
  return [...aliases].filter((a) => a !== '');
}

// Names compared as stems, as the search compares words: `State Sponsor of Terrorism` is `state sponsors`.
function stemmed(name: string): string {
  return tokenStems(name).join(' ');
}

/**
 * Reads the countries, regions and years a question names, anywhere in it (`Kazakhstan 2010 legislation`,
 * `how many Tunisians left`, `state sponsors 2007`): at each word the longest known name. Years are four-digit
 * words and the year of a dated span (`March 2019`, `2019-12-27`).
 *
 * @param table - from {@link buildFacetTable}
 * @param text - the free text of the query (filters taken out)
 * @param dateYears - the years of the query's date span, if it has one with a year
 * @example parseQueryFacets(table, 'were there more rocket launches from gaza in 2011 than 2009-2010?').years; //=> [2011, 2009, 2010]
 */
export function parseQueryFacets(table: FacetTable, text: string, dateYears: readonly number[] = []): QueryFacets {
  const words = tokenStems(foldName(text));
  const countries: FacetEntry[] = [];
  const years = new Set<number>();
  for (const word of foldName(text).split(' ')) if (YEAR.test(word)) years.add(Number(word));
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    let best: { words: string[]; entry: FacetEntry } | null = null;
    for (const candidate of table.byFirstWord.get(word) ?? []) {
      if (best && candidate.words.length <= best.words.length) continue;
      if (candidate.words.every((w, k) => words[i + k] === w)) best = candidate;
    }
    if (!best) continue;
    if (!countries.includes(best.entry)) countries.push(best.entry);
    i += best.words.length - 1;
  }
  for (const y of dateYears) years.add(y);
  return { countries, years: [...years] };
}

/**
 * How much each loaded chapter counts for a question's facets (a multiplier per report position), or null when
 * the question names none. A soft filter: the chapter of the country and year named first, the country's other
 * years next, a mere mention in another chapter last.
 *
 * @example facetBoosts(facets, reports)?.[reports.findIndex((r) => r.id === 'crt-2012-mexico')]; //=> 2.4
 */
export function facetBoosts(facets: QueryFacets, reports: readonly Report[]): FacetBoosts | null {
  const loaded = facets.countries.filter((c) => c.reports.length > 0 || c.sections.length > 0);
  if (loaded.length === 0 && facets.years.length === 0) return null;
  const boosts: FacetBoosts = new Float64Array(reports.length).fill(1);
  const ofCountry = new Set(loaded.flatMap((c) => c.reports));
  const yearNamed = (report: Report | undefined): boolean =>
    report !== undefined && report.year !== null && facets.years.includes(report.year);
  reports.forEach((report, r) => {
    if (ofCountry.has(r)) boosts[r] = yearNamed(report) ? FACET_WEIGHTS.countryAndYear : FACET_WEIGHTS.country;
    else if (loaded.length === 0 && yearNamed(report)) boosts[r] = FACET_WEIGHTS.year;
  });
  const sections = new Map<Section, number>();
  for (const c of loaded) {
    for (const section of c.sections) {
      const report = reports.find((r) => r.sections.includes(section));
      sections.set(section, yearNamed(report) ? FACET_WEIGHTS.countryAndYear : FACET_WEIGHTS.country);
    }
  }
  if (sections.size > 0) boosts.sections = sections;
  return boosts;
}

/**
 * Per report position, how much its chapter counts for a question's facets; `sections`, when set, overrides it
 * for the sections of a region chapter headed by a country named (`Cuba` in the State Sponsors chapter).
 */
export type FacetBoosts = Float64Array & { sections?: Map<Section, number> };

/**
 * Whether a text names a facet country (any of its names, variants or demonyms).
 * @example mentionsCountry('Kenyan forces gained control of Kismayo', kenya); //=> true
 */
export function mentionsCountry(text: string, entry: FacetEntry): boolean {
  const stems = ` ${tokenStems(text).join(' ')} `;
  return entry.aliases.some((a) => stems.includes(` ${a} `));
}
