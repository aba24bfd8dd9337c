import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeReportText } from '../report/decode-report-text.js';
import {
  FILE_NOT_FOUND,
  FILE_TOO_LARGE,
  DUPLICATE_CHAPTER,
  FOLDER_NOT_FOUND,
  IS_A_FOLDER,
  NO_TEXT_FILES,
  NOT_A_FILE,
  NOT_A_FOLDER,
  PERMISSION_DENIED,
} from './messages.js';
import { parseReports } from '../report/parse-report.js';
import { ReportParseError } from '../report/report-parse-error.js';
import { findDuplicateChapters } from '../report/find-duplicate-chapters.js';
import { renameReport } from '../report/rename-report.js';
import type { Report } from '../report/types.js';

/** A file that could not be read as a chapter, and why, in words a person can act on. */
export interface CorpusError {
  file: string;
  message: string;
}

/** A second copy of a chapter (same country and year, mostly the same text), not loaded; the richer copy is. */
export interface DuplicateChapter {
  /** The copy dropped. */
  file: string;
  /** The copy kept. */
  keptFile: string;
  country: string;
  year: number | null;
  /** The log line that says which was dropped. */
  message: string;
}

export interface Corpus {
  reports: Report[];
  /** Copies of a chapter already loaded from another file (see {@link DuplicateChapter}). */
  duplicates?: DuplicateChapter[];
  errors: CorpusError[];
  warnings: Array<{ file: string; message: string }>;
  /** How many files were read. */
  files: number;
  /** The folder itself is missing (or is a file): a setting to fix, not a file to skip. */
  missingFolder?: boolean;
}

export interface LoadOptions {
  /** Called after each file when there are many, to show progress (`loaded 120/3000 files`). */
  onProgress?: (done: number, total: number) => void;
}

/** Files larger than this are not chapters of the series (the longest chapters are well under 1 MB). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads every `.txt` file under a folder (recursively), or under each of several folders, as chapters of the
 * series. A file that cannot be read or parsed becomes an error naming it; the other files still load.
 * @example (await loadCorpus(['test/fixtures/crt', 'data'])).reports.length //=> 62
 */
export async function loadCorpus(dir: string | readonly string[], options: LoadOptions = {}): Promise<Corpus> {
  const dirs = typeof dir === 'string' ? [dir] : dir;
  const files: string[] = [];
  const errors: CorpusError[] = [];
  let missingFolder = false;
  for (const folder of dirs) {
    try {
      const found = await listTextFiles(folder);
      if (found.length === 0) errors.push({ file: folder, message: NO_TEXT_FILES(folder) });
      files.push(...found);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      errors.push({ file: folder, message: code === 'ENOENT' ? FOLDER_NOT_FOUND(folder) : NOT_A_FOLDER(folder) });
      missingFolder = true;
    }
  }
  if (missingFolder && files.length === 0) return { reports: [], errors, warnings: [], files: 0, missingFolder: true };
  const corpus = await loadFiles(files, options);
  corpus.errors.push(...errors);
  return corpus;
}

/** Reads the named files as chapters; each failure is an error naming the file. */
export async function loadFiles(files: readonly string[], options: LoadOptions = {}): Promise<Corpus> {
  const corpus: Corpus = { reports: [], errors: [], warnings: [], files: files.length };
  const ids = new Map<string, number>();
  let done = 0;
  for (const file of files) {
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error(NOT_A_FILE);
      if (info.size > MAX_FILE_BYTES) throw new Error(FILE_TOO_LARGE(Math.round(info.size / 1048576)));
      // Copies saved on Windows are often Windows-1252, not UTF-8: decode the bytes, don't assume.
      const text = decodeReportText(await readFile(file));
      const { reports, warnings } = parseReports(text, { file });
      for (const message of warnings) corpus.warnings.push({ file, message });
      for (const report of reports) {
        const seen = ids.get(report.id) ?? 0;
        ids.set(report.id, seen + 1);
        corpus.reports.push(seen === 0 ? report : renameReport(report, `${report.id}-${seen + 1}`));
      }
    } catch (error) {
      corpus.errors.push({ file, message: describeError(error) });
    }
    done += 1;
    options.onProgress?.(done, files.length);
  }
  // Two copies of one chapter (Refworld and state.gov) would answer every question twice: the richer stays.
  const { reports, duplicates } = findDuplicateChapters(corpus.reports);
  corpus.reports = reports;
  corpus.duplicates = duplicates.map(({ dropped, kept }) => ({
    file: dropped.file,
    keptFile: kept.file,
    country: kept.country,
    year: kept.year,
    message: DUPLICATE_CHAPTER(dropped.file, kept.file, `${kept.country} ${kept.year ?? ''}`.trim()),
  }));
  return corpus;
}

async function listTextFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.txt'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function describeError(error: unknown): string {
  if (error instanceof ReportParseError)
    return error.file ? error.message.replace(` (${error.file})`, '') : error.message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return FILE_NOT_FOUND;
    if (code === 'EACCES') return PERMISSION_DENIED;
    if (code === 'EISDIR') return IS_A_FOLDER;
    return error.message;
  }
  return String(error);
}
