/** Abbreviations after which a full stop does not end a sentence (`U.S. Department`, `Gen. Smith`). */
const ABBREVIATIONS = new Set([
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'st',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'corp',
  'co',
  'jr',
  'sr',
]);

/**
 * Splits a paragraph into sentences, keeping each sentence's exact words.
 *
 * @param text - one passage
 * @returns the sentences in order, trimmed
 * @example
 * splitSentences('On May 17, a man blew himself up. The U.S. Embassy said so.')
 * // → ['On May 17, a man blew himself up.', 'The U.S. Embassy said so.']
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  // A candidate end: . ! or ? (optionally followed by a closing quote or bracket), then space, then
  // something that can open a sentence.
  const boundary = /([.!?])(["'”’)\]]*)\s+(?=["“'‘([]?[A-Z0-9•])/g;
  let start = 0;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const [whole, mark = '', closers = ''] = match;
    const end = match.index + mark.length + closers.length;
    if (
      mark === '.' &&
      !closers &&
      endsWithAbbreviation(
        text.slice(Math.max(start, match.index - 40), match.index),
        // (The word whole: "At-Tamimi" is a name, not "At".)
        /^[A-Za-z]+(?=[\s,;:])/.exec(text.slice(match.index + whole.length, match.index + whole.length + 20))?.[0] ??
          '',
      )
    )
      continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = match.index + whole.length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

// Words that open a sentence and are never a name's next word: after a lone capital or an initialism, the stop ends the
// sentence ("… to militants in Park W. Over the course of the year, …", "… cooperated closely with the U.S. In May, …").
const SENTENCE_OPENERS = new Set(
  (
    'The In On Over During After Before Since Throughout At By From A An This These Those That Later Also However ' +
    'Meanwhile Separately Following When While Although Despite As It He She They We There Its Their His Her According ' +
    'Between Under For With Among Some Many Most All Both Several One Two Three Four Five Six Seven Eight Nine Ten ' +
    'Authorities Officials'
  ).split(' '),
);

function endsWithAbbreviation(before: string, next: string): boolean {
  // The caller passes at most the last 40 characters, so this stays linear on a paragraph of many stops.
  const word = /(?:^|[^A-Za-z.])([A-Za-z][A-Za-z.]*)$/.exec(before)?.[1];
  if (!word) return false;
  // A lone capital ("John F. Kennedy") or an initialism with inner dots ("U.S"), unless a sentence's opening follows.
  if (/^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return !SENTENCE_OPENERS.has(next);
  return ABBREVIATIONS.has(word.toLowerCase());
}
