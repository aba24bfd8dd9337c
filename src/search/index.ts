export { buildIndex } from './build-index.js';
export { chapterKey, type EvalQuery, type EvalReply, type EvalReport, type EvalResult, evaluate } from './evaluate.js';
export { findSection } from './find-section.js';
export { formatCitation } from './format-citation.js';
export { parseQuery } from './parse-query.js';
export { search } from './search.js';
export type { SearchDoc, SearchIndex } from './search-index.js';
export { suggestTerms } from './suggest-terms.js';
export { summarizeSection } from './summarize-section.js';
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
