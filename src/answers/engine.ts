import type { Report } from '../report/types.js';
import type { SearchOptions, SearchResponse, SectionMatch } from '../search/types.js';

/**
 * What the analysis answers (counts, exports, pictures, comparisons) need of the core: the loaded reports, a search and
 * a section finder bound to one index. The Slack deps satisfy it as they are.
 */
export interface AnalysisEngine {
  reports: readonly Report[];
  search(query: string, options: SearchOptions): SearchResponse;
  findSection(name: string): SectionMatch | null;
  now?: () => number;
}
