import { parseHeading } from './parse-heading.js';
import { isRegionName, parsePlaceName, parseRegionName } from './places.js';
import type { Paragraph } from './split-paragraphs.js';

/** One chapter of a page: a country chapter, or a regional or State Sponsors overview. */
export interface Chapter {
  /** Country or region named by the line that opened the chapter; for the text before any such line, the caller's. */
  country: string | null;
  /** A chapter title line kept as the heading of the chapter's first section (`Chapter 2. Country Reports: Africa Overview`). */
  openingHeading: string | null;
  /** True for the text before the first chapter line. */
  leading: boolean;
  paragraphs: Paragraph[];
}

const NAME_THEN_HEADING = /^(\p{Lu}[\p{Lu} ,.'’()-]*\p{Lu}\)?)\s+(\p{Lu}\p{Ll}.*)$/u;
const CHAPTER_LINE = /^Chapter\s+(?:\d+|[IVX]+)\s*(?:--|[-–—.:])?\s*(.+)$/i;

const WORD_GAP = /\s+/g;

/** Whether `text.split(/\s+/)` has more than `max` parts, reading no further than the gap that decides it. */
function moreWordsThan(text: string, max: number): boolean {
  WORD_GAP.lastIndex = 0;
  let parts = 1;
  while (WORD_GAP.exec(text) !== null) {
    parts += 1;
    if (parts > max) return true;
  }
  return false;
}

/**
 * The chapter a title line opens: "Chapter 2 -- Country Reports: East Asia and Pacific Overview"
 * → "East Asia and Pacific"; "Chapter 3: State Sponsors of Terrorism" → "State Sponsors of Terrorism";
 * "WESTERN HEMISPHERE OVERVIEW" → "Western Hemisphere".
 */
function parseChapterTitle(text: string): string | null {
  if (moreWordsThan(text, 14) || /[.!?]$/.test(text)) return null;
  const chapter = CHAPTER_LINE.exec(text);
  if (chapter?.[1]) {
    const name = chapter[1]
      .replace(/^Country Reports\s*:\s*/i, '')
      .replace(/\s+Overview$/i, '')
      .trim();
    return name === '' ? null : parseRegionName(name);
  }
  const overview = /^(.+?)\s+Overview$/i.exec(text);
  if (overview?.[1]) {
    const name = parseRegionName(overview[1]);
    if (isRegionName(name)) return name;
  }
  return null;
}

/**
 * Splits a page into chapters. A chapter starts at a chapter title line ("Chapter 2. Country
 * Reports: Europe and Eurasia Overview", "WESTERN HEMISPHERE OVERVIEW") or at a line that is only a
 * country or region name (`CUBA`, `Albania`, `United Kingdom (Northern Ireland)`). A name line that
 * repeats the current chapter's name ("AFRICA" under "Africa Overview") is a repeated title and dropped.
 *
 * @param paragraphs - the page's paragraphs
 * @param options.country - the country the page's title names, for the text before any chapter line
 * @returns the chapters in order; the first is the leading text (possibly empty)
 *
 * @example
 * splitChapters([{ text: 'CUBA', bullet: false }, { text: 'Cuba was designated…', bullet: false }]);
 * // [{ country: null, leading: true, paragraphs: [] , … },
 * //  { country: 'Cuba', openingHeading: null, leading: false, paragraphs: [{ text: 'Cuba was designated…', … }] }]
 */
export function splitChapters(paragraphs: readonly Paragraph[], options: { country?: string | null } = {}): Chapter[] {
  const chapters: Chapter[] = [
    { country: options.country ?? null, openingHeading: null, leading: true, paragraphs: [] },
  ];
  let current = chapters[0] as Chapter;

  for (const original of paragraphs) {
    let paragraph = original;
    // "NIGERIA Overview: Boko Haram continued …": the chapter's name and its first heading on one line.
    const named = paragraph.bullet ? null : NAME_THEN_HEADING.exec(paragraph.text);
    const namedPlace = named?.[1] ? parsePlaceName(named[1]) : null;
    if (named?.[2] && namedPlace !== null && parseHeading(named[2]) !== null) {
      current = { country: namedPlace, openingHeading: null, leading: false, paragraphs: [] };
      chapters.push(current);
      paragraph = { ...paragraph, text: named[2] };
    }
    if (!paragraph.bullet) {
      const chapterName = parseChapterTitle(paragraph.text);
      const placeName = chapterName === null ? parsePlaceName(paragraph.text) : null;
      const name = chapterName ?? placeName;
      if (name !== null) {
        if (
          placeName !== null &&
          current.country !== null &&
          placeName.toLowerCase() === current.country.toLowerCase()
        ) {
          continue;
        }
        current = {
          country: name,
          openingHeading: chapterName === null ? null : paragraph.text,
          leading: false,
          paragraphs: [],
        };
        chapters.push(current);
        continue;
      }
    }
    current.paragraphs.push(paragraph);
  }
  return chapters;
}
