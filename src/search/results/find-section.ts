import type { Report } from '../../report/types.js';
import type { SearchIndex } from '../index/search-index.js';
import { foldWord } from '../index/stem-word.js';
import { cachedStem } from '../index/tokenize.js';
import { parseQueryFacets } from '../query/query-facets.js';
import { MAX_HEADING_SCORE } from '../rank/weights.js';
import type { SectionMatch } from '../types.js';

// Words people use for the series' standard headings (`finance` → Countering Terrorist Finance).
const HEADING_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  incidents: 'terrorist incidents',
  attacks: 'terrorist incidents',
  laws: 'legislation and law enforcement',
  law: 'legislation and law enforcement',
  enforcement: 'legislation and law enforcement',
  cooperation: 'regional and international cooperation',
  international: 'regional and international cooperation',
  cve: 'countering violent extremism',
  extremism: 'countering violent extremism',
  havens: 'terrorist safe havens',
  aml: 'countering terrorist finance',
  money: 'countering terrorist finance',
  financing: 'countering terrorist finance',
  laundering: 'countering terrorist finance',
  summary: 'overview',
});

// Words that name no heading: "the overview section", "summary of the finance part".
const FILLER = new Set([
  'the',
  'a',
  'an',
  'of',
  'on',
  'about',
  'section',
  'part',
  'chapter',
  'please',
  'me',
  'show',
  'in',
  'for',
]);

/** What a section request names: the sections that fit (one per chapter, newest first) and the chapters named. */
export interface SectionLookup {
  matches: SectionMatch[];
  /** The chapters the request names by country, region or year (empty when it names none). */
  chapters: Report[];
  /** What the request names of the chapters (`kenya 2014` → Kenya, 2014); both empty when it names none. */
  named: { countries: string[]; years: number[] };
  /**
   * When the request names a country and a year with no chapter (`kenya 2014`): the country's chapters of other
   * years, newest first (Kenya 2017, 2013); else empty.
   */
  otherYears: Report[];
  /** Whether words other than the country and year remain to name a section (`overview` in `overview kenya`). */
  sectionNamed: boolean;
}

/**
 * Finds a section by (part of) its heading, fuzzily (`finance`, `overview`, `incidents`, `legislation`).
 * Country names and years among the words narrow the reports (`finance kazakhstan 2011`); among several
 * matching reports the most recent wins (see {@link findSections} for all of them).
 *
 * @param index - the search index
 * @param name - what the person typed
 * @returns the report and section, or null
 * @example
 * findSection(index, 'finance')?.section.heading; //=> 'Countering Terrorist Finance'
 */
export function findSection(index: SearchIndex, name: string): SectionMatch | null {
  return findSections(index, name).matches[0] ?? null;
}

/**
 * Every chapter's section that fits a request (`summary overview kenya 2014`, `kazakhstan 2011 finance`), one per
 * chapter, newest first, and the chapters the request names by country (name, variant, demonym), region or year.
 * A heading typed word for word (`legislation and law enforcement`) is matched as typed before any alias.
 *
 * @example findSections(index, 'overview kenya').matches.map((m) => m.report.year); //=> [2017, 2013]
 */
export function findSections(index: SearchIndex, name: string): SectionLookup {
  const facets = parseQueryFacets(index.facets, name);
  const facetStems = new Set(facets.countries.flatMap((c) => c.aliases.flatMap((a) => a.split(' '))));
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const headingWords = words.filter(
    (w) => !/^\d{4}$/.test(w) && !facetStems.has(cachedStem(w)) && !FILLER.has(foldWord(w)),
  );
  const ofCountry = facets.countries.length ? new Set(facets.countries.flatMap((c) => c.reports)) : null;
  const allowed = (r: Report): boolean => {
    const at = index.reports.indexOf(r);
    return (
      (ofCountry === null || ofCountry.has(at)) &&
      (facets.years.length === 0 || (r.year !== null && facets.years.includes(r.year)))
    );
  };
  const chapters = ofCountry === null && facets.years.length === 0 ? [] : index.reports.filter(allowed);
  const named = { countries: facets.countries.map((c) => c.name), years: facets.years };
  const otherYears =
    ofCountry !== null && facets.years.length > 0 && chapters.length === 0
      ? index.reports.filter((_, at) => ofCountry.has(at)).sort((a, b) => (b.year ?? 0) - (a.year ?? 0))
      : [];
  const typed = headingWords.join(' ').trim();
  const base = { chapters, named, otherYears, sectionNamed: typed !== '' };
  if (typed === '') return { matches: [], ...base };
  const aliased = headingWords.map((w) => HEADING_ALIASES[foldWord(w)] ?? w).join(' ');
  let results = searchHeadings(index, typed, allowed);
  if (results.length === 0 && aliased !== typed)
    results = searchHeadings(
      index,
      headingWords.length === 1 ? aliased : (HEADING_ALIASES[foldWord(typed)] ?? aliased),
      allowed,
    );
  if (results.length === 0 && headingWords.length > 1) {
    // `law enforcement`: the alias of any one word, when the words together name no heading.
    for (const w of headingWords) {
      const alias = HEADING_ALIASES[foldWord(w)];
      if (alias !== undefined) results = searchHeadings(index, alias, allowed);
      if (results.length > 0) break;
    }
  }
  const bestScore = results[0]?.score ?? 1;
  const seen = new Set<Report>();
  const matches: SectionMatch[] = [];
  for (const r of results
    .filter((r) => (r.score ?? 1) <= bestScore + 0.05)
    .sort((a, b) => (b.item.report.year ?? 0) - (a.item.report.year ?? 0) || (a.score ?? 1) - (b.score ?? 1))) {
    if (seen.has(r.item.report)) continue;
    seen.add(r.item.report);
    matches.push({ report: r.item.report, section: r.item.section });
  }
  return { matches, ...base };
}

function searchHeadings(index: SearchIndex, typed: string, allowed: (r: Report) => boolean) {
  return index.headingFuse.search(typed).filter((r) => (r.score ?? 1) <= MAX_HEADING_SCORE && allowed(r.item.report));
}
