import { parsePlaceName } from '../report/places.js';
import { TERMINAL_PUNCTUATION } from '../report/vocabulary.js';

/** One positioned run of text on a PDF page, as a PDF text layer gives it (y grows upwards). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font size (the height of the run). */
  height: number;
}

/** The text of a PDF laid out again: paragraphs, the running header and page numbers gone. */
export interface PdfLayout {
  /** Paragraphs one per line, blank lines between; larger-type headings on their own lines. */
  text: string;
  /** The year the running header or title names (`Country Reports on Terrorism 2011`), else null. */
  year: number | null;
  pages: number;
  /** Running header, footer, page-number and table-of-contents lines removed. */
  furnitureLines: number;
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

const SERIES_YEAR = /Country Reports? on Terrorism,?\s+(\d{4})/i;
const PAGE_NUMBER = /^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s+(?:of|\/)\s+\d{1,4})?$/i;
// A table-of-contents line: a name, dot leaders, a page number ("Kenya ........ 23").
const CONTENTS_LINE = /(?:\.\s?){4,}\s*\d{1,4}$/;
const BULLET_START = /^[•▪◦·●]\s*/;
// Lines within this many points of a page's top or bottom line are where running headers and footers sit.
const EDGE_LINES = 2;
const HEADING_SCALE = 1.15;

/** Groups a page's runs into lines: runs whose baselines are within half a font size share a line. */
function buildLines(items: readonly PdfTextItem[]): Line[] {
  const sorted = items.filter((item) => item.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && Math.abs(first.y - item.y) <= Math.max(first.height, item.height, 1) * 0.5) group.push(item);
    else groups.push([item]);
  }
  const lines: Line[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of group) {
      // A gap wider than a fifth of the type size between runs is a space the PDF did not write.
      const gap = item.x - end;
      if (text !== '' && !/\s$/.test(text) && !/^\s/.test(item.str) && gap > item.height * 0.2) text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const first = group[0];
    if (first === undefined) continue;
    lines.push({ text, x: first.x, right: end, y: first.y, size: Math.max(...group.map((item) => item.height)) });
  }
  return lines;
}

function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/** The value that occurs most, weighted: the body's type size, its line pitch, its left and right edges. */
function mode(values: ReadonlyArray<readonly [number, number]>): number | null {
  const counts = new Map<number, number>();
  for (const [value, weight] of values) counts.set(value, (counts.get(value) ?? 0) + weight);
  let best: number | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

const isPlaceLine = (text: string): boolean => /^\p{Lu}.*[\p{L})]$/u.test(text) && parsePlaceName(text) !== null;

const round = (value: number): number => Math.round(value * 2) / 2;

/**
 * Lays a PDF's positioned text out again as paragraphs: runs grouped into lines by their baseline, lines into
 * paragraphs by the gaps between them (and first-line indents, bullets, larger type); the running header, footer
 * and page numbers (lines at a page's top or bottom that repeat on many pages, bare numbers) and the table of
 * contents' lines (`Kenya ........ 23`) removed; a word
 * hyphenated at a line end joined again, keeping the hyphen only where the document writes the word with one
 * elsewhere (`counter-terrorism`); a paragraph broken by a page break joined across it. Pure.
 *
 * @param pages - each page's text runs
 * @returns the text, the year of the running header, and what was removed
 *
 * @example
 * parsePdfLayout([[{ str: 'Country Reports on Terrorism 2011', x: 72, y: 745, width: 140, height: 9 },
 *   { str: 'KENYA', x: 72, y: 680, width: 47, height: 14 }, { str: 'Overview: Kenya…', x: 72, y: 650, width: 300, height: 11 }]]);
 * // { text: 'KENYA\n\nOverview: Kenya…', year: 2011, pages: 1, furnitureLines: 1 }
 */
export function parsePdfLayout(pages: ReadonlyArray<readonly PdfTextItem[]>): PdfLayout {
  const pageLines = pages.map(buildLines);

  // Running headers and footers: the same line (numbers aside) at the top or bottom of many pages.
  const edgeCounts = new Map<string, number>();
  for (const lines of pageLines) {
    const keys = new Set(
      [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((line) => furnitureKey(line.text)),
    );
    for (const key of keys) edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
  }
  const repeatFloor = Math.max(3, Math.ceil(pages.length * 0.3));
  const years = new Map<number, number>();
  let furnitureLines = 0;
  const bodyPages = pageLines.map((lines) =>
    lines.filter((line, index) => {
      const atEdge = index < EDGE_LINES || index >= lines.length - EDGE_LINES;
      // Running headers are short ("Country Reports on Terrorism 2011"); a repeated sentence is report text.
      const repeated =
        (edgeCounts.get(furnitureKey(line.text)) ?? 0) >= repeatFloor && line.text.split(' ').length <= 12;
      const year = SERIES_YEAR.exec(line.text)?.[1];
      if (year && (repeated || atEdge)) years.set(Number(year), (years.get(Number(year)) ?? 0) + 1);
      const furniture = (atEdge && (repeated || PAGE_NUMBER.test(line.text))) || CONTENTS_LINE.test(line.text);
      if (furniture) furnitureLines += 1;
      return !furniture;
    }),
  );

  const all = bodyPages.flat();
  const bodySize = mode(all.map((line) => [round(line.size), line.text.length])) ?? 10;
  const bodyLines = all.filter((line) => round(line.size) === bodySize);
  const left = mode(bodyLines.map((line) => [round(line.x), 1])) ?? 0;
  const right = Math.max(...bodyLines.map((line) => line.right), 0);
  const pitches: Array<[number, number]> = [];
  for (const lines of bodyPages) {
    for (let i = 1; i < lines.length; i += 1) {
      const [above, below] = [lines[i - 1], lines[i]];
      if (above && below && round(above.size) === bodySize && round(below.size) === bodySize) {
        pitches.push([round(above.y - below.y), 1]);
      }
    }
  }
  const pitch = mode(pitches) ?? bodySize * 1.2;

  // Words the document writes with a hyphen inside a line: those keep it when a line end splits them.
  const hyphenated = new Set<string>();
  for (const line of all)
    for (const word of line.text.match(/\p{L}+(?:-\p{L}+)+/gu) ?? []) hyphenated.add(word.toLowerCase());

  const paragraphs: string[] = [];
  let current = '';
  let previous: Line | null = null;
  let previousPlaceLine = false;
  const flush = (): void => {
    if (current !== '') paragraphs.push(current);
    current = '';
  };
  const append = (text: string): void => {
    const broken = /(\p{L}+)-$/u.exec(current);
    if (broken?.[1] && /^\p{Ll}/u.test(text)) {
      const tail = /^\p{L}+/u.exec(text)?.[0] ?? '';
      const keep = hyphenated.has(`${broken[1]}-${tail}`.toLowerCase());
      current = keep ? current + text : current.slice(0, -1) + text;
    } else if (broken && /^\p{Lu}/u.test(text)) {
      // "al-" / "Shabaab", "Colombia-" / "Venezuela": a hyphen before a capital belongs to the word.
      current += text;
    } else current = current === '' ? text : `${current} ${text}`;
  };

  bodyPages.forEach((lines, pageIndex) => {
    lines.forEach((line, index) => {
      const heading = line.size > bodySize * HEADING_SCALE;
      const previousHeading = previous !== null && previous.size > bodySize * HEADING_SCALE;
      // A line that is only a country or region name ("Kenya"), after a full stop, opens a chapter even in body type.
      const placeLine =
        isPlaceLine(line.text) && (previous === null || previousHeading || TERMINAL_PUNCTUATION.test(previous.text));
      // A heading's lines stay together ("Country Reports on / Terrorism 2011"); text after a heading starts anew.
      let breaks =
        previous === null ||
        heading !== previousHeading ||
        BULLET_START.test(line.text) ||
        placeLine ||
        previousPlaceLine;
      if (heading && previous !== null && !breaks)
        breaks = round(previous.size) !== round(line.size) || previous.y - line.y > line.size * 2;
      else if (!breaks && previous !== null) {
        if (index === 0 && pageIndex > 0) {
          // Across a page break the paragraph goes on when the last line ran to the margin or ended mid-sentence.
          const full = previous.right >= right - bodySize * 2;
          breaks = !full && TERMINAL_PUNCTUATION.test(current);
        } else {
          const gap = previous.y - line.y;
          const indented = line.x > left + bodySize * 0.8 && previous.x <= left + 1;
          breaks = gap > pitch * 1.35 || indented;
        }
      }
      if (breaks) flush();
      append(line.text.replace(BULLET_START, '• '));
      previous = line;
      previousPlaceLine = placeLine;
    });
  });
  flush();

  const year = mode([...years].map(([value, count]) => [value, count]));
  return { text: paragraphs.join('\n\n'), year, pages: pages.length, furnitureLines };
}
