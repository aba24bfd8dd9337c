/**
 * Real chapter texts of the series as a yearly PDF prints them, for the importer's PDF tests: one chapter per
 * country from the copies in test/fixtures, and a word count to measure how many words survive the round trip.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeReportText } from '../../src/report/decode-report-text.js';
import { parseReports } from '../../src/report/parse-report.js';
import { parsePlaceName } from '../../src/report/places.js';
import type { Report } from '../../src/report/types.js';
import type { PdfChapter } from './yearly-pdf.js';

const FIXTURE_DIRS = ['test/fixtures/crt', 'test/fixtures/crt-extra', 'data'];

/** A report's text as paragraphs: each section's heading leads its first passage (`Overview: …`). */
export function reportParagraphs(report: Report): string[] {
  return report.sections.flatMap((section) =>
    section.passages.map((passage, index) =>
      index === 0 && section.heading !== report.country ? `${section.heading}: ${passage.text}` : passage.text,
    ),
  );
}

/** One chapter per country (the longest copy of each), from every fixture copy that names a single country. */
export function loadPdfChapters(): PdfChapter[] {
  const byCountry = new Map<string, PdfChapter>();
  for (const dir of FIXTURE_DIRS) {
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.txt'))
      .sort()) {
      const text = decodeReportText(readFileSync(path.join(dir, name)));
      const { reports } = parseReports(text);
      for (const report of reports) {
        if (parsePlaceName(report.country) !== report.country || reports.length > 1) continue;
        const paragraphs = reportParagraphs(report);
        const known = byCountry.get(report.country);
        if (!known || paragraphs.join(' ').length > known.paragraphs.join(' ').length) {
          byCountry.set(report.country, { country: report.country, paragraphs });
        }
      }
    }
  }
  return [...byCountry.values()];
}

/** The words of a text, as a multiset. */
export function countWords(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** The share of `want`'s words (with their counts) found in `got`. */
export function wordsKept(want: Map<string, number>, got: Map<string, number>): number {
  let total = 0;
  let kept = 0;
  for (const [word, count] of want) {
    total += count;
    kept += Math.min(count, got.get(word) ?? 0);
  }
  return total === 0 ? 1 : kept / total;
}
