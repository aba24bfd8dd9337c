import { describe, expect, it } from 'vitest';
import { ACTION_IDS, encodePageValue } from '../../src/answers/action-values.js';
import { BUTTON_EXPIRED, SECTION_NOT_FOUND } from '../../src/answers/messages.js';
import { GENERIC_ERROR, MALFORMED_REQUEST, NOT_IN_CHANNEL, RATE_LIMITED, TOO_LONG } from '../../src/slack/messages.js';
import type { RecordedCall } from './fake-slack.js';
import { callsOf, commandFields, EXPLODING_QUERY, shown, useHarness } from './harness.js';
import { sendAction, sendCommand, sendEvent, sendRaw } from './signed-request.js';

const SECTIONS = {
  incidents: 'crt-2011-kazakhstan/2011-terrorist-incidents',
  finance: 'crt-2011-kazakhstan/countering-terrorist-finance',
};

const harness = useHarness();
let counter = 0;

const only = (method: string): RecordedCall[] => callsOf(harness(), method);

const command = (name: string, text: string) => sendCommand(harness().url, commandFields(harness(), name, text));

function click(actionId: string, value: string, where: { ephemeral?: boolean; threadTs?: string } = {}) {
  counter += 1;
  const ephemeral = where.ephemeral ?? true;
  return sendAction(harness().url, {
    type: 'block_actions',
    user: { id: 'U2CERLKJA', username: 'roadrunner', name: 'roadrunner', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: {
      type: 'message',
      message_ts: '1715000000.123456',
      channel_id: 'C0INCIDENTS',
      is_ephemeral: ephemeral,
      ...(where.threadTs === undefined ? {} : { thread_ts: where.threadTs }),
    },
    trigger_id: `1.2.${counter}`,
    team: { id: 'T1', domain: 'test' },
    channel: { id: 'C0INCIDENTS', name: 'incidents' },
    ...(ephemeral
      ? {}
      : {
          message: {
            type: 'message',
            ts: '1715000000.123456',
            text: 'answer',
            ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
          },
        }),
    state: { values: {} },
    response_url: harness().slack.responseUrl(`act-${counter}`),
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: '1715000003.1' }],
  });
}

function envelope(event: Record<string, unknown>, eventId = `Ev${++counter}`) {
  return {
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    event: { event_ts: event.ts, team: 'T1', ...event } as Record<string, unknown>,
    type: 'event_callback',
    event_id: eventId,
    event_time: 1515449522,
    authorizations: [{ enterprise_id: null, team_id: 'T1', user_id: 'U0', is_bot: true, is_enterprise_install: false }],
  };
}

function mention(text: string, extra: Record<string, unknown> = {}) {
  return envelope({
    type: 'app_mention',
    user: 'U061F7AUR',
    text,
    ts: `1515449522.${String(++counter).padStart(6, '0')}`,
    channel: 'C123',
    ...extra,
  });
}

/**
 * Proves the app is done with earlier events instead of sleeping: sends one ordinary mention and
 * waits for its reply (and for `alsoWaitFor`). Bolt acks an event before running its listeners, so
 * replies need not come in the order the events were sent: callers compare the calls other than
 * the sentinel's reply, which are returned.
 */
async function afterSentinel(alsoWaitFor: (calls: RecordedCall[]) => boolean = () => true): Promise<RecordedCall[]> {
  const sentinel = mention('<@U0> Atyrau');
  await sendEvent(harness().url, sentinel);
  const isReply = (call: RecordedCall) =>
    call.method === 'chat.postMessage' && call.args.thread_ts === sentinel.event.ts;
  const calls = await harness().slack.waitFor((all) => all.some(isReply) && alsoWaitFor(all));
  expect(calls.filter(isReply)).toHaveLength(1);
  return calls.filter((call) => !isReply(call));
}

describe('/incident', () => {
  it('acks at once and answers privately with highlighted, cited incidents', async () => {
    const response = await command('/incident', 'Atyrau');
    expect(response.status).toBe(200);
    const [reply] = await harness()
      .slack.waitFor(() => only('response_url').length === 1)
      .then(() => only('response_url'));
    expect(reply?.args.response_type).toBe('ephemeral');
    expect(reply?.args.text).toBe('1–2 of 2 matches for “Atyrau”');
    expect(shown(reply)).toContain('in *Atyrau*');
    expect(shown(reply)).toContain('31 October 2011');
    expect(shown(reply)).toContain('United States Department of State · 31 July 2012');
    expect(shown(reply)).toContain(ACTION_IDS.incidentShare);
  });

  it('explains the query language with examples from the data for an empty text and for help', async () => {
    await command('/incident', '');
    await command('/incident', 'help');
    await harness().slack.waitFor(() => only('response_url').length === 2);
    for (const reply of only('response_url')) {
      expect(shown(reply)).toContain('place:');
      expect(shown(reply)).toContain('/incident Shubarshy');
      expect(shown(reply)).toContain('/incident May 17');
    }
  });

  it('says when nothing matches, and shows the query’s problems', async () => {
    await command('/incident', 'Zzyzx');
    await command('/incident', 'February 30');
    await harness().slack.waitFor(() => only('response_url').length === 2);
    const [none, invalid] = only('response_url');
    expect(shown(none)).toContain('No incident records match “Zzyzx”');
    expect(shown(invalid)).toContain('is not a valid date');
  });

  it('answers a 5,000-character query within Slack’s limits', async () => {
    await command('/incident', 'Atyrau '.repeat(715));
    const [reply] = await harness()
      .slack.waitFor(() => only('response_url').length === 1)
      .then(() => only('response_url'));
    expect(shown(reply)).toContain('500 characters');
  });

  it('never posts a broadcast, a user mention or a disguised link from the query', async () => {
    await command('/incident', '<!channel> <@U123> <https://evil.example|State Dept> @here &amp;amp; Atyrau');
    await command('/incident', '&lt;!here&gt; &lt;@U123&gt;');
    await harness().slack.waitFor(() => only('response_url').length === 2);
    for (const reply of only('response_url')) {
      const text = shown(reply);
      for (const bad of ['<!channel>', '<!here>', '<@U123>', '<https://evil', '@here']) expect(text).not.toContain(bad);
    }
    expect(shown(only('response_url')[0])).toContain('&amp;amp;');
    expect(shown(only('response_url')[0])).not.toContain('&amp;amp;amp;');
  });

  it('answers privately when the search throws, and keeps serving', async () => {
    await command('/incident', EXPLODING_QUERY);
    await harness().slack.waitFor(() => only('response_url').length === 1);
    expect(only('response_url')[0]?.args.text).toBe(GENERIC_ERROR);
    await command('/incident', 'Atyrau');
    await harness().slack.waitFor(() => only('response_url').length === 2);
  });
});

describe('buttons on /incident results', () => {
  it('Next 5 replaces the message with the next page', async () => {
    expect((await click(ACTION_IDS.incidentNextPage, encodePageValue({ query: 'police', offset: 5 }))).status).toBe(
      200,
    );
    const [reply] = await harness()
      .slack.waitFor(() => only('response_url').length === 1)
      .then(() => only('response_url'));
    expect(reply?.args.replace_original).toBe(true);
    expect(reply?.args.text).toBe('6–9 of 9 matches for “police”');
  });

  it('Share in channel posts the result for everyone and removes the private copy', async () => {
    await click(ACTION_IDS.incidentShare, encodePageValue({ query: 'Atyrau', offset: 0 }));
    await harness().slack.waitFor(() => only('chat.postMessage').length === 1 && only('response_url').length === 1);
    const [post] = only('chat.postMessage');
    expect(post?.args.channel).toBe('C0INCIDENTS');
    expect(shown(post)).toContain('Shared by <@U2CERLKJA>');
    expect(shown(post)).not.toContain(ACTION_IDS.incidentShare);
    expect(only('response_url')[0]?.args.delete_original).toBe(true);
  });

  it('Share in channel, when I am not in the channel, explains privately how to invite me', async () => {
    harness().slack.failNext('chat.postMessage', 'not_in_channel');
    await click(ACTION_IDS.incidentShare, encodePageValue({ query: 'Atyrau', offset: 0 }));
    await harness().slack.waitFor(() => only('response_url').length === 2);
    const [note, answer] = only('response_url');
    expect(note?.args.text).toBe(NOT_IN_CHANNEL);
    expect(note?.args.response_type).toBe('ephemeral');
    expect(shown(answer)).toContain('*Atyrau*');
  });

  it('Summarize section in thread (from a private result) posts the summary and threads the full section under it', async () => {
    await click(ACTION_IDS.sectionSummaryInThread, SECTIONS.incidents);
    await harness().slack.waitFor(() => only('chat.postMessage').length === 2);
    const [summary, full] = only('chat.postMessage');
    expect(summary?.args.thread_ts).toBeUndefined();
    expect(shown(summary)).toContain('Summary: 2011 Terrorist Incidents');
    expect(shown(summary)).toContain('Dated incidents (8)');
    expect(full?.args.thread_ts).toMatch(/^1715000\d{3}\.000100$/);
    expect(shown(full)).toContain('blew himself up');
  });

  it('tells the person when a button value is not one of ours', async () => {
    await click(ACTION_IDS.incidentNextPage, '{"q": 5}');
    await click(ACTION_IDS.sectionFullInThread, 'crt-1999-nowhere/overview');
    await harness().slack.waitFor(() => only('response_url').length === 2);
    expect(only('response_url')[0]?.args.text).toBe(BUTTON_EXPIRED);
  });
});

describe('/report', () => {
  it('lists the loaded reports and their sections', async () => {
    await command('/report', 'list');
    const [reply] = await harness()
      .slack.waitFor(() => only('response_url').length === 1)
      .then(() => only('response_url'));
    expect(shown(reply)).toContain('Country Reports on Terrorism 2011 - Kazakhstan');
    expect(shown(reply)).toContain('Countering Terrorist Finance');
  });

  it('shows a section in full, privately', async () => {
    await command('/report', 'countering terrorist finance');
    const [reply] = await harness()
      .slack.waitFor(() => only('response_url').length === 1)
      .then(() => only('response_url'));
    expect(reply?.args.response_type).toBe('ephemeral');
    expect(shown(reply)).toContain('Egmont Group');
  });

  it('summary posts in the channel and the full section in its thread', async () => {
    await command('/report', 'summary overview');
    await harness().slack.waitFor(() => only('chat.postMessage').length === 2);
    const [summary, full] = only('chat.postMessage');
    expect(summary?.args.channel).toBe('C0INCIDENTS');
    expect(shown(summary)).toContain('Summary: Overview');
    expect(full?.args.thread_ts).toBeDefined();
    expect(shown(full)).toContain('Nazarbayev');
  });

  it('summary where I cannot post explains privately and still answers', async () => {
    harness().slack.failNext('chat.postMessage', 'channel_not_found');
    await command('/report', 'summary overview');
    // The note, the summary, then the full section: all private.
    await harness().slack.waitFor(() => only('response_url').length === 3);
    expect(only('response_url')[0]?.args.text).toBe(NOT_IN_CHANNEL);
    expect(shown(only('response_url')[1])).toContain('Summary: Overview');
  });

  it('names the sections it knows when one is not found', async () => {
    await command('/report', 'weather');
    const [reply] = await harness()
      .slack.waitFor(() => only('response_url').length === 1)
      .then(() => only('response_url'));
    expect(reply?.args.text).toBe(SECTION_NOT_FOUND('weather'));
  });
});

describe('@-mentions and DMs', () => {
  it('answers in a thread under the mention with the best passage, cited, and three buttons', async () => {
    const body = mention('<@U0> attacks in Atyrau');
    expect((await sendEvent(harness().url, body)).status).toBe(200);
    const [post] = await harness()
      .slack.waitFor(() => only('chat.postMessage').length === 1)
      .then(() => only('chat.postMessage'));
    expect(post?.args.channel).toBe('C123');
    expect(post?.args.thread_ts).toBe(body.event.ts);
    expect(shown(post)).toContain('*Atyrau*');
    expect(shown(post)).not.toContain('<@U0>');
    for (const id of [ACTION_IDS.askMoreResults, ACTION_IDS.sectionSummaryInThread, ACTION_IDS.sectionFullInThread])
      expect(shown(post)).toContain(id);
  });

  it('answers inside the existing thread', async () => {
    await sendEvent(harness().url, mention('<@U0> Kenkiyak', { thread_ts: '1515449000.000010' }));
    const [post] = await harness()
      .slack.waitFor(() => only('chat.postMessage').length === 1)
      .then(() => only('chat.postMessage'));
    expect(post?.args.thread_ts).toBe('1515449000.000010');
  });

  it('summarizes a section when asked', async () => {
    await sendEvent(harness().url, mention('<@U0> summarize countering terrorist finance'));
    await sendEvent(harness().url, mention('<@U0> summary of the overview'));
    await harness().slack.waitFor(() => only('chat.postMessage').length === 2);
    expect(shown(only('chat.postMessage')[0])).toContain('Summary: Countering Terrorist Finance');
    expect(shown(only('chat.postMessage')[1])).toContain('Summary: Overview');
  });

  it('answers a retried delivery (same event_id) once', async () => {
    const body = mention('<@U0> Boralday');
    await sendEvent(harness().url, body);
    await sendEvent(harness().url, body, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    await sendEvent(harness().url, body, {
      headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' },
    });
    const others = await afterSentinel((calls) => calls.some((call) => call.args.thread_ts === body.event.ts));
    expect(others.map((call) => [call.method, call.args.thread_ts])).toEqual([['chat.postMessage', body.event.ts]]);
  });

  it('ignores its own messages, other bots and edits', async () => {
    await sendEvent(harness().url, mention('<@U0> Atyrau', { user: 'U0' }));
    await sendEvent(harness().url, mention('<@U0> Atyrau', { bot_id: 'B9' }));
    await sendEvent(
      harness().url,
      envelope({ type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D1', ts: '9.1' }),
    );
    await sendEvent(
      harness().url,
      envelope({ type: 'message', channel_type: 'im', user: 'U9', bot_id: 'B9', text: 'hi', channel: 'D1', ts: '9.2' }),
    );
    expect(await afterSentinel()).toEqual([]);
  });

  it('answers a direct message in a thread', async () => {
    await sendEvent(
      harness().url,
      envelope({
        type: 'message',
        channel_type: 'im',
        user: 'U9',
        text: 'what happened in Shubarshy',
        channel: 'D1',
        ts: '9.3',
      }),
    );
    const [post] = await harness()
      .slack.waitFor(() => only('chat.postMessage').length === 1)
      .then(() => only('chat.postMessage'));
    expect(post?.args).toMatchObject({ channel: 'D1', thread_ts: '9.3' });
    expect(shown(post)).toContain('*Shubarshy*');
  });

  it('falls back to a private reply when it cannot post (not_in_channel, rate limits, too long)', async () => {
    harness().slack.failNext('chat.postMessage', 'not_in_channel');
    await sendEvent(harness().url, mention('<@U0> Atyrau'));
    await harness().slack.waitFor(() => only('chat.postEphemeral').length === 2);
    expect(only('chat.postEphemeral')[0]?.args).toMatchObject({
      channel: 'C123',
      user: 'U061F7AUR',
      text: NOT_IN_CHANNEL,
    });
    harness().slack.reset();

    harness().slack.failNext('chat.postMessage', 'ratelimited', 429);
    await sendEvent(harness().url, mention('<@U0> Atyrau'));
    await harness().slack.waitFor(() => only('chat.postEphemeral').length === 2);
    expect(only('chat.postEphemeral')[0]?.args.text).toBe(RATE_LIMITED);
    harness().slack.reset();

    harness().slack.failNext('chat.postMessage', 'msg_too_long');
    await sendEvent(harness().url, mention('<@U0> Atyrau'));
    await harness().slack.waitFor(() => only('chat.postEphemeral').length === 2);
    expect(only('chat.postEphemeral')[0]?.args.text).toBe(TOO_LONG);
  });

  it('sends a DM when even the ephemeral reply fails', async () => {
    harness().slack.failNext('chat.postMessage', 'not_in_channel');
    harness().slack.failNext('chat.postEphemeral', 'user_not_in_channel');
    harness().slack.failNext('chat.postEphemeral', 'user_not_in_channel');
    await sendEvent(harness().url, mention('<@U0> Atyrau'));
    await harness().slack.waitFor(
      () => only('chat.postMessage').filter((c) => c.args.channel === 'U061F7AUR').length === 2,
    );
    const [note, answer] = only('chat.postMessage').filter((c) => c.args.channel === 'U061F7AUR');
    // The DM says why the answer is not in the channel, then gives the answer itself, outside any thread.
    expect(note?.args).toMatchObject({ channel: 'U061F7AUR', text: NOT_IN_CHANNEL });
    expect(note?.args.thread_ts).toBeUndefined();
    expect(answer?.args.thread_ts).toBeUndefined();
    expect(shown(answer)).toContain('*Atyrau*');
  });
});

describe('buttons on a mention answer', () => {
  it('More results posts the next results in the thread', async () => {
    await click(ACTION_IDS.askMoreResults, encodePageValue({ query: 'police', offset: 1 }), {
      ephemeral: false,
      threadTs: '1515449522.000016',
    });
    const [post] = await harness()
      .slack.waitFor(() => only('chat.postMessage').length === 1)
      .then(() => only('chat.postMessage'));
    expect(post?.args.thread_ts).toBe('1515449522.000016');
    expect(post?.args.text).toMatch(/^More results \(2–4 of \d+\)$/);
  });

  it('Summarize this section in thread posts the summary in the thread', async () => {
    await click(ACTION_IDS.sectionSummaryInThread, SECTIONS.finance, {
      ephemeral: false,
      threadTs: '1515449522.000016',
    });
    const [post] = await harness()
      .slack.waitFor(() => only('chat.postMessage').length === 1)
      .then(() => only('chat.postMessage'));
    expect(post?.args.thread_ts).toBe('1515449522.000016');
    expect(shown(post)).toContain('Summary: Countering Terrorist Finance');
  });

  it('Show full section posts the section in the thread (the message’s own ts at top level)', async () => {
    await click(ACTION_IDS.sectionFullInThread, SECTIONS.finance, { ephemeral: false });
    const [post] = await harness()
      .slack.waitFor(() => only('chat.postMessage').length === 1)
      .then(() => only('chat.postMessage'));
    expect(post?.args.thread_ts).toBe('1715000000.123456');
    expect(shown(post)).toContain('Egmont Group');
  });
});

describe('App Home', () => {
  it('publishes what the bot knows and how to ask', async () => {
    await sendEvent(
      harness().url,
      envelope({ type: 'app_home_opened', user: 'U9', channel: 'D1', tab: 'home', ts: '1.1' }),
    );
    const [call] = await harness()
      .slack.waitFor(() => only('views.publish').length === 1)
      .then(() => only('views.publish'));
    expect(call?.args.user_id).toBe('U9');
    const view = JSON.stringify(call?.args.view);
    expect(view).toContain('Country Reports on Terrorism 2011 - Kazakhstan');
    expect(view).toContain('2011: 13');
    expect(view).toContain('/incident Shubarshy');
  });
});

describe('requests that are not what Slack sends', () => {
  it('rejects a bad or stale signature with 401', async () => {
    expect(
      (await sendEvent(harness().url, mention('<@U0> Atyrau'), { signature: `v0=${'0'.repeat(64)}` })).status,
    ).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 600;
    expect((await sendEvent(harness().url, mention('<@U0> Atyrau'), { timestamp: stale })).status).toBe(401);
    expect(harness().slack.calls).toEqual([]);
  });

  it('answers url_verification', async () => {
    const response = await sendEvent(harness().url, { type: 'url_verification', token: 't', challenge: 'abc123' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ challenge: 'abc123' });
  });

  it('survives bad JSON and missing fields, and keeps answering', async () => {
    expect((await sendRaw(harness().url, '{"type": "event_callback", ', 'application/json')).status).toBe(400);
    const missing = await sendCommand(harness().url, { command: '/incident', text: 'Atyrau' });
    expect(missing.status).toBe(200);
    expect(JSON.parse(missing.body)).toMatchObject({ text: MALFORMED_REQUEST, response_type: 'ephemeral' });
    expect((await sendEvent(harness().url, envelope({ type: 'app_mention', ts: '1.5', channel: 'C1' }))).status).toBe(
      200,
    );
    await sendEvent(harness().url, mention('<@U0> Atyrau'));
    await harness().slack.waitFor(() => only('chat.postMessage').length === 1);
  });
});
