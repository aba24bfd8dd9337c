import { isCommonEnglishWord } from './english-words.js';

// The word cut by the hyphen at the end of a line, and the rest of it at the start of the next.
const CUT_BEFORE = /(\p{L}+)-$/u;
const CUT_AFTER = /^(\p{Ll}+)/u;

/**
 * Joins a line that ends in a hyphen to the next, as a PDF copy breaks words at a line's end: the hyphen goes where the
 * two parts make one word ("kill-" / "ing 23 people" → "killing 23 people", "Mogadi-" / "shu" → "Mogadishu") and
 * stays where each part is a word of its own ("vehicle-" / "borne" → "vehicle-borne", "Tessa-" / "based" →
 * "Tessa-based") or the next line opens with a capital ("al-" / "Shabaab" → "al-Shabaab": not joined here).
 *
 * @param text - the text so far, ending in a letter and a hyphen
 * @param next - the next line
 * @returns the two joined, with no space between
 *
 * @example
 * joinHyphenated('a suicide bomber in Ulma, kill-', 'ing 23 people'); // 'a suicide bomber in Ulma, killing 23 people'
 * joinHyphenated('a vehicle-', 'borne bomb'); // 'a vehicle-borne bomb'
 */
export function joinHyphenated(text: string, next: string): string {
  const before = CUT_BEFORE.exec(text)?.[1];
  const after = CUT_AFTER.exec(next)?.[1];
  if (before === undefined || after === undefined) return text + next;
  const whole = `${before}${after}`.toLowerCase();
  // (A compound of two words, where the two together are no word: "vehicle-borne", "cross-border"; or of a name and a
  // word: "Tessa-based", "ISIS-linked".)
  const compound =
    !isCommonEnglishWord(whole) &&
    isCommonEnglishWord(after) &&
    (isCommonEnglishWord(before.toLowerCase()) || (/^\p{Lu}/u.test(before) && after.length >= 3));
  return compound ? text + next : text.slice(0, -1) + next;
}
