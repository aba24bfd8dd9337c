import { joinHyphenated } from './join-hyphenated.js';
import { parseHeading } from './parse-heading.js';
import { endsSentence } from './vocabulary.js';

const LINE_END_BREAK = /<br\s*\/?>\s*$/i;
const BULLET_START = /^(?:[•▪◦·*–]|-(?!-))\s+/;

/**
 * Joins lines that PDF-to-text copies break mid-sentence. Such copies end every printed line with
 * `<br />` and put a blank line after each, so neither the line ends nor the blank lines mark
 * paragraphs. A run of `<br />` lines is joined into one paragraph until a line ends a sentence
 * (`… refused to surrender.<br />`), and the next line starts a bullet or a heading.
 * Lines without a trailing `<br />` are left as they are.
 *
 * @param text - text with `\n` line ends and inline tags already removed
 * @returns the text with each paragraph of a `<br />` run on one line, paragraphs separated by a blank line
 *
 * @example
 * joinBrokenLines('explosions with no reported<br />\n\ncivilian casualties.<br />\n\nOn July 11, a blast<br />');
 * // 'explosions with no reported civilian casualties.\n\nOn July 11, a blast\n'
 */
export function joinBrokenLines(text: string): string {
  if (!/<br\s*\/?>/i.test(text)) return text;
  // A `<br />` inside a line is a line break of its own: "one<br />two" is two lines.
  const lines = text.replace(/<br\s*\/?>(?=[^\n])/gi, '<br />\n').split('\n');
  const out: string[] = [];
  let pending: string | null = null;

  const flush = (): void => {
    if (pending !== null) out.push(pending.trim(), '');
    pending = null;
  };
  const append = (content: string): void => {
    if (pending === null || pending === '') {
      pending = content;
    } else if (/\p{L}-$/u.test(pending) && /^\p{Ll}/u.test(content)) {
      // "counter-<br />terrorism" was one hyphenated word; "kill-<br />ing" one word cut.
      pending = joinHyphenated(pending, content);
    } else {
      pending += ` ${content}`;
    }
  };

  for (const line of lines) {
    const broken = LINE_END_BREAK.test(line);
    const content = line.replace(LINE_END_BREAK, '').trim();
    if (!broken) {
      if (pending === null) {
        if (content !== '' || out.at(-1) !== '') out.push(line);
      } else if (content !== '') {
        // The last line of a run carries no `<br />` when the copy stops there.
        append(content);
        flush();
      }
      continue;
    }
    if (content === '') continue;
    const heading = parseHeading(content);
    if (BULLET_START.test(content) || heading !== null) flush();
    append(content);
    if (endsSentence(content) || (heading !== null && heading.rest === '')) flush();
  }
  flush();
  return out.join('\n');
}
