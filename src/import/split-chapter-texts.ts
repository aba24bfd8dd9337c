import { cleanText } from '../report/clean-text.js';
import { parseHeader } from '../report/parse-header.js';
import { parseReports, selectChapters } from '../report/parse-report.js';
import { splitChapters } from '../report/split-chapters.js';
import { splitParagraphs } from '../report/split-paragraphs.js';
import { NO_CHAPTERS, NO_YEAR } from './messages.js';
import type { ImportedChapter } from './types.js';

/** Options of `splitChapterTexts`. */
export interface SplitChapterOptions {
  /** The page or PDF address, written as `#source:` unless the text already names one. */
  sourceUrl?: string | null;
  /** The year when the text does not say it in a way the parser reads (a PDF's running header). */
  year?: number | null;
  /** How the source is named in problems (`https://…`, `saved/page.html`). */
  label?: string;
}

/** The chapters of one page, and the chapters that could not be written (no year), in words. */
export interface SplitChapters {
  chapters: ImportedChapter[];
  problems: string[];
}

const META_LINE = /^#\s*(source|country|year)\s*:/i;

/**
 * Cuts a page's text (an HTML page turned to text, a PDF's paragraphs, a text copy) into one normalised text per
 * chapter, with the parser's own chapter rules, so a file written from it reads back as exactly that chapter.
 * Each text starts with `#source:`, `#country:`, `#year:`, a title line, the publisher, date and "Cite as" lines
 * the page had, then the chapter's paragraphs, one per line, blank lines between, bullets as `• `.
 *
 * @param pageText - the page as text, paragraphs on their own lines
 * @param options - the source address and a year to assume
 * @returns the chapters in page order, and the ones skipped
 * @throws ReportParseError when the text is no chapter of the series at all
 *
 * @example
 * splitChapterTexts('Country Reports on Terrorism 2011 - Kazakhstan\n\nOverview: In the wake…', { sourceUrl: 'https://x' })
 *   .chapters[0]?.text;
 * // '#source: https://x\n#country: Kazakhstan\n#year: 2011\nCountry Reports on Terrorism 2011 - Kazakhstan\n\nOverview: In the wake…\n'
 */
export function splitChapterTexts(pageText: string, options: SplitChapterOptions = {}): SplitChapters {
  const label = options.label ?? options.sourceUrl ?? 'text';
  const input = withMeta(pageText, options);
  const { reports } = parseReports(input);
  const header = parseHeader(cleanText(input));
  const chapters = selectChapters(
    splitChapters(splitParagraphs(header.lines), { country: header.title?.country ?? null }),
  );
  const result: SplitChapters = { chapters: [], problems: [] };
  if (chapters.length !== reports.length || reports.length === 0) {
    result.problems.push(NO_CHAPTERS(label));
    return result;
  }
  reports.forEach((report, index) => {
    const chapter = chapters[index];
    if (chapter === undefined || chapter.paragraphs.length === 0) return;
    if (report.year === null) {
      result.problems.push(NO_YEAR(label, report.country));
      return;
    }
    const lines: string[] = [];
    if (report.sourceUrl !== null) lines.push(`#source: ${report.sourceUrl}`);
    lines.push(`#country: ${report.country}`, `#year: ${report.year}`, report.title);
    if (report.publisher !== null) lines.push(`Publisher: ${report.publisher}`);
    if (report.publicationDate !== null) lines.push(`Publication Date: ${report.publicationDate}`);
    if (report.citeAs !== null) lines.push(`Cite as: ${report.citeAs}`);
    if (chapter.openingHeading !== null) lines.push('', chapter.openingHeading);
    for (const paragraph of chapter.paragraphs)
      lines.push('', paragraph.bullet ? `• ${paragraph.text}` : paragraph.text);
    result.chapters.push({
      country: report.country,
      year: report.year,
      sourceUrl: report.sourceUrl,
      text: `${lines.join('\n')}\n`,
    });
  });
  return result;
}

/** Puts `#source:` and `#year:` lines on top of a text that has none of its own. */
function withMeta(text: string, options: SplitChapterOptions): string {
  const own = new Set<string>();
  for (const line of text.split('\n', 8)) {
    const match = META_LINE.exec(line.trim());
    if (match?.[1]) own.add(match[1].toLowerCase());
  }
  const meta: string[] = [];
  if (options.sourceUrl && !own.has('source')) meta.push(`#source: ${options.sourceUrl}`);
  if (options.year != null && !own.has('year')) meta.push(`#year: ${options.year}`);
  return meta.length === 0 ? text : `${meta.join('\n')}\n${text}`;
}
