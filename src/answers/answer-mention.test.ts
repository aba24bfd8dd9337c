import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../report/parse-report.js';
import { buildAnswerDeps } from './build-answer-deps.js';
import { NO_REPORTS_LOADED } from './messages.js';
import { answerIncidentCommand } from './answer-incident-command.js';
import { answerMention } from './answer-mention.js';

const seed = readFileSync(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
const deps = buildAnswerDeps(parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports);
const empty = buildAnswerDeps([]);

const textOf = (answer: ReturnType<typeof answerMention>): string => JSON.stringify(answer);

describe('answerMention', () => {
  it('summarizes a section asked for by name', () => {
    const answer = answerMention(deps, '<@U0> summarize countering terrorist finance');
    expect(answer.kind).toBe('thread');
    expect(textOf(answer)).toContain('Summary: Countering Terrorist Finance');
  });

  it('answers "summarize <something that is not a section>" as a question', () => {
    const answer = answerMention(deps, '<@U0> summarize what happened in Kenkiyak');
    expect(answer.kind).toBe('thread');
    expect(textOf(answer)).toContain('police killed nine armed men');
    expect(textOf(answer)).not.toContain('I found no section');
  });

  describe('edge cases', () => {
    it('lists the sections when a summary names neither a section nor anything in the reports', () => {
      expect(textOf(answerMention(deps, '<@U0> summarize zzqx'))).toContain('I found no section called');
    });
    it('says no reports are loaded, instead of "no match", when data/ held none', () => {
      expect(textOf(answerMention(empty, '<@U0> who claimed the Atyrau bombings?'))).toContain(NO_REPORTS_LOADED);
      expect(JSON.stringify(answerIncidentCommand(empty, 'Atyrau'))).toContain(NO_REPORTS_LOADED);
    });
  });
});
