import type { SearchOptions, SearchResponse } from '../../search/types.js';
import type { SlackDeps } from '../deps.js';

/** Runs the search with the deps' clock (for open ranges such as `since October`), when one is injected. */
export function searchWithDeps(deps: SlackDeps, query: string, options: Omit<SearchOptions, 'now'>): SearchResponse {
  const now = deps.now?.();
  return deps.engine.search(query, now === undefined ? options : { ...options, now });
}

/** Every section heading of the loaded reports, for "no section called …" answers. */
export function allHeadings(deps: SlackDeps): string[] {
  return deps.reports.flatMap((report) => report.sections.map((section) => section.heading));
}
