/**
 * Requests Slack really sends that the happy-path suite does not: buttons without a response_url
 * (App Home), dead or hanging Slack endpoints, commands and buttons we do not serve, bodies Bolt
 * cannot route, and people's messages that carry a subtype. Found by exploratory QA; each test
 * holds one fix.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_IDS, encodePageValue } from '../../src/answers/action-values.js';
import { BUTTON_EXPIRED } from '../../src/answers/messages.js';
import { GENERIC_ERROR, POST_UNCONFIRMED, UNKNOWN_COMMAND } from '../../src/slack/messages.js';
import type { RecordedCall } from './fake-slack.js';
import { callsOf, useHarness } from './harness.js';
import { sendAction, sendCommand, sendEvent, sendRaw } from './signed-request.js';

const FINANCE = 'crt-2011-kazakhstan/countering-terrorist-finance';
const USER = 'U2CERLKJA';

const harness = useHarness();
let counter = 0;

const only = (method: string): RecordedCall[] => callsOf(harness(), method);

function command(name: string, text: string, extra: Record<string, string> = {}) {
  counter += 1;
  return sendCommand(harness().url, {
    team_id: 'T1',
    channel_id: 'C0INCIDENTS',
    user_id: USER,
    command: name,
    text,
    api_app_id: 'A1',
    response_url: harness().slack.responseUrl(`edge-cmd-${counter}`),
    trigger_id: `1.2.${counter}`,
    ...extra,
  });
}

/** A click on a button in a channel message (`where: 'message'`) or in App Home (`'home'`: no channel, message or response_url). */
function click(actionId: string, value: string, where: 'message' | 'home' = 'message') {
  counter += 1;
  const base = {
    type: 'block_actions',
    user: { id: USER, username: 'roadrunner', team_id: 'T1' },
    api_app_id: 'A1',
    team: { id: 'T1', domain: 'test' },
    trigger_id: `1.2.${counter}`,
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: '1715000003.1' }],
  };
  if (where === 'home')
    return sendAction(harness().url, {
      ...base,
      container: { type: 'view', view_id: 'V1' },
      view: { id: 'V1', type: 'home' },
    });
  return sendAction(harness().url, {
    ...base,
    container: { type: 'message', message_ts: '1715000000.123456', channel_id: 'C0INCIDENTS', is_ephemeral: true },
    channel: { id: 'C0INCIDENTS', name: 'incidents' },
    response_url: harness().slack.responseUrl(`edge-act-${counter}`),
  });
}

function event(fields: Record<string, unknown>) {
  counter += 1;
  const ts = `1515449522.${String(counter).padStart(6, '0')}`;
  return {
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: `EvEdge${counter}`,
    event_time: 1515449522,
    event: { ts, event_ts: ts, ...fields },
  };
}

describe('requests without a response_url', () => {
  it('answers a button in App Home (no channel, no message) by DM', async () => {
    expect((await click(ACTION_IDS.sectionSummaryInThread, FINANCE, 'home')).status).toBe(200);
    await harness().slack.waitFor(() => only('chat.postMessage').length === 2);
    const [summary, full] = only('chat.postMessage');
    expect(summary?.args.channel).toBe(USER);
    expect(summary?.args.text).toBe('Summary of Countering Terrorist Finance');
    expect(full?.args.channel).toBe(USER);
  });

  it('answers Next 5 from App Home with the next page by DM', async () => {
    await click(ACTION_IDS.incidentNextPage, encodePageValue({ query: 'police', offset: 5 }), 'home');
    const [page] = await harness()
      .slack.waitFor(() => only('chat.postMessage').length === 1)
      .then(() => only('chat.postMessage'));
    expect(page?.args).toMatchObject({ channel: USER, text: '6–9 of 9 matches for “police”' });
  });

  it('answers a command that came without a response_url with an ephemeral message', async () => {
    await command('/incident', 'Atyrau', { response_url: '' });
    const [reply] = await harness()
      .slack.waitFor(() => only('chat.postEphemeral').length === 1)
      .then(() => only('chat.postEphemeral'));
    expect(reply?.args).toMatchObject({ channel: 'C0INCIDENTS', user: USER, text: '1–2 of 2 matches for “Atyrau”' });
  });
});

describe('a response_url that fails', () => {
  it('still answers /incident, with an ephemeral message, when the response_url returns 404 or 500', async () => {
    harness().slack.failNext('response_url', 'expired_url', 404);
    harness().slack.failNext('response_url', 'oops', 500);
    await command('/incident', 'Atyrau');
    await command('/incident', 'Kenkiyak');
    await harness().slack.waitFor(() => only('chat.postEphemeral').length === 2);
    expect(only('chat.postEphemeral').map((call) => call.args.text)).toEqual(
      expect.arrayContaining(['1–2 of 2 matches for “Atyrau”', expect.stringContaining('“Kenkiyak”')]),
    );
    expect(harness().slack.calls.some((call) => call.args.text === GENERIC_ERROR)).toBe(false);
  });

  it('shows Next 5 as a new private message when the original can no longer be replaced', async () => {
    harness().slack.failNext('response_url', 'expired_url', 404);
    await click(ACTION_IDS.incidentNextPage, encodePageValue({ query: 'police', offset: 5 }));
    const [page] = await harness()
      .slack.waitFor(() => only('chat.postEphemeral').length === 1)
      .then(() => only('chat.postEphemeral'));
    expect(page?.args).toMatchObject({ channel: 'C0INCIDENTS', user: USER, text: '6–9 of 9 matches for “police”' });
  });

  it('keeps a shared answer without an error when the private copy cannot be deleted', async () => {
    harness().slack.failNext('response_url', 'expired_url', 404);
    await click(ACTION_IDS.incidentShare, encodePageValue({ query: 'Atyrau', offset: 0 }));
    await harness().slack.waitFor(() => only('chat.postMessage').length === 1 && only('response_url').length === 1);
    // A second, unrelated request proves the first one is finished and sent nothing else.
    await command('/incident', 'help');
    await harness().slack.waitFor(() => only('response_url').length === 2);
    expect(harness().slack.calls.some((call) => call.args.text === GENERIC_ERROR)).toBe(false);
  });
});

describe('a Slack endpoint that never answers', () => {
  it('gives up on a hanging chat.postMessage and says so privately, without sending the answer again', async () => {
    harness().slack.hangNext('chat.postMessage');
    await sendEvent(
      harness().url,
      event({ type: 'app_mention', user: 'U061F7AUR', text: '<@U0> Atyrau', channel: 'C123' }),
    );
    await harness().slack.waitFor(() => only('chat.postEphemeral').length === 1, 5000);
    // Slack may have posted it after all (slack-faults.test.ts proves it is not posted twice).
    expect(only('chat.postEphemeral').map((call) => call.args.text)).toEqual([POST_UNCONFIRMED]);
  });

  it('gives up on a hanging response_url and answers /incident with an ephemeral message', async () => {
    harness().slack.hangNext('response_url');
    await command('/incident', 'Atyrau');
    const [reply] = await harness()
      .slack.waitFor(() => only('chat.postEphemeral').length === 1, 5000)
      .then(() => only('chat.postEphemeral'));
    expect(reply?.args.text).toBe('1–2 of 2 matches for “Atyrau”');
  });
});

describe('requests no listener of ours serves', () => {
  // Bolt answers an unacknowledged request with 404 once 3 seconds have passed; these must get 200.
  it('acks a slash command it does not serve and says which ones it does', async () => {
    const response = await command('/crt', 'Atyrau');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ response_type: 'ephemeral', text: UNKNOWN_COMMAND('/crt') });
  });

  it('acks a click on a button id it no longer renders and says it is out of date', async () => {
    expect((await click('retired_button', 'x')).status).toBe(200);
    const [reply] = await harness()
      .slack.waitFor(() => only('response_url').length === 1)
      .then(() => only('response_url'));
    expect(reply?.args.text).toBe(BUTTON_EXPIRED);
  });

  it('acks shortcuts, modal submissions, menus and legacy buttons this app never creates', async () => {
    const payloads = [
      { type: 'shortcut', callback_id: 'ask', user: { id: USER }, team: { id: 'T1' }, trigger_id: '1' },
      {
        type: 'message_action',
        callback_id: 'ask',
        user: { id: USER },
        team: { id: 'T1' },
        channel: { id: 'C1' },
        message: { ts: '1.1' },
        trigger_id: '1',
      },
      {
        type: 'view_submission',
        user: { id: USER },
        team: { id: 'T1' },
        view: { id: 'V1', callback_id: 'cb', state: { values: {} } },
      },
      { type: 'block_suggestion', action_id: 'x', block_id: 'b', value: 'At', user: { id: USER }, team: { id: 'T1' } },
      {
        type: 'interactive_message',
        callback_id: 'x',
        actions: [{ name: 'n', value: 'v', type: 'button' }],
        user: { id: USER },
        team: { id: 'T1' },
        channel: { id: 'C1' },
      },
    ];
    for (const payload of payloads) expect((await sendAction(harness().url, payload)).status, payload.type).toBe(200);
  });
});

describe('bodies Bolt cannot route', () => {
  it('answers 400 for signed bodies that are not Slack payloads, and keeps serving', async () => {
    // A signed `null` used to throw inside Bolt's receiver, outside any handler: an unhandled rejection ends the process.
    for (const body of [
      'null',
      '[]',
      '"text"',
      '42',
      '{}',
      '{"type":"event_callback","event_id":"Ev1"}',
      '{"type":"event_callback","event":null}',
    ]) {
      expect((await sendRaw(harness().url, body, 'application/json')).status, body).toBe(400);
    }
    expect((await sendRaw(harness().url, 'payload=null', 'application/x-www-form-urlencoded')).status).toBe(400);
    await command('/incident', 'Atyrau');
    await harness().slack.waitFor(() => only('response_url').length === 1);
  });

  it('still rejects an unsigned body with 401 and answers ssl_check', async () => {
    expect(
      (
        await sendRaw(harness().url, '{"command":"/incident"}', 'application/json', {
          signature: `v0=${'0'.repeat(64)}`,
        })
      ).status,
    ).toBe(401);
    expect(
      (await sendRaw(harness().url, 'ssl_check=1&token=x', 'application/x-www-form-urlencoded', { signature: 'v0=00' }))
        .status,
    ).toBe(200);
  });
});

describe('messages from people that carry a subtype', () => {
  it('answers a mention with a file attached and one also sent to the channel from a thread', async () => {
    await sendEvent(
      harness().url,
      event({
        type: 'app_mention',
        subtype: 'file_share',
        user: 'U061F7AUR',
        text: '<@U0> Atyrau',
        channel: 'C123',
        files: [{ id: 'F1' }],
      }),
    );
    await sendEvent(
      harness().url,
      event({
        type: 'app_mention',
        subtype: 'thread_broadcast',
        user: 'U061F7AUR',
        text: '<@U0> Kenkiyak',
        channel: 'C123',
        thread_ts: '1515449000.000010',
      }),
    );
    await harness().slack.waitFor(() => only('chat.postMessage').length === 2);
    expect(only('chat.postMessage').find((call) => call.args.thread_ts === '1515449000.000010')).toBeDefined();
  });

  it('answers a DM with a file attached, and still ignores edits and joins', async () => {
    await sendEvent(
      harness().url,
      event({
        type: 'message',
        channel_type: 'im',
        subtype: 'channel_join',
        user: 'U9',
        text: 'joined',
        channel: 'D1',
      }),
    );
    await sendEvent(
      harness().url,
      event({
        type: 'message',
        channel_type: 'im',
        subtype: 'file_share',
        user: 'U9',
        text: 'Atyrau',
        channel: 'D1',
        files: [{ id: 'F1' }],
      }),
    );
    const [post] = await harness()
      .slack.waitFor(() => only('chat.postMessage').length === 1)
      .then(() => only('chat.postMessage'));
    expect(post?.args.channel).toBe('D1');
    expect(only('chat.postMessage')).toHaveLength(1);
  });
});

describe('connections a proxy keeps open', () => {
  it('outlasts a load balancer’s 60 s idle limit, so the proxy closes idle connections, never the app mid-request', () => {
    const { server } = harness();
    expect(server.keepAliveTimeout).toBeGreaterThan(60_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });
});
