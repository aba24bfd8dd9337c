import type { SearchOptions, SearchResponse } from '../search/types.js';
import type { AnswerDeps } from './answer-deps.js';

/** Runs the search with the deps' clock (for open ranges such as `since October`), when one is injected. */
export function searchWithDeps(deps: AnswerDeps, query: string, options: Omit<SearchOptions, 'now'>): SearchResponse {
  const now = deps.now?.();
  return deps.engine.search(query, now === undefined ? options : { ...options, now });
}

/** Every section heading of the loaded reports, for "no section called …" answers. */
export function allHeadings(deps: AnswerDeps): string[] {
  return deps.reports.flatMap((report) => report.sections.map((section) => section.heading));
}
