import { assertReportText } from './assert-report-text.js';
import { cleanText } from './clean-text.js';
import { guessYear } from './guess-year.js';
import { parseIncidents } from './incidents/parse-incidents.js';
import {
  countryGuessedWarning,
  emptyChapterWarning,
  NO_COUNTRY_WARNING,
  NO_YEAR_WARNING,
  NOT_A_REPORT_MSG,
  TRUNCATED_WARNING,
  yearFromPublicationWarning,
  yearFromFileNameWarning,
  yearGuessedWarning,
} from './messages.js';
import { type ParsedHeader, parseHeader } from './parse-header.js';
import { hasHeadingKeyword, parseHeading } from './parse-heading.js';
import { parseSourceUrl } from './parse-source-url.js';
import { guessCountry } from './places.js';
import { ReportParseError } from './report-parse-error.js';
import { slug } from './slug.js';
import { type Chapter, splitChapters } from './split-chapters.js';
import { type Paragraph, splitParagraphs } from './split-paragraphs.js';
import { type SectionDraft, splitSections } from './split-sections.js';
import type { Report, Section } from './types.js';
import { endsSentence, SERIES_VOCABULARY } from './vocabulary.js';

/** Options of `parseReports`. */
export interface ParseReportsOptions {
  /** The path the text was read from, copied to `report.file`. */
  file?: string;
  /**
   * Read the incident records (default true). A cold start of a large folder parses without them first, so that it
   * answers from the passages in seconds, and reads them afterwards (see corpus/load-corpus.ts).
   */
  incidents?: boolean;
}

/** What `parseReports` returns: one report per chapter of the page, and what looked odd. */
export interface ParsedReports {
  reports: Report[];
  warnings: string[];
}

const UNKNOWN_COUNTRY = 'Unknown';
const SERIES_TITLE = 'Country Reports on Terrorism';
const INCIDENTS_HEADING_YEAR = /^(\d{4}) Terrorist Incidents\b/i;

function paragraphsText(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((paragraph) => paragraph.text).join('\n');
}

// A year the file's name gives it: "crt-2004-pakistan.txt", "2011/kazakhstan.txt" (not inside a longer number).
const FILE_NAME_YEAR = /(?<!\d)(199\d|20[0-4]\d)(?!\d)/;

function resolveYear(
  header: ParsedHeader,
  paragraphs: readonly Paragraph[],
  file: string,
  warnings: string[],
): number | null {
  if (header.metaYear !== null) return header.metaYear;
  if (header.title?.year != null) return header.title.year;
  for (const paragraph of paragraphs) {
    const heading = paragraph.bullet ? null : parseHeading(paragraph.text);
    const match = heading === null ? null : INCIDENTS_HEADING_YEAR.exec(heading.heading);
    if (match?.[1]) return Number(match[1]);
  }
  const fromUrl = parseSourceUrl(header.sourceUrl);
  if (fromUrl.year !== null) return fromUrl.year;
  const published =
    header.publicationDate ?? (fromUrl.publicationYear === null ? null : String(fromUrl.publicationYear));
  if (published !== null) {
    // The series appears the year after the year it covers (the 2011 report on 31 July 2012).
    const year = Number(published.slice(0, 4)) - 1;
    warnings.push(yearFromPublicationWarning(year, published));
    return year;
  }
  // Named by whoever saved it ("crt-2004-pakistan.txt"): surer than counting the years the text mentions, which
  // names earlier years too ("who survived two attempts in December 2003").
  const named = FILE_NAME_YEAR.exec(file.split(/[\\/]/).pop() ?? '');
  if (named?.[1]) {
    warnings.push(yearFromFileNameWarning(Number(named[1])));
    return Number(named[1]);
  }
  const guessed = guessYear(paragraphsText(paragraphs));
  if (guessed !== null) {
    warnings.push(yearGuessedWarning(guessed));
    return guessed;
  }
  warnings.push(NO_YEAR_WARNING);
  return null;
}

function resolveCountry(chapter: Chapter, header: ParsedHeader, onlyChapter: boolean, warnings: string[]): string {
  if (header.metaCountry !== null && (chapter.leading || onlyChapter)) return header.metaCountry;
  if (chapter.country !== null) return chapter.country;
  const fromUrl = parseSourceUrl(header.sourceUrl).country;
  if (fromUrl !== null) return fromUrl;
  const guessed = guessCountry(paragraphsText(chapter.paragraphs));
  if (guessed !== null) {
    warnings.push(countryGuessedWarning(guessed));
    return guessed;
  }
  warnings.push(NO_COUNTRY_WARNING);
  return UNKNOWN_COUNTRY;
}

function buildSections(reportId: string, drafts: readonly SectionDraft[]): Section[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const base = `${reportId}/${slug(draft.heading)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    return {
      id,
      heading: draft.heading,
      passages: draft.passages.map((text, index) => ({ id: `${id}/p${index + 1}`, text })),
    };
  });
}

const SITE_LINE_WORDS = 12;

function isSiteLine(paragraph: Paragraph): boolean {
  const heading = paragraph.bullet ? null : parseHeading(paragraph.text);
  return heading === null && paragraph.text.split(/\s+/).length < SITE_LINE_WORDS;
}

/**
 * The chapters worth a report: the leading text before any chapter line is merged into the first
 * chapter when the page's title names no country of its own (an epigraph before "WESTERN
 * HEMISPHERE OVERVIEW"), and dropped when empty.
 */
export function selectChapters(all: Chapter[]): Chapter[] {
  // A list of names with no text under any ("Albania / Austria / Azerbaijan …", a page's country index) opens no chapters.
  const withText = all.filter((chapter, index) => index === 0 || chapter.paragraphs.length > 0);
  const chapters = withText.length > 1 ? withText : all;
  const [leading, ...rest] = chapters;
  if (leading === undefined) return [];
  const first = rest[0];
  if (first === undefined) return [leading];
  if (leading.paragraphs.length === 0) return rest;
  // Short lines with no heading before a country chapter are the site's, not the report's
  // ("Take a fresh look at your lifestyle.", "World terrorism").
  if (leading.country === null && leading.paragraphs.every(isSiteLine)) return rest;
  if (leading.country === null) {
    return [{ ...first, leading: true, paragraphs: [...leading.paragraphs, ...first.paragraphs] }, ...rest.slice(1)];
  }
  return chapters;
}

/**
 * Parses a copy of a Country Reports on Terrorism page (Refworld, ecoi.net, state.gov, a PDF's text)
 * into one report per chapter, with its sections and passages. Pure: text in, data out.
 *
 * @param text - the page text, optionally starting with `#source:`, `#country:`, `#year:` lines
 * @param options.file - the path it was read from, copied to `report.file`
 * @returns the reports and warnings about non-fatal oddities (guessed year or country, truncated text)
 * @throws ReportParseError with code `empty`, `binary` or `not_a_report`
 *
 * @example
 * const { reports } = parseReports('Country Reports on Terrorism 2011 - Kazakhstan\n\nOverview: In the wake…');
 * reports[0]?.id; // 'crt-2011-kazakhstan'
 * reports[0]?.sections[0]?.heading; // 'Overview'
 */
export function parseReports(text: string, options: ParseReportsOptions = {}): ParsedReports {
  const file = options.file ?? '';
  assertReportText(text, file);
  const header = parseHeader(cleanText(text));
  const warnings = [...header.warnings];
  const paragraphs = splitParagraphs(header.lines);

  const hasKnownHeading = paragraphs.some((paragraph) => {
    const heading = paragraph.bullet ? null : parseHeading(paragraph.text);
    return heading !== null && hasHeadingKeyword(heading.heading);
  });
  // The body is joined only for a copy with neither a title nor a known heading.
  if (header.title === null && !hasKnownHeading && !SERIES_VOCABULARY.test(paragraphsText(paragraphs))) {
    throw new ReportParseError('not_a_report', NOT_A_REPORT_MSG, file);
  }

  const last = paragraphs.at(-1);
  if (last !== undefined && !endsSentence(last.text)) warnings.push(TRUNCATED_WARNING);

  const year = resolveYear(header, paragraphs, file, warnings);
  const chapters = selectChapters(splitChapters(paragraphs, { country: header.title?.country ?? null }));
  const usedIds = new Map<string, number>();

  const reports = chapters.map((chapter): Report => {
    const country = resolveCountry(chapter, header, chapters.length === 1, warnings);
    const baseId = `crt-${year ?? 'unknown'}-${slug(country)}`;
    const count = (usedIds.get(baseId) ?? 0) + 1;
    usedIds.set(baseId, count);
    const id = count === 1 ? baseId : `${baseId}-${count}`;

    const titleCountry = header.title?.country;
    const title =
      header.title !== null && titleCountry != null && titleCountry.toLowerCase() === country.toLowerCase()
        ? header.title.title
        : `${SERIES_TITLE}${year === null ? '' : ` ${year}`} - ${country}`;
    const drafts = splitSections(chapter.paragraphs, {
      openingHeading: chapter.openingHeading,
      fallbackHeading: country,
    });
    if (drafts.every((draft) => draft.passages.length === 0)) warnings.push(emptyChapterWarning(country));

    const report: Omit<Report, 'incidents'> = {
      id,
      file,
      title,
      country,
      year,
      publisher: header.publisher,
      publicationDate: header.publicationDate,
      citeAs: header.citeAs,
      sourceUrl: header.sourceUrl,
      sections: buildSections(id, drafts),
    };
    return { ...report, incidents: options.incidents === false ? [] : parseIncidents(report) };
  });

  return { reports, warnings };
}

/**
 * Parses a page expected to hold one chapter; returns its first report.
 *
 * @param text - the page text
 * @param options.file - the path it was read from
 * @returns the first report and all warnings
 * @throws ReportParseError as `parseReports`
 *
 * @example
 * parseReport(seedText).report.country; // 'Kazakhstan'
 */
export function parseReport(text: string, options: ParseReportsOptions = {}): { report: Report; warnings: string[] } {
  const { reports, warnings } = parseReports(text, options);
  const [report] = reports;
  if (report === undefined) throw new ReportParseError('not_a_report', NOT_A_REPORT_MSG, options.file ?? '');
  return { report, warnings };
}
