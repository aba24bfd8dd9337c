import { HEADING_KEYWORDS, SENTENCE_VERBS, SMALL_WORDS } from './vocabulary.js';

/** A heading found at the start of a paragraph, and the text after it on the same paragraph. */
export interface ParsedHeading {
  /** The heading as given, without the trailing colon (`2011 Terrorist Incidents`). */
  heading: string;
  /** The paragraph text after the heading ('' when the heading stands alone). */
  rest: string;
}

const MAX_HEADING_WORDS = 10;
const MAX_SHAPE_ONLY_WORDS = 6;

const SPACE = /\s/;

function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text.charAt(at));
}

/**
 * True when more than `MAX_HEADING_WORDS` words stand before the text's first colon (in the whole text when it has
 * none): no heading can start it. Reads only the first few words, so a long paragraph costs no more than a short one.
 */
function tooManyWordsForHeading(text: string): boolean {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length; at += 1) {
    if (isSpace(text, at)) {
      inWord = false;
      continue;
    }
    // A colon ends the part a heading may be, and it had no more words than a heading has.
    if (text.charCodeAt(at) === 58) return false;
    if (!inWord) {
      inWord = true;
      count += 1;
      if (count > MAX_HEADING_WORDS) return true;
    }
  }
  return false;
}

function words(phrase: string): string[] {
  return phrase.split(/\s+/).filter((word) => word !== '');
}

/** `words(phrase)`, but at most the first `max`: a long paragraph is not split whole to count a few words. */
function firstWords(phrase: string, max: number): string[] {
  const list: string[] = [];
  let start = -1;
  for (let at = 0; at <= phrase.length && list.length < max; at += 1) {
    if (at === phrase.length || isSpace(phrase, at)) {
      if (start >= 0) list.push(phrase.slice(start, at));
      start = -1;
    } else if (start < 0) {
      start = at;
    }
  }
  return list;
}

function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** True when the phrase names one of the series' heading words (`Countering Violent Extremism`). */
export function hasHeadingKeyword(phrase: string): boolean {
  const lower = ` ${phrase.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return HEADING_KEYWORDS.some((keyword) => lower.includes(` ${keyword} `));
}

function hasSentenceVerb(phrase: string): boolean {
  return words(phrase).some((raw) => {
    const word = bareWord(raw);
    const lower = word.toLowerCase();
    if (SENTENCE_VERBS.has(lower)) return true;
    // A lower-case past form is a verb in a sentence ("terrorism-related charges", "attacks occurred");
    // capitalised "United", "Armed" belong to names.
    return word === lower && /[a-z]{3,}ed$/.test(lower) && !lower.endsWith('need');
  });
}

function isTitleCase(phrase: string): boolean {
  const list = words(phrase);
  return list.every((raw, index) => {
    const word = bareWord(raw);
    if (word === '') return true;
    if (index > 0 && SMALL_WORDS.has(word.toLowerCase())) return true;
    return /^[\p{Lu}\p{N}]/u.test(word);
  });
}

function isAllCaps(phrase: string): boolean {
  return /\p{L}/u.test(phrase) && phrase === phrase.toUpperCase();
}

/**
 * Shape rules of a heading phrase: short, starts with a capital or a year, no digits elsewhere,
 * no sentence verb, no sentence punctuation; and either one of the series' heading words, or
 * title case of a few words.
 */
function isHeadingPhrase(phrase: string, { allowShapeOnly }: { allowShapeOnly: boolean }): boolean {
  const list = words(phrase);
  if (list.length === 0 || list.length > MAX_HEADING_WORDS) return false;
  if (!/^[\p{Lu}]|^\d{4}\s/u.test(phrase)) return false;
  if (/[.!?;"“”]/.test(phrase.replace(/\b(?:U\.S|U\.N|E\.U)\./g, ''))) return false;
  if (/\d/.test(phrase.replace(/^\d{4}\s/, ''))) return false;
  if (hasSentenceVerb(phrase)) return false;
  if (hasHeadingKeyword(phrase)) return isTitleCase(phrase) || isAllCaps(phrase) || list.length <= 4;
  return (
    allowShapeOnly &&
    list.length >= 2 &&
    list.length <= MAX_SHAPE_ONLY_WORDS &&
    (isTitleCase(phrase) || isAllCaps(phrase))
  );
}

/**
 * Finds a section heading at the start of a paragraph: `Overview: In the wake…`,
 * `Legislation, Law Enforcement, and Border Security: …`, a heading alone on its line
 * (`2020 Terrorist Incidents`, `STATE SPONSOR: IMPLICATIONS`) or alone before bullets
 * (`Notable terrorist incidents:`). A sentence that ends with a colon is not a heading.
 *
 * @param paragraph - one paragraph, whitespace already collapsed
 * @returns the heading and the rest of the paragraph, or null when the paragraph has no heading
 *
 * @example
 * parseHeading('Overview:  The National Liberation Army…');
 * // { heading: 'Overview', rest: 'The National Liberation Army…' }
 * parseHeading('Kazakh authorities made numerous arrests on terrorism-related charges:'); // null
 */
export function parseHeading(paragraph: string): ParsedHeading | null {
  // Most paragraphs are prose: more words before any colon than a heading has.
  if (tooManyWordsForHeading(paragraph)) return null;
  const text = paragraph.trim();
  if (text === '') return null;

  const colon = text.indexOf(':');
  if (colon === -1) {
    // Alone on its line with no colon: only the series' heading words make it a heading,
    // so an epigraph's "UN General Assembly, New York City" stays text.
    return hasHeadingKeyword(text) && isHeadingPhrase(text, { allowShapeOnly: false })
      ? { heading: text, rest: '' }
      : null;
  }

  const prefix = text.slice(0, colon).trim();
  const rest = text.slice(colon + 1).trim();
  if (!isHeadingPhrase(prefix, { allowShapeOnly: true })) return null;
  if (rest === '') return { heading: prefix, rest: '' };

  // "State Sponsor: Implications" is one heading; "Overview: Israel was…" is a heading and text.
  const restWords = firstWords(rest, 4);
  if (restWords.length <= 3 && restWords.every((word) => hasHeadingKeyword(bareWord(word)))) {
    return { heading: `${prefix}: ${rest}`, rest: '' };
  }
  return { heading: prefix, rest };
}
