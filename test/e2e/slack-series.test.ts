import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS, encodeChapterValue } from '../../src/answers/action-values.js';
import {
  CHAPTER_SECTIONS,
  CHOOSE_CHAPTER,
  NO_CHAPTER_FALLBACK,
  NO_CHAPTER_LOADED_BUT,
  SECTION_CHOICES,
  MENTION_BEST_ANSWER,
  NEAREST_NOT_AN_ANSWER,
  NO_SUCH_SECTION,
} from '../../src/answers/messages.js';
import { type Corpus, loadCorpus } from '../../src/corpus/load-corpus.js';
import type { RecordedCall } from './fake-slack.js';
import { callsOf, shown, useHarness } from './harness.js';
import { sendAction, sendCommand, sendEvent } from './signed-request.js';

// The series as a caseworker meets it: the 61 real chapters of test/fixtures/crt and a data folder that holds
// the seed twice (the same chapter saved under two names), through the real Bolt HTTP receiver.
const root = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
let corpus: Corpus | undefined;
const harness = useHarness(async () => {
  const data = mkdtempSync(path.join(tmpdir(), 'reportdesk-series-'));
  copyFileSync(root('data/crt-2011-kazakhstan.txt'), path.join(data, 'crt-2011-kazakhstan.txt'));
  copyFileSync(root('data/crt-2011-kazakhstan.txt'), path.join(data, 'kazakhstan-2011-saved-again.txt'));
  corpus = await loadCorpus([root('test/fixtures/crt'), data]);
  return corpus.reports;
});
let counter = 0;

const only = (method: string): RecordedCall[] => callsOf(harness(), method);

function command(name: string, text: string) {
  counter += 1;
  return sendCommand(harness().url, {
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: 'C0CASES',
    channel_name: 'cases',
    user_id: 'U2CERLKJA',
    user_name: 'caseworker',
    command: name,
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: harness().slack.responseUrl(`cmd-${counter}`),
    trigger_id: `1.2.${counter}`,
  });
}

function click(actionId: string, value: string, threadTs?: string) {
  counter += 1;
  const container =
    threadTs === undefined
      ? { type: 'message', message_ts: '1715000000.123456', channel_id: 'C0CASES', is_ephemeral: true }
      : {
          type: 'message',
          message_ts: '1715000000.654321',
          channel_id: 'C123',
          is_ephemeral: false,
          thread_ts: threadTs,
        };
  return sendAction(harness().url, {
    type: 'block_actions',
    user: { id: 'U2CERLKJA', username: 'caseworker', name: 'caseworker', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container,
    trigger_id: `1.2.${counter}`,
    team: { id: 'T1', domain: 'test' },
    channel: { id: 'C0CASES', name: 'cases' },
    state: { values: {} },
    response_url: harness().slack.responseUrl(`act-${counter}`),
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: '1715000003.1' }],
    // A click on a message in a thread carries that message; an ephemeral one does not.
    ...(threadTs === undefined ? {} : { message: { type: 'message', ts: '1715000000.654321', thread_ts: threadTs } }),
  });
}

async function mention(text: string): Promise<RecordedCall | undefined> {
  const ts = `1515449522.${String(++counter).padStart(6, '0')}`;
  const event = { type: 'app_mention', user: 'U061F7AUR', text, ts, channel: 'C123', event_ts: ts, team: 'T1' };
  const body = {
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    event,
    type: 'event_callback',
    event_id: `EvSeries${counter}`,
    event_time: 1515449522,
    authorizations: [{ enterprise_id: null, team_id: 'T1', user_id: 'U0', is_bot: true, is_enterprise_install: false }],
  };
  expect((await sendEvent(harness().url, body)).status).toBe(200);
  const isReply = (call: RecordedCall) => call.method === 'chat.postMessage' && call.args.thread_ts === ts;
  const calls = await harness().slack.waitFor((all) => all.some(isReply));
  return calls.find(isReply);
}

describe('questions over the series', () => {
  it('answers a country+year question from that chapter, not a neighbouring year', async () => {
    const reply = await mention('<@U0> mexico 2010: do the drug cartels have political or territorial aims?');
    expect(shown(reply)).toContain(MENTION_BEST_ANSWER);
    expect(shown(reply)).toContain('aside from seeking to protect and expand the impunity');
    expect(shown(reply)).toContain('2010');
    expect(shown(reply)).not.toContain('Terrorism 2012 - Mexico');
  });

  it('says plainly that nothing loaded answers, names what is loaded, and offers the nearest match only as not an answer', async () => {
    const reply = await mention('<@U0> kazakhstan 2016 terrorist incidents aktobe gun shop attack');
    expect(reply?.args.text).toContain('The loaded reports say nothing about');
    expect(shown(reply)).toContain('Loaded for Kazakhstan: 2010, 2011, 2012.');
    expect(shown(reply)).toContain(NEAREST_NOT_AN_ANSWER);
    expect(shown(reply)).not.toContain(MENTION_BEST_ANSWER);
  });
});

describe('/report over the series', () => {
  it('asks which chapter with one button per country and year, and posts the one picked', async () => {
    await command('/report', 'summary overview kenya');
    const [choice] = await harness()
      .slack.waitFor(() => only('response_url').length === 1)
      .then(() => only('response_url'));
    expect(choice?.args.text).toContain('Which chapter');
    expect(shown(choice)).toContain(CHOOSE_CHAPTER('overview kenya', 2));
    expect(shown(choice)).toContain('Kenya 2017');
    expect(shown(choice)).toContain('Kenya 2013');
    expect(shown(choice)).toContain(ACTION_IDS.reportPickSummary);
    await click(ACTION_IDS.reportPickSummary, 'crt-2013-kenya/overview');
    await harness().slack.waitFor(() => only('chat.postMessage').length === 2);
    const [summary, full] = only('chat.postMessage');
    expect(shown(summary)).toContain('Summary: Overview');
    expect(full?.args.thread_ts).toBeDefined();
    expect(shown(full)).toContain('Terrorism 2013 - Chapter 2 - Kenya');
  });

  it('says which years are loaded when the country and year asked have no chapter, with a button for each', async () => {
    await command('/report', 'summary overview kenya 2014');
    const [reply] = await harness()
      .slack.waitFor(() => only('response_url').length === 1)
      .then(() => only('response_url'));
    expect(reply?.args.text).toBe(NO_CHAPTER_FALLBACK('Kenya 2014'));
    expect(shown(reply)).toContain(NO_CHAPTER_LOADED_BUT('Kenya 2014', 'Kenya', '2013, 2017'));
    expect(shown(reply)).not.toContain(SECTION_CHOICES);
    const buttons = JSON.stringify(reply?.args.blocks);
    expect(buttons).toContain('"value":"crt-2017-kenya/overview"');
    expect(buttons).toContain('"value":"crt-2013-kenya/overview"');
    await click(ACTION_IDS.reportPickSummary, 'crt-2017-kenya/overview');
    await harness().slack.waitFor(() => only('chat.postMessage').length === 2);
    expect(shown(only('chat.postMessage')[1])).toContain('Terrorism 2017 - Chapter 1 - Kenya');
  });

  it('offers the loaded years of a chapter named with no section, then its sections', async () => {
    await command('/report', 'kenya 2014');
    const [reply] = await harness()
      .slack.waitFor(() => only('response_url').length === 1)
      .then(() => only('response_url'));
    expect(shown(reply)).toContain(NO_CHAPTER_LOADED_BUT('Kenya 2014', 'Kenya', '2013, 2017'));
    expect(JSON.stringify(reply?.args.blocks)).toContain(ACTION_IDS.reportPickChapter);
    await click(ACTION_IDS.reportPickChapter, encodeChapterValue({ reportId: 'crt-2013-kenya', summary: false }));
    const [, sections] = await harness()
      .slack.waitFor(() => only('response_url').length === 2)
      .then(() => only('response_url'));
    expect(shown(sections)).toContain(CHAPTER_SECTIONS('Kenya 2013'));
    expect(JSON.stringify(sections?.args.blocks)).toContain('"value":"crt-2013-kenya/overview"');
  });

  it('asks which chapter to summarize for a mention that fits several, and summarizes the one picked in the thread', async () => {
    const reply = await mention('<@U0> summarize overview');
    expect(shown(reply)).toContain(CHOOSE_CHAPTER('overview', 39));
    expect(shown(reply)).toContain('Germany 2022');
    expect(shown(reply)).not.toContain('Summary: Overview');
    expect(JSON.stringify(reply?.args.blocks)).toContain(ACTION_IDS.sectionSummaryInThread);
    const threadTs = String(reply?.args.thread_ts);
    await click(ACTION_IDS.sectionSummaryInThread, 'crt-2013-kenya/overview', threadTs);
    const isSummary = (call: RecordedCall) =>
      call.method === 'chat.postMessage' && call.args.thread_ts === threadTs && shown(call).includes('Summary');
    const calls = await harness().slack.waitFor((all) => all.some(isSummary));
    expect(shown(calls.find(isSummary))).toContain('Terrorism 2013 - Chapter 2 - Kenya');
  });

  it('says what a named chapter has when it lacks the section', async () => {
    await command('/report', 'kenya 2013 finance');
    const [reply] = await harness()
      .slack.waitFor(() => only('response_url').length === 1)
      .then(() => only('response_url'));
    expect(reply?.args.text).toContain(NO_SUCH_SECTION('Kenya 2013'));
    expect(reply?.args.text).toContain('`Overview`');
  });

  it('lists the chapters by country with their years', async () => {
    await command('/report', 'list');
    const [reply] = await harness()
      .slack.waitFor(() => only('response_url').length === 1)
      .then(() => only('response_url'));
    expect(shown(reply)).toContain('*Kazakhstan*: 2010, 2011, 2012');
    expect(shown(reply)).toContain('*Germany*: 2017, 2020, 2022');
  });
});

describe('a chapter loaded twice', () => {
  it('is loaded once, with a line naming the copy dropped, and answers once', async () => {
    expect(harness().deps.reports.filter((r) => r.country === 'Kazakhstan' && r.year === 2011)).toHaveLength(1);
    expect(corpus?.duplicates?.map((d) => path.basename(d.file)).sort()).toEqual([
      'crt-2011-israel-refworld-legacy.txt',
      'crt-2011-kazakhstan-refworld-legacy.txt',
      'kazakhstan-2011-saved-again.txt',
    ]);
    expect(corpus?.duplicates?.find((d) => d.file.endsWith('kazakhstan-2011-saved-again.txt'))?.message).toContain(
      'not loaded again',
    );
    await command('/incident', 'Atyrau');
    const [reply] = await harness()
      .slack.waitFor(() => only('response_url').length === 1)
      .then(() => only('response_url'));
    // The seed names two Atyrau incidents: each shows once, not once per copy.
    expect(reply?.args.text).toBe('1–2 of 2 matches for “Atyrau”');
  });
});
