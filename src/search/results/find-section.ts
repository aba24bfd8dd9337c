import type { Report } from '../../report/types.js';
import type { SearchIndex } from '../index/search-index.js';
import { foldWord } from '../index/stem-word.js';
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
const FILLER = new Set(['the', 'a', 'an', 'of', 'on', 'about', 'section', 'part', 'chapter', 'please', 'me', 'show']);

/**
 * Finds a section by (part of) its heading, fuzzily (`finance`, `overview`, `incidents`, `legislation`).
 * Country names and years among the words narrow the reports (`finance kazakhstan 2011`); among several
 * matching reports the most recent wins.
 *
 * @param index - the search index
 * @param name - what the person typed
 * @returns the report and section, or null
 * @example
 * findSection(index, 'finance')?.section.heading; //=> 'Countering Terrorist Finance'
 */
export function findSection(index: SearchIndex, name: string): SectionMatch | null {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const countries = new Set(index.reports.map((r) => foldWord(r.country)));
  const years = new Set(index.reports.map((r) => r.year));
  const countryWords = words.filter((w) => [...countries].some((c) => c.split(/\s+/).includes(foldWord(w))));
  const yearWords = words.filter((w) => /^\d{4}$/.test(w) && years.has(Number(w)));
  const headingWords = words.filter(
    (w) => !countryWords.includes(w) && !yearWords.includes(w) && !FILLER.has(foldWord(w)),
  );
  const allowed = (r: Report): boolean =>
    countryWords.every((w) => foldWord(r.country).split(/\s+/).includes(foldWord(w))) &&
    yearWords.every((y) => r.year === Number(y));

  const typed = headingWords
    .map((w) => HEADING_ALIASES[foldWord(w)] ?? w)
    .join(' ')
    .trim();
  if (typed === '') return null;
  const results = index.headingFuse
    .search(typed)
    .filter((r) => (r.score ?? 1) <= MAX_HEADING_SCORE && allowed(r.item.report));
  if (results.length === 0) return null;
  const bestScore = results[0]?.score ?? 1;
  const best = results
    .filter((r) => (r.score ?? 1) <= bestScore + 0.05)
    .sort((a, b) => (b.item.report.year ?? 0) - (a.item.report.year ?? 0) || (a.score ?? 1) - (b.score ?? 1))[0];
  return best ? { report: best.item.report, section: best.item.section } : null;
}
