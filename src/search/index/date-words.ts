/**
 * Which words can begin a date mention, so that the index build reads dates only in the passages that have one of
 * them (about half of the passages have none, and looking for a mention costs ~6 ns a character).
 *
 * A mention starts where `findDateMentions`' start expression matches: at a word boundary (`\b`, ASCII), a month's
 * first three letters (`May`, `Sept.`, also `Marxist`), `q1`–`q4`, four digits followed by `-digit` or `q1`–`q4`
 * (`2011-10`, `2011 Q3`), or one or two digits followed by a month (`31 October`, `1st of May`, where the month word
 * itself is one of these words). Such a position starts a word of the term counter's tokenizer, or lies inside a word
 * with a character other than an ASCII letter or digit (`d'Mars`, `é2011`): every such word counts.
 */

/** The word can begin a date mention wherever it is. */
export const DATE_WORD = 1;
/** Four digits: a date mention when `-` and a digit follow (`2011-10`). */
export const DATE_WORD_IF_DASH = 2;
/** One or two digits, maybe with an ordinal's letters: no mention without a month word, but one may start here. */
export const DATE_WORD_NUMBER = 3;

const MONTH_PREFIXES = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);

/**
 * {@link DATE_WORD}, {@link DATE_WORD_IF_DASH}, {@link DATE_WORD_NUMBER}, or 0 for a word that begins no date mention.
 *
 * @example
 * [dateWordKind('September'), dateWordKind('2011'), dateWordKind('31st'), dateWordKind('police')]; //=> [1, 2, 3, 0]
 */
export function dateWordKind(word: string): number {
  if (!/^[A-Za-z0-9]+$/.test(word)) return DATE_WORD;
  if (/^(?:\d{4})?q[1-4]/i.test(word) || MONTH_PREFIXES.has(word.slice(0, 3).toLowerCase())) return DATE_WORD;
  if (/^\d{4}$/.test(word)) return DATE_WORD_IF_DASH;
  return /^\d{1,2}(?:st|nd|rd|th)?$/i.test(word) ? DATE_WORD_NUMBER : 0;
}
