import { parseHeading } from './parse-heading.js';
import type { Paragraph } from './split-paragraphs.js';

/** A section before ids are given: its heading and its passages' text. */
export interface SectionDraft {
  heading: string;
  passages: string[];
}

/** The heading of text that comes before a chapter's first heading. */
export const DEFAULT_HEADING = 'Overview';

/**
 * Splits a chapter's paragraphs into sections at each heading (see `parseHeading`). A heading's own
 * text is not part of the first passage. Text before the first heading goes to an "Overview"
 * section; a chapter with no headings at all (as before 2010) is one section headed `fallbackHeading`.
 *
 * @param paragraphs - the chapter's paragraphs
 * @param options.openingHeading - a chapter title line to head the first section
 * @param options.fallbackHeading - heading of a chapter without headings (its country)
 * @returns the sections in order
 *
 * @example
 * splitSections([{ text: 'Overview: In the wake…', bullet: false }, { text: 'On May 17…', bullet: true }]);
 * // [{ heading: 'Overview', passages: ['In the wake…', 'On May 17…'] }]
 */
export function splitSections(
  paragraphs: readonly Paragraph[],
  options: { openingHeading?: string | null; fallbackHeading?: string } = {},
): SectionDraft[] {
  const parsed = paragraphs.map((paragraph) => ({
    paragraph,
    heading: paragraph.bullet ? null : parseHeading(paragraph.text),
  }));
  const hasHeadings = options.openingHeading != null || parsed.some((entry) => entry.heading !== null);
  const sections: SectionDraft[] = [];
  if (options.openingHeading != null) sections.push({ heading: options.openingHeading, passages: [] });

  for (const { paragraph, heading } of parsed) {
    if (heading !== null) {
      sections.push({ heading: heading.heading, passages: heading.rest === '' ? [] : [heading.rest] });
      continue;
    }
    let current = sections.at(-1);
    if (current === undefined) {
      current = { heading: hasHeadings ? DEFAULT_HEADING : (options.fallbackHeading ?? DEFAULT_HEADING), passages: [] };
      sections.push(current);
    }
    current.passages.push(paragraph.text);
  }
  return sections;
}
