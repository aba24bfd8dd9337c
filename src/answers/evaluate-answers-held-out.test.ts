import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load-corpus.js';
import { parseReports } from '../report/parse-report.js';
import type { EvalQuery } from '../search/index.js';
import { buildAnswerDeps } from './build-answer-deps.js';
import { evaluateAnswers } from './evaluate-answers.js';

// Held-out questions written from the report text, not the code (test/fixtures/eval/extra-*.json).
// The floors sit just under what the answers reach, so a change that loses answers shows here. Each query goes
// through the entry point its mode names, as `reportdesk eval` sends it.
const readQueries = (name: string): EvalQuery[] =>
  (
    JSON.parse(readFileSync(new URL(`../../test/fixtures/eval/${name}`, import.meta.url), 'utf8')) as {
      queries: EvalQuery[];
    }
  ).queries;

const seed = readFileSync(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
// One index of the seed for both seed sets.
const deps = buildAnswerDeps(parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports);

describe('evaluateAnswers on held-out queries', () => {
  it('answers the seed report questions (extra-queries.json: r@1 0.986, r@3 1.0, MRR 0.990)', () => {
    const report = evaluateAnswers(deps, readQueries('extra-queries.json'));
    expect(report.recallAt1).toBeGreaterThanOrEqual(0.95);
    expect(report.recallAt3).toBeGreaterThanOrEqual(0.97);
    expect(report.mrr).toBeGreaterThanOrEqual(0.96);
  });

  it('answers a second, independent set (fresh-queries.json: r@1 0.929, r@3 1.0, MRR 0.964)', () => {
    const report = evaluateAnswers(deps, readQueries('fresh-queries.json'));
    expect(report.recallAt1).toBeGreaterThanOrEqual(0.9);
    expect(report.recallAt3).toBeGreaterThanOrEqual(0.97);
    expect(report.mrr).toBeGreaterThanOrEqual(0.93);
  });

  it('answers questions over the real chapters (extra-fixture-queries.json: r@1 0.963, r@3 1.0, MRR 0.981)', async () => {
    const corpus = await loadCorpus(fileURLToPath(new URL('../../test/fixtures/crt', import.meta.url)));
    const report = evaluateAnswers(buildAnswerDeps(corpus.reports), readQueries('extra-fixture-queries.json'));
    expect(report.recallAt1).toBeGreaterThanOrEqual(0.92);
    expect(report.recallAt3).toBeGreaterThanOrEqual(0.96);
    expect(report.mrr).toBeGreaterThanOrEqual(0.95);
  });
});
