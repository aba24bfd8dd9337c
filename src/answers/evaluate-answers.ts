import { type EvalQuery, type EvalReport, evaluate } from '../search/index.js';
import type { AnswerDeps } from './answer-deps.js';
import { entryPointHits } from './entry-point-hits.js';

/**
 * Measures recall@1, recall@3 and MRR of what people get: each query goes through the entry point its mode names
 * (`incident`: the /incident lookup; `ask`: a mention), read exactly as the bot and the console read it. Used by
 * `reportdesk eval` and the recall floors in the tests.
 * @param depth - how many hits to look at per query (default 10)
 * @example evaluateAnswers(deps, [{ mode: 'incident', query: 'Atyrua', expect: 'two explosions took place' }]).recallAt1 //=> 1
 */
export function evaluateAnswers(
  deps: AnswerDeps,
  queries: readonly EvalQuery[],
  now: () => number = () => performance.now(),
  depth = 10,
): EvalReport {
  return evaluate(queries, (q, limit) => entryPointHits(deps, q.mode, q.query, limit), now, depth);
}
