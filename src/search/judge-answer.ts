import { foldName } from '../report/country-names.js';
import { EXACT_FIT } from './day-interval.js';
import { findNearTerms } from './near-terms.js';
import { type FacetEntry, mentionsCountry, type QueryFacets } from './query-facets.js';
import type { Candidate } from './rank-candidates.js';
import type { SearchIndex } from './search-index.js';
import { cachedStem } from './tokenize.js';
import type { AnswerVerdict, ParsedQuery } from './types.js';

// Capitalised words that start a question and name nothing (`Describe …`, `Tell me …`).
const QUESTION_OPENERS = new Set(['describe', 'explain', 'tell', 'list', 'show', 'give', 'find', 'summarize', 'summarise', 'please', 'any', 'has', 'have', 'had', 'do', 'does', 'did']);

/**
 * Decides whether the best hit answers the question, from evidence that can be said in words, not from its
 * score (a score does not separate answers from non-answers across questions):
 * - every country or region the question names is the hit's chapter or is named in the passage;
 * - a year the question names is the chapter's year or is in the passage;
 * - a date the question names fits the record (a day: that very day);
 * - a name the question capitalises (`Christchurch`) is one the loaded reports know.
 * What fails is listed in `missing`, in the question's words; `loaded` names the chapters loaded for the
 * countries asked, for "loaded for Kazakhstan: 2010, 2011, 2012".
 *
 * @param index - the search index
 * @param best - the rank-1 candidate, or undefined when nothing matched
 * @param query - the parsed query
 * @param facets - the countries and years the question names
 * @example judgeAnswer(index, best, parseQuery('kazakhstan 2016 gun shop attack').query, facets).missing; //=> ['2016']
 */
export function judgeAnswer(index: SearchIndex, best: Candidate | undefined, query: ParsedQuery, facets: QueryFacets): AnswerVerdict {
  const loaded = facets.countries
    .filter((c) => c.reports.length > 0)
    .map((c) => ({ name: c.name, years: yearsOf(index, c) }));
  const missing: string[] = [];
  for (const word of unknownNames(index, query.text)) missing.push(word);
  const doc = best === undefined ? undefined : index.docs[best.doc];
  if (!doc || !best) return { answered: false, missing, loaded };
  const reportAt = index.docReport[best.doc] ?? -1;
  const passage = doc.passage.text;
  if (query.filters.country === undefined) {
    for (const c of facets.countries) if (!c.reports.includes(reportAt) && !mentionsCountry(passage, c)) missing.push(c.name);
  }
  if (query.filters.year === undefined && facets.years.length > 0) {
    const folded = ` ${foldName(passage)} `;
    const year = doc.report.year;
    const told = facets.years.some((y) => y === year || folded.includes(` ${y} `) || doc.dates.some((d) => d.year === y));
    if (!told) missing.push(facets.years.join(', '));
  }
  const range = query.dateRange;
  if (range) {
    const fit = best.dateFit ?? 0;
    if (range.from === range.to ? fit < EXACT_FIT : fit <= 0) missing.push(range.label);
  }
  return { answered: missing.length === 0, missing: [...new Set(missing)], loaded };
}

function yearsOf(index: SearchIndex, entry: FacetEntry): number[] {
  const years = entry.reports.map((r) => index.reports[r]?.year).filter((y): y is number => typeof y === 'number');
  return [...new Set(years)].sort((a, b) => a - b);
}

// Capitalised words of the question that no loaded report has, nor a near spelling of: `Christchurch`,
// `Bataclan`. Short capitals (`DOE`, `CRT`) are abbreviations a report may spell out, so they do not count.
function unknownNames(index: SearchIndex, text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
    const word = m[0].replace(/['’]s?$/, '');
    if (word.length < 4 || /^\p{Lu}+$/u.test(word)) continue;
    if (QUESTION_OPENERS.has(word.toLowerCase())) continue;
    const stem = cachedStem(word);
    if (stem === '' || index.postings.has(stem) || index.facets.byFirstWord.has(foldName(word))) continue;
    if (findNearTerms(index, stem).length > 0) continue;
    names.push(word);
  }
  return names;
}
