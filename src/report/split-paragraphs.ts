import { parseHeading } from './parse-heading.js';
import { TERMINAL_PUNCTUATION } from './vocabulary.js';

/** One paragraph or bullet of report text, before it is assigned to a section. */
export interface Paragraph {
  /** The text, bullet marker removed, whitespace collapsed. */
  text: string;
  /** True when the copy marked it as a bullet (`•`, `-`, `*`, `–`). */
  bullet: boolean;
}

// "•", "-", "*", "–", "▪", "◦", "·" followed by space; "--" (an epigraph's attribution) is not a bullet.
const BULLET = /^(?:[•▪◦·*–]|-(?!-))\s+/;

/**
 * Groups report lines into paragraphs and bullets. A blank line ends a paragraph; a bullet line
 * starts one, with or without blank lines between bullets; a line that continues a sentence
 * (the previous line does not end one and this line starts in lower case, as in
 * "…notification for / goods or services…") is joined to the previous line.
 *
 * @param lines - report lines from `parseHeader`
 * @returns the paragraphs in order, empty ones skipped
 *
 * @example
 * splitParagraphs(['Incidents included:', '  • On May 17, a man…', '  • On July 1, gunmen…']);
 * // [{ text: 'Incidents included:', bullet: false }, { text: 'On May 17, a man…', bullet: true },
 * //  { text: 'On July 1, gunmen…', bullet: true }]
 */
export function splitParagraphs(lines: readonly string[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;

  const close = (): void => {
    if (current !== null) {
      const text = current.text.replace(/\s+/g, ' ').trim();
      if (text !== '') paragraphs.push({ text, bullet: current.bullet });
    }
    current = null;
  };

  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      close();
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      close();
      current = { text: line.slice(bullet[0].length), bullet: true };
      continue;
    }
    const previous: Paragraph | null = current;
    const continues =
      previous !== null &&
      !TERMINAL_PUNCTUATION.test(previous.text) &&
      /^\p{Ll}/u.test(line) &&
      parseHeading(previous.text)?.rest !== '';
    if (previous !== null && continues) {
      previous.text += /\p{L}-$/u.test(previous.text) ? line : ` ${line}`;
      continue;
    }
    close();
    current = { text: line, bullet: false };
  }
  close();
  return paragraphs;
}
