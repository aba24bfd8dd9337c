import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../report/parse-report.js';
import { operatorErrorsMessage, tooBroadMessage } from '../search/messages.js';
import { answerIncidentCommand } from './answer-incident-command.js';
import { answerMention } from './answer-mention.js';
import { renderIncidentHelp } from './blocks/render-help.js';
import { renderQueryProblems } from './blocks/render-query-feedback.js';
import { buildAnswerDeps } from './build-answer-deps.js';
import { describeCorpus } from './corpus-overview.js';
import { INCIDENT_HELP_OPERATORS } from './messages.js';
import { buildOperatorExamples } from './operator-examples.js';

const seed = readFileSync(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
const reports = parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports;
const deps = buildAnswerDeps(reports);
const textOf = (value: unknown): string => JSON.stringify(value);

describe('buildOperatorExamples', () => {
  it('makes each example from the loaded reports, and each finds at least one record', () => {
    const examples = buildOperatorExamples(reports);
    const places = new Set(reports.flatMap((r) => r.incidents.flatMap((i) => i.places)));
    const [first, second] = examples.or.split(' OR ');
    expect(places.has(first ?? '') && places.has(second ?? '')).toBe(true);
    expect(examples.not).toMatch(new RegExp(`^kind:\\w+ NOT ${first}$`));
    expect(examples.wildcard).toMatch(new RegExp(`^${(first ?? '').slice(0, 4)}\\w*\\*$`));
    expect(examples.letter).toMatch(/^\w{3}\?\w+$/);
    expect(examples.near).toMatch(/^"\w+ \w+"~3$/);
    expect(examples.phrase).toMatch(/^"\S+( \S+)+"$/);
    for (const query of Object.values(examples)) {
      const response = deps.engine.search(query, { mode: 'incident', limit: 5 });
      expect({ query, problems: response.problems, found: response.total > 0 }).toEqual({
        query,
        problems: [],
        found: true,
      });
    }
  });

  it('falls back to the ecoi.net examples with no incident records loaded', () => {
    expect(buildOperatorExamples([]).or).toBe('conscription OR desertion');
  });
});

describe('renderIncidentHelp', () => {
  it('shows the operators with the examples from the loaded reports', () => {
    const overview = describeCorpus(reports);
    const help = renderIncidentHelp(overview);
    expect(textOf(help.blocks)).toContain(textOf(INCIDENT_HELP_OPERATORS(overview.operatorExamples)).slice(1, -1));
  });
});

describe('operators at every entry point', () => {
  it('answers /incident with OR, NOT and a phrase as the search does', () => {
    const answer = answerIncidentCommand(deps, 'explosion NOT Atyrau');
    expect(textOf(answer)).toContain('May *explosions* in Aktobe');
    expect(textOf(answer)).not.toContain('Atyrau.');
  });

  it('answers an unreadable query with what was understood and how to write it, in /incident and in a mention', () => {
    const message = operatorErrorsMessage([{ code: 'unclosed_quote', text: '"Special Forces' }], '"special forces"');
    expect(textOf(answerIncidentCommand(deps, '"Special Forces'))).toContain(textOf(message).slice(1, -1));
    expect(textOf(answerMention(deps, '<@U0> "Special Forces'))).toContain(textOf(message).slice(1, -1));
    const lone = operatorErrorsMessage([{ code: 'lone_not', text: 'NOT' }], 'police');
    expect(textOf(answerMention(deps, '<@U0> police NOT'))).toContain(textOf(lone).slice(1, -1));
  });

  it('keeps the asterisk of a wildcard in the problem it shows (code spans), not elsewhere', () => {
    expect(textOf(answerIncidentCommand(deps, 'extrem* NOT'))).toContain('I understood `extrem*`.');
    expect(textOf(renderQueryProblems([{ code: 'syntax', message: tooBroadMessage('a*', 200) }]))).toContain(
      '• `a*` matches more than 200 different words of the reports',
    );
    expect(textOf(renderQueryProblems([{ code: 'syntax', message: 'a *bold* try' }]))).toContain('a ∗bold∗ try');
  });
});
