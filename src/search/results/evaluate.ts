import type { SearchHit } from '../types.js';

/** One retrieval expectation: the first hit whose text (or passage) contains `expect` answers it. */
export interface EvalQuery {
  mode: 'incident' | 'ask';
  query: string;
  expect: string;
}

export interface EvalResult extends EvalQuery {
  /** 1-based rank of the first answering hit among the first `depth`, or null. */
  rank: number | null;
  ms: number;
  /** How many hits were looked at (at most `depth`). */
  hits: number;
  /** The first `depth` hits, best first. */
  top: SearchHit[];
}

/**
 * How one expectation is answered: the bot's entry point the query's mode names (the /incident lookup or a
 * mention, see answers/evaluate-answers.ts), so help and summary requests count as what they are.
 */
export type EvalRunner = (query: EvalQuery, limit: number) => SearchHit[];

export interface EvalReport {
  results: EvalResult[];
  recallAt1: number;
  recallAt3: number;
  /** Mean reciprocal rank (0 for a miss). */
  mrr: number;
}

/**
 * Runs retrieval expectations and measures recall@1, recall@3 and MRR.
 *
 * @param queries - expectations (see test/fixtures/eval/queries.json)
 * @param run - answers one expectation with at most `limit` hits
 * @param now - a clock in ms (default `performance.now`)
 * @param depth - how many hits to look at (default 10)
 * @example
 * evaluate([{ mode: 'incident', query: 'Atyrua', expect: 'two explosions took place' }], run).recallAt1; //=> 1
 */
export function evaluate(
  queries: readonly EvalQuery[],
  run: EvalRunner,
  now: () => number = () => performance.now(),
  depth = 10,
): EvalReport {
  const results = queries.map((q): EvalResult => {
    const start = now();
    const hits = run(q, depth);
    const ms = now() - start;
    const at = hits.findIndex((h) => h.text.includes(q.expect) || h.passageText.includes(q.expect));
    return { ...q, rank: at >= 0 ? at + 1 : null, ms, hits: hits.length, top: hits };
  });
  const n = Math.max(1, results.length);
  return {
    results,
    recallAt1: results.filter((r) => r.rank === 1).length / n,
    recallAt3: results.filter((r) => r.rank !== null && r.rank <= 3).length / n,
    mrr: results.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / n,
  };
}
