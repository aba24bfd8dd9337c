import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../report/parse-report.js';
import { encodePageValue, ACTION_IDS } from './action-values.js';
import { answerAction } from './answer-action.js';
import type { AnswerDeps } from './answer-deps.js';
import { answerHomeOpened } from './answer-home-opened.js';
import { answerIncidentText } from './answer-incident-command.js';
import { answerMention } from './answer-mention.js';
import { answerWith, type Answerer } from './answer-request.js';
import { buildAnswerDeps } from './build-answer-deps.js';
import { incidentsNotReady } from './incidents-loading.js';
import { HOME_BY_YEAR, INCIDENTS_LOADING, INCIDENTS_NOT_READY } from './messages.js';

const text = readFileSync(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
// As a cold start serves before the incident records are read: the passages, no records, and how far the reading is.
const passagesOnly = parseReports(text, { file: 'seed.txt', incidents: false }).reports;
const loading: AnswerDeps = { ...buildAnswerDeps(passagesOnly), incidentsLoading: () => ({ done: 1200, total: 3300 }) };
const NOTICE = INCIDENTS_LOADING(1200, 3300);
const action = (actionId: string) => ({
  actionId,
  value: encodePageValue({ query: 'Atyrau', offset: 0 }),
  userId: 'U1',
  channelId: 'C1',
  messageTs: '1.1',
  threadTs: '1.1',
  isEphemeral: true,
});

describe('requests for incident records while they are still being read', () => {
  it('get a notice with the progress, never "no matches", from /incident, its counts and its pages', () => {
    for (const request of ['Atyrau', 'country:Kazakhstan count', 'chart attacks in Kazakhstan']) {
      const answer = answerIncidentText(loading, request);
      expect(answer).toMatchObject({ kind: 'private', messages: [{ text: NOTICE, response_type: 'ephemeral' }] });
    }
    for (const id of [ACTION_IDS.incidentNextPage, ACTION_IDS.incidentShare]) {
      expect(answerAction(loading, action(id))).toMatchObject({ kind: 'private', messages: [{ text: NOTICE }] });
    }
    expect(answerMention(loading, '<@U0> how many attacks in Kazakhstan')).toMatchObject({
      kind: 'thread',
      messages: [{ text: NOTICE }],
    });
    expect(NOTICE).toContain('1,200 of 3,300 files');
  });

  it('show on the App Home tab in place of the counts by year and kind', () => {
    const home = JSON.stringify(answerHomeOpened(loading));
    expect(home).toContain(JSON.stringify(NOTICE).slice(1, -1));
    expect(home).not.toContain(HOME_BY_YEAR);
    const full = buildAnswerDeps(parseReports(text, { file: 'seed.txt' }).reports);
    expect(JSON.stringify(answerHomeOpened({ ...full, incidentsLoading: () => null }))).toContain(HOME_BY_YEAR);
  });

  it('still answer help, and questions about the text from the passages', () => {
    expect(JSON.stringify(answerIncidentText(loading, 'help'))).not.toContain('still being read');
    const answer = JSON.stringify(answerMention(loading, '<@U0> who claimed the Atyrau bombings?'));
    expect(answer).not.toContain('still being read');
    expect(answer).toContain('Jund al-Khilafa');
  });

  it('are answered on this thread, not by the workers, whose reports have no records yet', async () => {
    const asked: string[] = [];
    const answerer: Answerer = {
      answer: async (request) => {
        asked.push(request.kind);
        return { inline: true };
      },
    };
    const answer = await answerWith({ ...loading, answerer }, { kind: 'incident-command', text: 'Atyrau' });
    expect(answer).toMatchObject({ kind: 'private', messages: [{ text: NOTICE }] });
    expect(asked).toEqual([]);
    await answerWith({ ...loading, answerer, incidentsLoading: () => null }, { kind: 'message', text: 'Atyrau' });
    expect(asked).toEqual(['message']);
  });

  it('are answered from the records once they are in', () => {
    const full = buildAnswerDeps(parseReports(text, { file: 'seed.txt' }).reports);
    const answer = JSON.stringify(answerIncidentText({ ...full, incidentsLoading: () => null }, 'Atyrau'));
    expect(answer).not.toContain('still being read');
    expect(answer).toMatch(/of 2 matches for “Atyrau”/);
    expect(passagesOnly.flatMap((r) => r.incidents)).toEqual([]);
  });

  it('keep GET /ready at "not ready" with the progress, until the records are in', () => {
    expect(incidentsNotReady(loading)).toBe(INCIDENTS_NOT_READY(1200, 3300));
    expect(incidentsNotReady({ ...loading, incidentsLoading: () => null })).toBeNull();
  });
});
