import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseReports } from '../src/report/parse-report.js';
import { ReportParseError } from '../src/report/report-parse-error.js';
import type { Report } from '../src/report/types.js';

/** The real text a synthetic corpus is made from: the seed chapter and every parser fixture. */
export const SEED_REPORT_FILE = 'data/crt-2011-kazakhstan.txt';
export const FIXTURE_DIR = 'test/fixtures/crt';

/** What {@link loadSeedReports} read: the parsed chapters, and the files skipped as unusable. */
export interface SeedReports {
  reports: Report[];
  files: number;
  skipped: Array<{ file: string; message: string }>;
}

/**
 * Reads and parses the seed chapter and the `.txt` fixtures under the repository root, in a fixed
 * (sorted) order so the corpus built from them is the same on every run. A file the parser rejects
 * as a whole (`ReportParseError`) is skipped and named; any other error is a bug and propagates.
 *
 * @param root - the repository root
 * @returns the reports, how many files were read, and the files skipped
 * @example
 * const { reports } = await loadSeedReports(process.cwd());
 * reports[0]?.id; // 'crt-2011-kazakhstan'
 */
export async function loadSeedReports(root: string): Promise<SeedReports> {
  const fixtureDir = path.join(root, FIXTURE_DIR);
  const fixtures = (await readdir(fixtureDir)).filter((name) => name.endsWith('.txt')).sort();
  const files = [path.join(root, SEED_REPORT_FILE), ...fixtures.map((name) => path.join(fixtureDir, name))];
  const seed: SeedReports = { reports: [], files: files.length, skipped: [] };
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    try {
      seed.reports.push(...parseReports(text, { file: path.relative(root, file) }).reports);
    } catch (error) {
      if (!(error instanceof ReportParseError)) throw error;
      seed.skipped.push({ file, message: error.message });
    }
  }
  return seed;
}
