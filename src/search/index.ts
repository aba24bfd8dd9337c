export { buildIndex } from './index/build-index.js';
export {
  restoreIndexSnapshot,
  restoreIndexSnapshotInSlices,
  storeIndexSnapshot,
  storeIndexSnapshotInSlices,
} from './index/index-snapshot.js';
export {
  baseName,
  type ChapterKeys,
  chapterKey,
  type EvalQuery,
  type EvalReply,
  type EvalReport,
  type EvalResult,
  type EvalRunner,
  evaluate,
} from './results/evaluate.js';
export { findSection, findSections, type SectionLookup } from './results/find-section.js';
export { formatCitation } from './results/format-citation.js';
export { parseQuery } from './query/parse-query.js';
export { search } from './search.js';
export type { SearchDoc, SearchIndex } from './index/search-index.js';
export { summarizeSection } from './results/summarize-section.js';
export type {
  Citation,
  ParsedQuery,
  QueryFilters,
  QueryProblem,
  SearchHit,
  SearchOptions,
  SearchResponse,
  SectionMatch,
} from './types.js';
export * from './messages.js';
