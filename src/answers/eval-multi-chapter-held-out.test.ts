import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load-corpus.js';
import type { EvalQuery } from '../search/index.js';
import { buildAnswerDeps } from './build-answer-deps.js';
import { evaluateAnswers } from './evaluate-answers.js';

// The other half of the multi-chapter set (75 questions and lookups, test/fixtures/eval/multi-chapter-held-out.json),
// written by the same outside annotator and kept away from the search's tuning until its figures were taken: before
// the chapter facets and the verdict r@1 0.797, r@3 0.942, MRR 0.873, country-year 0.840, no-answer unanswered 2 of 6;
// after r@1 0.841, r@3 0.942, MRR 0.891, country-year 0.920, no-answer unanswered 6 of 6, answerable answered 0.942.
// The floors sit just under those figures, so this set guards against regressions; it is no longer untouched.
const { queries } = JSON.parse(
  readFileSync(new URL('../../test/fixtures/eval/multi-chapter-held-out.json', import.meta.url), 'utf8'),
) as { queries: EvalQuery[] };
const folder = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

describe('evaluate on the held-out multi-chapter set', async () => {
  const corpus = await loadCorpus([folder('test/fixtures/crt'), folder('data')]);
  const deps = buildAnswerDeps(corpus.reports);
  const report = evaluateAnswers(deps, queries, undefined, 10, corpus.duplicates ?? []);

  it('answers from the right chapter (r@1 0.913, r@3 0.957, MRR 0.938; country-year r@1 0.960)', () => {
    expect(report.recallAt1).toBeGreaterThanOrEqual(0.9);
    expect(report.recallAt3).toBeGreaterThanOrEqual(0.95);
    expect(report.mrr).toBeGreaterThanOrEqual(0.93);
    expect(report.recallAt1ByKind['country-year']).toBeGreaterThanOrEqual(0.95);
  });

  it('answers no question that nothing loaded answers (6 of 6), and every other one (1.000)', () => {
    expect(report.results.filter((r) => r.answerable === false && r.answered).map((r) => r.query)).toEqual([]);
    expect(report.answeredShare).toBeGreaterThanOrEqual(0.98);
  });
});
