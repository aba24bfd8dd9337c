import { baseName, chapterKey, type ChapterKeys, type EvalQuery, type EvalReport, evaluate } from '../search/index.js';
import type { AnswerDeps } from './answer-deps.js';
import { entryPointReply } from './entry-point-hits.js';

/**
 * Measures recall@1, recall@3 and MRR of what people get, and whether the reply answers: each query goes through
 * the entry point its mode names (`incident`: the /incident lookup; `ask`: a mention), read exactly as the bot and
 * the console read it. A query's `file` names its chapter by country and year, among the loaded reports and the
 * copies dropped at load. Used by `reportdesk eval` and the recall floors in the tests.
 * @param depth - how many hits to look at per query (default 10)
 * @param dropped - copies of chapters not loaded (their file still names the chapter)
 * @example evaluateAnswers(deps, [{ mode: 'incident', query: 'Atyrua', expect: 'two explosions took place' }]).recallAt1 //=> 1
 */
export function evaluateAnswers(
  deps: AnswerDeps,
  queries: readonly EvalQuery[],
  now: () => number = () => performance.now(),
  depth = 10,
  dropped: ReadonlyArray<{ file: string; country: string; year: number | null }> = [],
): EvalReport {
  const byFile = new Map<string, string>(dropped.map((d) => [baseName(d.file), chapterKey(d)]));
  for (const r of deps.reports) if (r.file) byFile.set(baseName(r.file), chapterKey(r));
  const byReport = new Map(deps.reports.map((r) => [r.id, chapterKey(r)]));
  const chapters: ChapterKeys = { byFile, byReport };
  return evaluate(queries, (q, limit) => entryPointReply(deps, q.mode, q.query, limit), now, depth, chapters);
}
