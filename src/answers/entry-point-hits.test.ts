import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../report/parse-report.js';
import { buildAnswerDeps } from './build-answer-deps.js';
import { entryPointHits } from './entry-point-hits.js';

const seed = readFileSync(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
const deps = buildAnswerDeps(parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports);

describe('entryPointHits', () => {
  it('reads an incident query as /incident does', () => {
    expect(entryPointHits(deps, 'incident', 'Kenkiyak', 10)[0]?.incident?.date).toBe('2011-07-09');
  });

  it('reads a question as a mention does, mention markup and all', () => {
    const [first] = entryPointHits(deps, 'ask', '<@U0> When did the FIU join the Egmont Group?', 10);
    expect(first?.text).toContain('joined the Egmont Group');
  });

  describe('edge cases', () => {
    it('gives no hits where the bot answers with help or a section summary', () => {
      expect(entryPointHits(deps, 'incident', 'help', 10)).toEqual([]);
      expect(entryPointHits(deps, 'ask', 'summarize countering terrorist finance', 10)).toEqual([]);
    });
  });
});
