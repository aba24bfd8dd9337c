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
    if (mark === '.' && !closers && endsWithAbbreviation(text.slice(Math.max(start, match.index - 40), match.index)))
      continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = match.index + whole.length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

function endsWithAbbreviation(before: string): boolean {
  // The caller passes at most the last 40 characters, so this stays linear on a paragraph of many stops.
  const word = /(?:^|[^A-Za-z.])([A-Za-z][A-Za-z.]*)$/.exec(before)?.[1];
  if (!word) return false;
  // A lone capital ("John F. Kennedy") or an initialism with inner dots ("U.S").
  if (/^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
