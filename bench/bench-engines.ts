import Fuse from 'fuse.js';
import type { Passage, Report } from '../src/report/types.js';
import { buildIndex, type SearchIndex, search } from '../src/search/index.js';
import type { BenchQuery } from './build-query-set.js';

/**
 * Something the bench can build over a corpus and query; `search` returns the hit count, which the bench
 * reads so the work is observable.
 */
export interface BenchEngine<Index> {
  name: string;
  build(reports: Report[]): Index;
  search(index: Index, query: BenchQuery): number;
}

/** The page size the Slack app asks for, used by both engines. */
export const BENCH_LIMIT = 5;

/** "Today" for open ranges such as `since October`, fixed so the date queries mean the same on every run. */
export const BENCH_NOW = Date.UTC(2024, 0, 15);

/** Our search: `buildIndex` over the reports, `search` with the query's mode. */
export const OUR_SEARCH: BenchEngine<SearchIndex> = {
  name: 'reportdesk',
  build: (reports) => buildIndex(reports),
  search: (index, query) =>
    search(index, query.text, { mode: query.mode, limit: BENCH_LIMIT, now: BENCH_NOW }).hits.length,
};

/**
 * The baseline: plain Fuse.js with default options over every passage's text, the first thing one would
 * write. It knows nothing of filters, dates or incidents; `place:Almaty kind:attack` is fuzzy text to it.
 */
export const PLAIN_FUSE: BenchEngine<Fuse<Passage>> = {
  name: 'plain Fuse.js',
  build: (reports) =>
    new Fuse(
      reports.flatMap((report) => report.sections.flatMap((section) => section.passages)),
      { keys: ['text'] },
    ),
  search: (fuse, query) => fuse.search(query.text, { limit: BENCH_LIMIT }).length,
};
