import { SUGGESTION_THRESHOLD } from './fuse-options.js';
import { findNearTerms } from './near-terms.js';
import type { SearchIndex } from './search-index.js';
import { tokenStems } from './tokenize.js';

/**
 * Words of the corpus spelled like `word`, as they are usually written (for "did you mean").
 *
 * @example
 * suggestTerms(index, 'Atyrua'); //=> ['atyrau']
 */
export function suggestTerms(index: SearchIndex, word: string, max = 5): string[] {
  const stem = tokenStems(word)[0];
  if (stem === undefined) return [];
  const near = findNearTerms(index, stem, { threshold: SUGGESTION_THRESHOLD, max });
  return [...new Set(near.map((n) => index.surfaceOf.get(n.stem) ?? n.stem))];
}
