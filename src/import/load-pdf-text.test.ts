import { beforeAll, describe, expect, it } from 'vitest';
import { countWords, loadPdfChapters, reportParagraphs, wordsKept } from '../../test/support/pdf-chapters.js';
import { type BuiltPdf, buildYearlyPdf, runningHeader } from '../../test/support/yearly-pdf.js';
import { parseReports } from '../report/parse-report.js';
import { loadPdfText } from './load-pdf-text.js';
import { splitChapterTexts } from './split-chapter-texts.js';
import type { ImportedChapter } from './types.js';

const YEAR = 2011;
const URL = 'https://www.state.gov/documents/organization/195768.pdf';
const chapters = loadPdfChapters();
let pdf: BuiltPdf;
let imported: ImportedChapter[];
let problems: string[];

// One PDF for the whole file, built in memory from the real chapter texts of test/fixtures.
beforeAll(async () => {
  pdf = await buildYearlyPdf(chapters, YEAR);
  const layout = await loadPdfText(pdf.bytes);
  ({ chapters: imported, problems } = splitChapterTexts(layout.text, { sourceUrl: URL, year: layout.year }));
}, 60_000);

describe('loadPdfText + splitChapterTexts on a yearly report', () => {
  it('reads a report of 100+ pages with 20+ chapters and hyphenated words', () => {
    expect(pdf.pages).toBeGreaterThanOrEqual(100);
    expect(chapters.length).toBeGreaterThanOrEqual(20);
    expect(pdf.hyphenated).toBeGreaterThan(100);
  });

  it('splits it into exactly its chapters, with their countries and the year of the running header', () => {
    expect(problems).toEqual([]);
    expect(imported.map((chapter) => [chapter.country, chapter.year])).toEqual(
      chapters.map((chapter) => [chapter.country, YEAR]),
    );
  });

  it('keeps at least 99% of the words, in each chapter', () => {
    const want = countWords(chapters.flatMap((chapter) => chapter.paragraphs));
    const got = countWords(imported.flatMap((chapter) => parseReports(chapter.text).reports.flatMap(reportParagraphs)));
    expect(wordsKept(want, got)).toBeGreaterThanOrEqual(0.99);
    chapters.forEach((chapter, index) => {
      const text = imported[index]?.text ?? '';
      expect(wordsKept(countWords(chapter.paragraphs), countWords([text]))).toBeGreaterThanOrEqual(0.98);
    });
  });

  it('leaves no running header, page number or half word behind', () => {
    for (const chapter of imported) {
      const body = chapter.text.split('\n').slice(4).join('\n');
      expect(body).not.toContain(runningHeader(YEAR));
      expect(body).not.toMatch(/^\d+$/m);
    }
    // A word broken at a line end and not joined again would be a word the chapters never had.
    const want = countWords(chapters.flatMap((chapter) => chapter.paragraphs));
    const got = countWords(imported.flatMap((chapter) => parseReports(chapter.text).reports.flatMap(reportParagraphs)));
    expect(wordsKept(got, want)).toBeGreaterThanOrEqual(0.999);
  });

  it('keeps the paragraphs: each chapter reads back as the same sections', () => {
    const sections = (paragraphs: readonly string[]) =>
      parseReports(`Country Reports on Terrorism ${YEAR}\n\n${paragraphs.join('\n\n')}`).reports.flatMap((report) =>
        report.sections.map((section) => section.heading),
      );
    const headings = imported.map((chapter) =>
      parseReports(chapter.text).reports.flatMap((report) => report.sections.map((s) => s.heading)),
    );
    expect(headings).toEqual(chapters.map((chapter) => sections([chapter.country, ...chapter.paragraphs])));
  });
});
