import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load-corpus.js';
import type { EvalQuery } from '../search/index.js';
import { buildAnswerDeps } from './build-answer-deps.js';
import { evaluateAnswers } from './evaluate-answers.js';

// 77 questions and lookups over the 61 real chapters and the seed, written by someone who read neither the code
// nor the other sets (test/fixtures/eval/multi-chapter-dev.json). A hit must come from the chapter (country and
// year) the question is about; 7 questions nothing loaded answers must get no answer. Each query goes through
// the entry point the bot uses for its mode. The floors sit just under what the search reaches.
const { queries } = JSON.parse(
  readFileSync(new URL('../../test/fixtures/eval/multi-chapter-dev.json', import.meta.url), 'utf8'),
) as {
  queries: EvalQuery[];
};
const folder = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

describe('evaluate on the multi-chapter development set', async () => {
  const corpus = await loadCorpus([folder('test/fixtures/crt'), folder('data')]);
  const deps = buildAnswerDeps(corpus.reports);
  const report = evaluateAnswers(deps, queries, undefined, 10, corpus.duplicates ?? []);

  it('answers from the right chapter (r@1 0.957, r@3 1.0, MRR 0.976; country-year r@1 0.920)', () => {
    expect(report.recallAt1).toBeGreaterThanOrEqual(0.95);
    expect(report.recallAt3).toBeGreaterThanOrEqual(0.98);
    expect(report.mrr).toBeGreaterThanOrEqual(0.97);
    expect(report.recallAt1ByKind['country-year']).toBeGreaterThanOrEqual(0.9);
  });

  it('answers no question that nothing loaded answers, and every other one (1.000)', () => {
    expect(report.results.filter((r) => r.answerable === false && r.answered).map((r) => r.query)).toEqual([]);
    expect(report.answeredShare).toBeGreaterThanOrEqual(0.98);
  });

  it('loads the two copies of the 2011 Kazakhstan and Israel chapters once each', () => {
    expect(corpus.duplicates?.map((d) => d.file.split('/').pop())).toEqual([
      'crt-2011-israel-refworld-legacy.txt',
      'crt-2011-kazakhstan-refworld-legacy.txt',
    ]);
  });
});
