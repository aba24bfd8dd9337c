/** The real parser and index over a few chapters, for the analysis tests (tests only). */
import { readFileSync } from 'node:fs';
import { parseReports } from '../report/parse-report.js';
import { renameReport } from '../report/rename-report.js';
import type { Report } from '../report/types.js';
import { buildIndex, findSection, search } from '../search/index.js';
import type { AnalysisEngine } from './engine.js';

export const SEED = 'data/crt-2011-kazakhstan.txt';
export const FIXTURES = [
  'test/fixtures/crt/crt-2012-kazakhstan-pdf.txt',
  'test/fixtures/crt/crt-2012-kazakhstan-refworld-legacy.txt',
  'test/fixtures/crt/crt-2013-kenya-other.txt',
  'test/fixtures/crt/crt-2017-kenya-other.txt',
];

/** Parses chapters from files (paths from the repository root), giving repeated ids a suffix as the loader does. */
export function loadTestReports(files: readonly string[]): Report[] {
  const reports: Report[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    for (const report of parseReports(text, { file }).reports) {
      let id = report.id;
      for (let n = 2; ids.has(id); n++) id = `${report.id}-${n}`;
      ids.add(id);
      reports.push(id === report.id ? report : renameReport(report, id));
    }
  }
  return reports;
}

export function buildTestEngine(files: readonly string[] = [SEED, ...FIXTURES]): AnalysisEngine {
  const reports = loadTestReports(files);
  const index = buildIndex(reports);
  return {
    reports,
    search: (query, options) => search(index, query, options),
    findSection: (name) => findSection(index, name),
  };
}
