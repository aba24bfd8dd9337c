/**
 * Words of the Country Reports on Terrorism series that the shape rules lean on.
 * These are the series' own heading words (from its country chapters since 2004),
 * not strings picked from any one file.
 */

/** Words and phrases found in the series' section headings ("Countering Terrorist Finance"). */
/** The months as the reports write them, January first (index 0). */
export const MONTH_NAMES: readonly string[] = Object.freeze([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

export const HEADING_KEYWORDS: readonly string[] = Object.freeze([
  'overview',
  'terrorist incidents',
  'incidents',
  'legislation',
  'law enforcement',
  'border security',
  'terrorist finance',
  'terrorist financing',
  'financing of terrorism',
  'countering',
  'cooperation',
  'violent extremism',
  'radicalization',
  'safe haven',
  'safe havens',
  'state sponsor',
  'state sponsors',
  'implications',
  'foreign terrorist organizations',
  'foreign terrorist fighters',
  // The regional programs an overview chapter heads ("Trans-Sahara Counterterrorism Partnership",
  // "Partnership for Regional East Africa Counterterrorism").
  'counterterrorism partnership',
  'east africa counterterrorism',
]);

/** Words a heading never contains because they make it a sentence ("Kazakh authorities made …:"). */
export const SENTENCE_VERBS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'shall',
  'should',
  'must',
  'made',
  'make',
  'makes',
  'took',
  'take',
  'takes',
  'said',
  'says',
  'say',
  'include',
  'includes',
  'included',
  'including',
  'continued',
  'continues',
  'remained',
  'remains',
  'refer',
  'see',
  'became',
  'become',
  'becomes',
  'gave',
  'give',
  'found',
  'went',
  'got',
  'we',
  'you',
  'they',
  'he',
  'she',
  'it',
  'there',
]);

/** Words left lower-case inside a title-case heading ("Regional and International Cooperation"). */
export const SMALL_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'via',
  'vs',
]);

/** Words that mark a text as part of the series (the last check before `not_a_report`). */
export const SERIES_VOCABULARY = /\b(?:counter-?terrorism|terrorism|terrorists?|violent extremis[mt]s?)\b/i;

/** Sentence-ending punctuation, closing quotes and brackets included (`… surrender.`, `… “likely.”`). */
export const TERMINAL_PUNCTUATION = /[.!?:;]["'”’)\]]*$/;

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const STOPS = new Set(['.', '!', '?', ':', ';']);

/**
 * `TERMINAL_PUNCTUATION.test(text)`, read from the end: the closing quotes and brackets, then the stop before them.
 * The regex tries every stop of the text; this looks only at its last few characters.
 *
 * @example
 * endsSentence('… “likely.”'); //=> true
 * endsSentence('Incidents included'); //=> false
 */
export function endsSentence(text: string): boolean {
  let at = text.length - 1;
  while (at >= 0 && CLOSERS.has(text.charAt(at))) at -= 1;
  return at >= 0 && STOPS.has(text.charAt(at));
}
