import { readFile } from 'node:fs/promises';
import { decodeReportText } from '../report/decode-report-text.js';
import { ReportParseError } from '../report/report-parse-error.js';
import { type FetchOptions, fetchSource } from './fetch-source.js';
import { ImportError } from './import-error.js';
import { loadPdfText } from './load-pdf-text.js';
import { FILE_UNREADABLE, NO_CHAPTERS, PDF_UNREADABLE } from './messages.js';
import { parseHtmlPage } from './parse-html-page.js';
import { splitChapterTexts } from './split-chapter-texts.js';
import type { ImportedChapter, ImportFailure } from './types.js';
import { ChapterWriter, type WrittenChapter } from './write-chapters.js';

/** Options of `importSources`. */
export interface ImportOptions extends FetchOptions {
  /** The data folder the chapters are written to. */
  dataDir: string;
  /** Sources fetched and read at once (default 2: polite to the sites, enough to hide latency). */
  concurrency?: number;
  /** The year to assume for sources that do not say it. */
  year?: number;
  /** Called after each source. */
  onProgress?: (done: number, total: number) => void;
}

/** What an import did, per chapter and per source. */
export interface ImportSummary {
  chapters: Array<WrittenChapter & { country: string; year: number; source: string }>;
  failures: ImportFailure[];
  /** Chapters of a source that were skipped (no year), while the source's other chapters were written. */
  warnings: string[];
}

const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

function isPdf(bytes: Uint8Array): boolean {
  // "%PDF-" within the first kilobyte, as PDF readers accept.
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

function isHtml(text: string, contentType: string): boolean {
  return /html/i.test(contentType) || /<(?:!doctype html|html|body|head|div|p)\b/i.test(text.slice(0, 4096));
}

/** The chapters of one source (a URL or a file; a page, a PDF or a text copy). */
export async function readSourceChapters(
  source: string,
  options: Omit<ImportOptions, 'dataDir'> = {},
): Promise<{ chapters: ImportedChapter[]; problems: string[] }> {
  let bytes: Uint8Array;
  let url: string | null = null;
  let contentType = '';
  if (isUrl(source)) {
    const fetched = await fetchSource(source, options);
    ({ bytes, contentType } = fetched);
    url = fetched.url;
  } else {
    try {
      bytes = await readFile(source);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
      throw new ImportError('unreadable', FILE_UNREADABLE(source, code === 'ENOENT' ? 'file not found' : code));
    }
  }

  let text: string;
  let year = options.year ?? null;
  if (isPdf(bytes) || /pdf/i.test(contentType)) {
    try {
      const layout = await loadPdfText(bytes);
      text = layout.text;
      year ??= layout.year;
    } catch (error) {
      throw new ImportError(
        'unreadable',
        PDF_UNREADABLE(source, error instanceof Error ? error.message : String(error)),
      );
    }
  } else {
    const decoded = decodeReportText(bytes);
    if (isHtml(decoded, contentType)) {
      const page = parseHtmlPage(decoded, url);
      text = page.text;
      url = page.url;
    } else text = decoded;
  }

  try {
    return splitChapterTexts(text, { sourceUrl: url, year, label: source });
  } catch (error) {
    if (error instanceof ReportParseError) throw new ImportError('no_chapters', NO_CHAPTERS(source));
    throw error;
  }
}

/**
 * Imports chapters of the series from web pages (state.gov, Refworld, ecoi.net), saved `.html` files, yearly-report
 * PDFs and text copies into the data folder, one normalised `.txt` per chapter. A source that fails (404, timeout,
 * not a chapter) is reported and the others go on; chapters are written as their source finishes, so a running
 * app watching the folder sees them arrive.
 *
 * @param sources - addresses and file paths
 * @param options - the data folder, concurrency, fetch policy
 * @returns each chapter written (or kept) and each source that failed, in words
 *
 * @example
 * await importSources(['https://www.state.gov/reports/country-reports-on-terrorism-2021/mali/'], { dataDir: 'data' });
 * // { chapters: [{ file: 'data/crt-2021-mali.txt', outcome: 'written', country: 'Mali', year: 2021, … }], failures: [] }
 */
export async function importSources(sources: readonly string[], options: ImportOptions): Promise<ImportSummary> {
  const writer = await ChapterWriter.open(options.dataDir);
  const summary: ImportSummary = { chapters: [], failures: [], warnings: [] };
  const results: Array<ImportSummary['chapters']> = sources.map(() => []);
  let next = 0;
  let done = 0;

  const work = async (): Promise<void> => {
    while (next < sources.length) {
      const index = next;
      next += 1;
      const source = sources[index] ?? '';
      try {
        const { chapters, problems } = await readSourceChapters(source, options);
        if (chapters.length === 0) {
          summary.failures.push({ source, message: problems[0] ?? NO_CHAPTERS(source) });
        } else {
          summary.warnings.push(...problems);
          for (const chapter of chapters) {
            const written = await writer.write(chapter);
            results[index]?.push({ ...written, country: chapter.country, year: chapter.year, source });
          }
        }
      } catch (error) {
        // Whatever went wrong with one source (a write error too) is that source's failure; the others go on.
        const message =
          error instanceof ImportError
            ? error.message
            : `${source}: ${error instanceof Error ? error.message : String(error)}`;
        summary.failures.push({ source, message });
      }
      done += 1;
      options.onProgress?.(done, sources.length);
    }
  };

  const workers = Math.max(1, Math.min(options.concurrency ?? 2, sources.length));
  await Promise.all(Array.from({ length: workers }, work));
  summary.chapters = results.flat();
  // Failures in the order the sources were given, whatever order they finished in.
  summary.failures.sort((a, b) => sources.indexOf(a.source) - sources.indexOf(b.source));
  return summary;
}
