import { foldName } from '../../report/country-names.js';
import { DATE_FIT, LOWER_CASE_NAME_COVERAGE } from '../rank/weights.js';
import type { Concept } from '../query/build-concepts.js';
import { isCommonEnglishWord } from '../../report/english-words.js';
import { type FacetEntry, mentionsCountry, type QueryFacets } from '../query/query-facets.js';
import type { Candidate } from '../rank/rank-candidates.js';
import type { SearchIndex } from '../index/search-index.js';
import { cachedStem, tokenStems } from '../index/tokenize.js';
import { properNames } from '../query/proper-names.js';
import type { AnswerVerdict, ParsedQuery } from '../types.js';

// Capitalised words that start a question and name nothing (`Describe …`, `Tell me …`).
const QUESTION_OPENERS = new Set([
  'describe',
  'explain',
  'tell',
  'list',
  'show',
  'give',
  'find',
  'summarize',
  'summarise',
  'please',
  'any',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
]);

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
export function judgeAnswer(
  index: SearchIndex,
  best: Candidate | undefined,
  query: ParsedQuery,
  facets: QueryFacets,
  concepts: readonly Concept[] = [],
  stems: readonly string[] = [],
): AnswerVerdict {
  const loaded = facets.countries
    .filter((c) => c.reports.length > 0)
    .map((c) => ({ name: c.name, years: yearsOf(index, c) }));
  const missing: string[] = [];
  const unknown = unknownNames(query.text, concepts, stems, facets);
  for (const name of unknown) if (name.capitalised) missing.push(name.word);
  const doc = best === undefined ? undefined : index.docs[best.doc];
  if (!doc || !best) return { answered: false, missing: unknown.map((n) => n.word), loaded };
  const reportAt = index.docReport[best.doc] ?? -1;
  const passage = doc.passage.text;
  const told = new Set(tokenStems(passage));
  // A name typed in lower case might be an ordinary word the word lists lack (`washington` for the US government):
  // it decides only when the passage also leaves much of the rest of the question untold.
  const typedLower = unknown.filter((n) => !n.capitalised);
  const typedStems = new Set(typedLower.map((n) => cachedStem(n.word)));
  if (typedLower.length > 0 && coverage(concepts, told, typedStems, stems) < LOWER_CASE_NAME_COVERAGE)
    missing.push(...typedLower.map((n) => n.word));
  const names = properNames(index, query.text, facets);
  if (names.length > 0) {
    // A name counts as told in any form the search matched it by: a near spelling (`Mangystau` → Mangistau),
    // a synonym or former name, an abbreviation's long form.
    const tells = (stem: string): boolean => {
      if (told.has(stem)) return true;
      const at = stems.indexOf(stem);
      const own = concepts.findIndex((c) => !c.fill && c.covers.includes(at));
      // The word's own alternatives, and a phrase it is part of (`Hizb ut-Tahrir` told as `HT`).
      const related = concepts.filter((c, i) => i === own || (c.fill && c.parts.includes(own)));
      return related.some((c) => c.alternatives.some((a) => a.stems.length > 0 && a.stems.every((x) => told.has(x))));
    };
    if (!names.some((n) => tells(n.stem))) missing.push(...names.map((n) => n.word));
  }
  if (query.filters.country === undefined) {
    for (const c of facets.countries)
      if (!c.reports.includes(reportAt) && !mentionsCountry(passage, c)) missing.push(c.name);
  }
  if (query.filters.year === undefined && facets.years.length > 0) {
    const folded = ` ${foldName(passage)} `;
    const year = doc.report.year;
    const told = facets.years.some(
      (y) => y === year || folded.includes(` ${y} `) || doc.dates.some((d) => d.year === y),
    );
    if (!told) missing.push(facets.years.join(', '));
  }
  const range = query.dateRange;
  let noRecordOn: string | null = null;
  if (range) {
    const fit = best.dateFit ?? 0;
    const day = range.from === range.to;
    if (day ? fit < DATE_FIT.exact : fit <= 0) missing.push(range.label);
    if (day && fit < DATE_FIT.exact) noRecordOn = range.from;
  }
  return { answered: missing.length === 0, missing: [...new Set(missing)], loaded, noRecordOn };
}

// A capitalised word of four letters or more that does not open the question, or a lower-case word of five or
// more (`govt` and other short forms are too short); a lower-case one is a name only if it is also no ordinary
// English word (see isName), which is asked only of words the search found nothing for.
function couldBeName(word: string): boolean {
  if (/^\p{Lu}/u.test(word))
    return word.length >= 4 && !/^\p{Lu}+$/u.test(word) && !QUESTION_OPENERS.has(word.toLowerCase());
  return word.length >= 5;
}

// `beslan`, not `hostages`: a lower-case word that could be a name and is no ordinary English word.
function isName(word: string): boolean {
  return /^\p{Lu}/u.test(word) || !isCommonEnglishWord(word.toLowerCase());
}

function yearsOf(index: SearchIndex, entry: FacetEntry): number[] {
  const years = entry.reports.map((r) => index.reports[r]?.year).filter((y): y is number => typeof y === 'number');
  return [...new Set(years)].sort((a, b) => a - b);
}

// Words of the question that name something and that the search found nothing for, typed or otherwise (no near
// spelling, synonym, former name or phrase of the reports): `Christchurch`, `Bataclan`, and the same typed in lower
// case (`beslan`), which people do in chat. Short capitals (`DOE`, `CRT`) are abbreviations a report may spell out,
// and country names are judged as facets, so neither counts here.
function unknownNames(
  text: string,
  concepts: readonly Concept[],
  stems: readonly string[],
  facets: QueryFacets,
): Array<{ word: string; capitalised: boolean }> {
  const capitalised = new Map<string, string>();
  for (const m of text.matchAll(/\p{L}[\p{L}'’]*/gu)) {
    const word = m[0].replace(/['’]s?$/, '');
    if (!couldBeName(word)) continue;
    const stem = cachedStem(word);
    if (stem !== '') capitalised.set(stem, word);
  }
  if (capitalised.size === 0) return [];
  const named = new Set(facets.countries.flatMap((c) => c.aliases.flatMap((a) => a.split(' '))));
  const found = new Set(concepts.filter((c) => c.fill && c.importance > 0).flatMap((c) => c.parts));
  const names: Array<{ word: string; capitalised: boolean }> = [];
  concepts.forEach((concept, i) => {
    if (concept.fill || concept.importance > 0 || found.has(i)) return;
    for (const stem of concept.covers.map((p) => stems[p] ?? '')) {
      const word = capitalised.get(stem);
      if (word !== undefined && !named.has(stem) && isName(word))
        names.push({ word, capitalised: /^\p{Lu}/u.test(word) });
    }
  });
  return names;
}

// The share of the question's other words (each counted once, names aside) that the passage tells in some form;
// a word no report has counts as untold.
function coverage(
  concepts: readonly Concept[],
  told: ReadonlySet<string>,
  names: ReadonlySet<string>,
  stems: readonly string[],
): number {
  let total = 0;
  let covered = 0;
  for (const c of concepts) {
    if (c.fill || c.covers.some((p) => names.has(stems[p] ?? ''))) continue;
    total += 1;
    if (c.alternatives.some((a) => a.stems.length > 0 && a.stems.every((x) => told.has(x)))) covered += 1;
  }
  return total === 0 ? 0 : covered / total;
}
