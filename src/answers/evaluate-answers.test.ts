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
          answered: true,
          ms: 2,
          hits: 2,
          top: expect.any(Array),
        },
      ],
      recallAt1: 0,
      recallAt3: 0,
      mrr: 0,
      recallAt1ByKind: {},
      answeredShare: 1,
      abstainedShare: null,
    });
    // The seed report names Atyrau in two incidents; both are looked at, neither answers.
    expect(report.results[0]?.top).toHaveLength(2);
  });

  it('counts a help request as answered by no hit, as the bot answers it', () => {
    const report = evaluateAnswers(deps, [{ mode: 'incident', query: 'help', expect: 'Atyrau' }]);
    expect(report.results.map((r) => [r.rank, r.hits])).toEqual([[null, 0]]);
  });
});

describe('evaluateAnswers with chapters and abstention', () => {
  const phrase = 'joined the Egmont Group';
  const q = { mode: 'ask' as const, query: 'When did the FIU join the Egmont Group?', expect: phrase };

  it('counts a hit only from the chapter (country and year) of `file`, a dropped copy naming its chapter', () => {
    const report = evaluateAnswers(
      deps,
      [
        { ...q, file: 'crt-2011-kazakhstan.txt', kind: 'country-year' },
        { ...q, file: 'crt-2012-kazakhstan-pdf.txt', kind: 'country-year' },
        { ...q, file: 'copy-of-the-seed.txt', kind: 'general' },
      ],
      undefined,
      10,
      [
        { file: 'x/crt-2012-kazakhstan-pdf.txt', country: 'Kazakhstan', year: 2012 },
        { file: 'x/copy-of-the-seed.txt', country: 'Kazakhstan', year: 2011 },
      ],
    );
    expect(report.results.map((r) => r.rank)).toEqual([1, null, 1]);
    expect(report.recallAt1ByKind).toEqual({ 'country-year': 0.5, general: 1 });
  });

  it('also counts a hit from a chapter listed in `also`', () => {
    const dropped = [{ file: 'x/crt-2012-kazakhstan-pdf.txt', country: 'Kazakhstan', year: 2012 }];
    const report = evaluateAnswers(
      deps,
      [
        { ...q, file: 'crt-2012-kazakhstan-pdf.txt', also: ['crt-2011-kazakhstan.txt'] },
        { ...q, file: 'crt-2012-kazakhstan-pdf.txt', also: ['crt-2013-kazakhstan-pdf.txt'] },
      ],
      undefined,
      10,
      dropped,
    );
    expect(report.results.map((r) => r.rank)).toEqual([1, null]);
  });

  it('scores a question nothing loaded answers on answered only', () => {
    const report = evaluateAnswers(deps, [
      { mode: 'ask', query: 'Christchurch mosque shooting', expect: '', answerable: false },
      q,
    ]);
    expect(report.results.map((r) => [r.rank, r.answered])).toEqual([
      [null, false],
      [1, true],
    ]);
    expect([report.recallAt1, report.answeredShare, report.abstainedShare]).toEqual([1, 1, 1]);
  });
});
