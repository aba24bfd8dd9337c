import type { SearchIndex } from '../index/search-index.js';
import { tokenize } from '../index/tokenize.js';
import type { QueryFacets } from './query-facets.js';

/**
 * Words of the question that the reports write only with a capital (`Nairobi`, `Westgate`, `Taliban`, `Maluku`),
 * whatever case they were typed in, countries aside (they are facets). A passage that names none of them is
 * about something else, however many common words it shares: the ranking weighs them as entities and the verdict
 * asks that the answer name one.
 *
 * @param index - the search index (its surface forms say how the reports write a word)
 * @param text - the free text of the question
 * @param facets - the countries and years it names
 * @example properNames(index, 'was there still sectarian fighting in maluku', facets); //=> [{ word: 'maluku', stem: 'maluku' }]
 */
export function properNames(
  index: SearchIndex,
  text: string,
  facets: QueryFacets,
): Array<{ word: string; stem: string }> {
  const named = new Set(facets.countries.flatMap((c) => c.aliases.flatMap((a) => a.split(' '))));
  const names: Array<{ word: string; stem: string }> = [];
  for (const { surface, stem } of tokenize(text)) {
    if (named.has(stem) || /\d/.test(surface) || names.some((n) => n.stem === stem)) continue;
    const lower = surface.toLowerCase();
    const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
    if (!index.surfaces.has(lower) && (index.surfaces.has(capital) || index.surfaces.has(surface.toUpperCase())))
      names.push({ word: surface, stem });
  }
  return names;
}
