import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../report/parse-report.js';
import { buildIndex } from './index/build-index.js';
import { type EvalQuery, evaluate } from './results/evaluate.js';

const seed = readFileSync(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
const { queries } = JSON.parse(readFileSync(new URL('../../test/fixtures/eval/queries.json', import.meta.url), 'utf8')) as {
  queries: EvalQuery[];
};

describe('evaluate', () => {
  const index = buildIndex(parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports);
  const report = evaluate(index, queries);

  it('answers every seed query within the first three hits (recall@3 = 1)', () => {
    expect(report.results.filter((r) => r.rank === null || r.rank > 3)).toEqual([]);
    expect(report.recallAt3).toEqual(1);
  });

  it('answers at least 90% of the seed queries with the first hit (recall@1 ≥ 0.9)', () => {
    expect(report.recallAt1).toBeGreaterThanOrEqual(0.9);
    expect(report.mrr).toBeGreaterThanOrEqual(0.9);
  });

  it('reports one result per query with its timing', () => {
    expect(report.results.length).toEqual(queries.length);
    expect(report.results.filter((r) => !Number.isFinite(r.ms) || r.hits === 0)).toEqual([]);
  });
});

describe('edge cases', () => {
  it('counts a miss as rank null and recall 0', () => {
    const index = buildIndex(parseReports(seed, { file: '' }).reports);
    let t = 0;
    const report = evaluate(index, [{ mode: 'ask', query: 'Atyrau', expect: 'no such phrase anywhere' }], () => (t += 2));
    expect(report).toEqual({
      results: [{ mode: 'ask', query: 'Atyrau', expect: 'no such phrase anywhere', rank: null, ms: 2, hits: 2, top: expect.any(Array) }],
      recallAt1: 0,
      recallAt3: 0,
      mrr: 0,
    });
    // The seed report names Atyrau in two incidents; both are looked at, neither answers.
    expect(report.results[0]?.top).toHaveLength(2);
  });
});
