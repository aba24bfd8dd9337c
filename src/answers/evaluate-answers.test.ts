import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../report/parse-report.js';
import type { EvalQuery } from '../search/index.js';
import { buildAnswerDeps } from './build-answer-deps.js';
import { evaluateAnswers } from './evaluate-answers.js';

const seed = readFileSync(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
const { queries } = JSON.parse(
  readFileSync(new URL('../../test/fixtures/eval/queries.json', import.meta.url), 'utf8'),
) as {
  queries: EvalQuery[];
};
const deps = buildAnswerDeps(parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports);

// The recall floors run through the entry points the bot, the console and `reportdesk eval` use.
describe('evaluateAnswers', () => {
  const report = evaluateAnswers(deps, queries);

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
    let t = 0;
    const clock = () => {
      t += 2;
      return t;
    };
    const report = evaluateAnswers(deps, [{ mode: 'ask', query: 'Atyrau', expect: 'no such phrase anywhere' }], clock);
    expect(report).toEqual({
      results: [
        {
          mode: 'ask',
          query: 'Atyrau',
          expect: 'no such phrase anywhere',
          rank: null,
          ms: 2,
          hits: 2,
          top: expect.any(Array),
        },
      ],
      recallAt1: 0,
      recallAt3: 0,
      mrr: 0,
    });
    // The seed report names Atyrau in two incidents; both are looked at, neither answers.
    expect(report.results[0]?.top).toHaveLength(2);
  });

  it('counts a help request as answered by no hit, as the bot answers it', () => {
    const report = evaluateAnswers(deps, [{ mode: 'incident', query: 'help', expect: 'Atyrau' }]);
    expect(report.results.map((r) => [r.rank, r.hits])).toEqual([[null, 0]]);
  });
});
