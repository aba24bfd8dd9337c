import { joinHyphenated } from './join-hyphenated.js';
import { parseHeading } from './parse-heading.js';
import { endsSentence, MONTH_NAMES } from './vocabulary.js';

/** One paragraph or bullet of report text, before it is assigned to a section. */
export interface Paragraph {
  /** The text, bullet marker removed, whitespace collapsed. */
  text: string;
  /** True when the copy marked it as a bullet (`•`, `-`, `*`, `–`). */
  bullet: boolean;
}

// "•", "-", "*", "–", "▪", "◦", "·" followed by space; "--" (an epigraph's attribution) is not a bullet.
const BULLET = /^(?:[•▪◦·*–]|-(?!-))\s+/;
// A line of a PDF copy wrapped mid-sentence ends with a comma, a small word or a long printed line
// ("… a funeral tent in Sadr City," / "Baghdad, and a second …"); a heading or a short title does not.
// (Or a month, its day on the next line: "On December" / "5, a roadside bomb …".)
const WRAPPED_LINE_END = new RegExp(`(?:,|\\b\\p{Ll}+|\\b(?:${MONTH_NAMES.join('|')}))$`, 'u');
const PRINTED_LINE = 60;
// Whitespace that `replace(/\s+/g, ' ')` would change: any but a single space.
const SPACE_TO_COLLAPSE = /[^\S ]| {2}/;
// A PDF copy's page number, alone on its line between two pages' text ("18", "142").
const PAGE_NUMBER = /^\d{1,4}$/;

/**
 * The length of a full line where the copy is hard-wrapped at a width, with its paragraphs parted by blank lines (a
 * PDF's text): most lines then run on into the next with no sentence ended. Null for a copy with a paragraph per line.
 */
function hardWrapWidth(lines: readonly string[]): number | null {
  let text = 0;
  let runOn = 0;
  let blank = 0;
  const lengths: number[] = [];
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') {
      blank += 1;
      continue;
    }
    text += 1;
    lengths.push(line.length);
    if (!endsSentence(line) && (lines[i + 1] ?? '').trim() !== '') runOn += 1;
  }
  if (text < 10 || blank < 2 || runOn < text * 0.4) return null;
  lengths.sort((a, b) => a - b);
  // (A full line: within a fifth of the width most lines reach.)
  return Math.floor((lengths[Math.floor(lengths.length * 0.8)] ?? 0) * 0.8);
}

/**
 * The line `parseHeader` puts where it dropped a PDF copy's running header ("Country Reports on Terrorism 2017   213")
 * from the body: the page broke there, and a sentence cut at the page's foot goes on after it.
 */
export const PAGE_BREAK = '\f';

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
  const fullLine = hardWrapWidth(lines);
  let current: Paragraph | null = null;
  // The last line added to `current`, and whether blank lines (a page break) came after it.
  let lastLine = '';
  let blankAfter = false;
  // A page number came after the last line: the page broke there, and a cut sentence may go on after it.
  let pageBreak = false;

  const close = (): void => {
    if (current !== null) {
      // Most paragraphs have single spaces only: the replace would copy them unchanged.
      const text = (SPACE_TO_COLLAPSE.test(current.text) ? current.text.replace(/\s+/g, ' ') : current.text).trim();
      if (text !== '') paragraphs.push({ text, bullet: current.bullet });
    }
    current = null;
  };

  for (const raw of lines) {
    if (raw === PAGE_BREAK) {
      if (current !== null && !endsSentence(current.text)) pageBreak = true;
      blankAfter = true;
      continue;
    }
    const line = raw.trim();
    if (line === '') {
      // Kept open only while a sentence is cut: the next line decides whether it goes on across the break.
      if (current !== null && endsSentence(current.text)) close();
      blankAfter = true;
      continue;
    }
    if (PAGE_NUMBER.test(line) && current !== null && !endsSentence(current.text)) {
      pageBreak = true;
      blankAfter = true;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      close();
      current = { text: line.slice(bullet[0].length), bullet: true };
      lastLine = line;
      blankAfter = false;
      pageBreak = false;
      continue;
    }
    const previous: Paragraph | null = current;
    const open = previous !== null && parseHeading(previous.text)?.rest !== '';
    const lowerStart = /^\p{Ll}/u.test(line);
    // A semicolon ends a list item but not a sentence: "…Kirkuk province;" / "more than 40 people were killed".
    const cut = previous !== null && (!endsSentence(previous.text) || previous.text.endsWith(';'));
    const wrapped =
      (!blankAfter || pageBreak) &&
      /^[\p{L}\d(]/u.test(line) &&
      (WRAPPED_LINE_END.test(lastLine) || lastLine.length >= PRINTED_LINE) &&
      previous !== null &&
      !endsSentence(previous.text);
    // ("… through the UN Mission in Mali (MINUSMA)." / "Boko Haram and ISIS-WA continued …": in a copy hard-wrapped at a
    // width, with paragraphs parted by blank lines, a full line that ends a sentence goes on with the next line.)
    const softBreak =
      fullLine !== null &&
      !blankAfter &&
      previous !== null &&
      lastLine.length >= fullLine &&
      /^[\p{Lu}\d"“(]/u.test(line) &&
      parseHeading(line) === null;
    const continues = open && ((cut && (lowerStart || wrapped)) || softBreak);
    blankAfter = false;
    pageBreak = false;
    lastLine = line;
    if (previous !== null && continues) {
      previous.text = /\p{L}-$/u.test(previous.text) ? joinHyphenated(previous.text, line) : `${previous.text} ${line}`;
      continue;
    }
    close();
    current = { text: line, bullet: false };
  }
  close();
  return paragraphs;
}
