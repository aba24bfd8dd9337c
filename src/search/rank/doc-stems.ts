import type { SearchIndex } from '../index/search-index.js';
import { tokenStems } from '../index/tokenize.js';

/**
 * A record's content-word stems in text order, as `tokenStems(text)` gives them, read from the index's word stream
 * (each word's folded form → its term → the term's stem) instead of splitting and stemming the text again: the phrase
 * bonus and the duplicate grouping read some 80 records per question. Falls back to the text when the stream does not
 * hold the record.
 *
 * @example
 * docStems(index, 0); //=> ['kazakhstan', 'continu', …], the same as tokenStems(index.docs[0].text)
 */
export function docStems(index: SearchIndex, doc: number): string[] {
  const { tokens, starts, termOfFold } = index.words;
  if (doc + 1 >= starts.length) return tokenStems(index.docs[doc]?.text ?? '');
  const { vocabulary } = index;
  const from = starts[doc] ?? 0;
  const to = starts[doc + 1] ?? 0;
  const stems: string[] = [];
  for (let i = from; i < to; i++) {
    const term = termOfFold[tokens[i] ?? 0] ?? -1;
    if (term < 0) continue;
    const stem = vocabulary[term];
    if (stem !== undefined) stems.push(stem);
  }
  return stems;
}
