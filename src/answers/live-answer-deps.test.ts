import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../report/parse-report.js';
import { answerMention } from './answer-mention.js';
import { buildAnswerDeps } from './build-answer-deps.js';
import { createLiveAnswerDeps } from './live-answer-deps.js';

const read = (file: string) =>
  parseReports(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), { file }).reports;
const seed = read('data/crt-2011-kazakhstan.txt');
const greece = read('test/fixtures/crt/crt-2006-greece-refworld-new.txt');
const QUESTION = '<@U0> why was Nikos Papanastasiou released from prison?';

describe('createLiveAnswerDeps', () => {
  it('answers from a chapter swapped in while running, through deps taken (and spread) before the swap', () => {
    const live = createLiveAnswerDeps(buildAnswerDeps(seed));
    const spread = { ...live.deps };
    expect(JSON.stringify(answerMention(spread, QUESTION))).not.toContain('health reasons');
    live.swap(buildAnswerDeps([...seed, ...greece]));
    expect(JSON.stringify(answerMention(spread, QUESTION))).toContain('health reasons');
    expect(spread.reports.map((r) => r.id)).toEqual(['crt-2011-kazakhstan', 'crt-2006-greece']);
  });

  it('reads the reports of one snapshot, whole, and refuses writes to them', () => {
    const live = createLiveAnswerDeps(buildAnswerDeps([...seed, ...greece]));
    const { reports } = live.deps;
    expect(Array.isArray(reports)).toBe(true);
    expect([...reports].map((r) => r.country)).toEqual(['Kazakhstan', 'Greece']);
    live.swap(buildAnswerDeps(seed));
    expect(reports.length).toBe(1);
    expect(Reflect.set(reports, 0, greece[0])).toBe(false);
  });
});
