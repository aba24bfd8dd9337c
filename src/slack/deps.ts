import type { Report, Section } from '../report/types.js';
import type { Citation, SearchOptions, SearchResponse, SectionMatch } from '../search/types.js';
import type { SectionSummary } from './blocks/render-section-summary.js';
import type { Answerer } from './answer-request.js';
import type { ReadinessCheck } from './ops-routes.js';

/**
 * The core as the Slack layer uses it, bound to one index. Injected so handlers can be tested
 * with stand-ins and the console can reuse them; {@link buildSlackDeps} binds the real core.
 */
export interface SearchEngine {
  search(query: string, options: SearchOptions): SearchResponse;
  findSection(name: string): SectionMatch | null;
  summarizeSection(report: Report, section: Section): SectionSummary;
  formatCitation(report: Report, section: Section): Citation;
}

export interface SlackDeps {
  reports: readonly Report[];
  engine: SearchEngine;
  /** The clock (ms since epoch), for open date ranges and for event de-duplication. */
  now?: () => number;
  /**
   * What else must hold before the app is ready (GET /ready), e.g. the store is reachable: null when it does, else
   * why not. Reports loaded and Slack's auth.test are checked by the app itself.
   */
  readiness?: ReadinessCheck;
  /** Where answers are computed: a pool of worker threads in the app; absent, on this thread (console, tests). */
  answerer?: Answerer;
}
