import { describe, expect, it } from 'vitest';
import { ACTION_IDS, decodeFeedbackValue } from '../../src/answers/action-values.js';
import { FEEDBACK_THANKS_DOWN, FEEDBACK_THANKS_UP } from '../../src/answers/messages.js';
import { FEEDBACK_MODAL } from '../../src/slack/render-feedback-modal.js';
import type { FeedbackEntry } from '../../src/store/store.js';
import type { RecordedCall } from './fake-slack.js';
import { useHarness } from './harness.js';
import { sendAction, sendCommand, sendEvent } from './signed-request.js';

const harness = useHarness();
let counter = 0;

interface ButtonLike {
  type?: string;
  action_id?: string;
  value?: string;
}

/** The value of the button `actionId` in a recorded message's blocks. */
function buttonValue(call: RecordedCall | undefined, actionId: string): string {
  const blocks = (call?.args.blocks ?? []) as Array<{ type: string; elements?: ButtonLike[] }>;
  const button = blocks
    .flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []))
    .find((element) => element.action_id === actionId);
  if (button?.value === undefined) throw new Error(`no ${actionId} button in ${JSON.stringify(blocks)}`);
  return button.value;
}

function calls(method: string): RecordedCall[] {
  return harness().slack.calls.filter((call) => call.method === method);
}

async function incidentCommand(text: string, userId: string) {
  counter += 1;
  await sendCommand(harness().url, {
    team_id: 'T1',
    channel_id: 'C0INCIDENTS',
    user_id: userId,
    command: '/incident',
    text,
    api_app_id: 'A1',
    response_url: harness().slack.responseUrl(`cmd-${counter}`),
    trigger_id: `9.9.${counter}`,
  });
  const [answer] = await harness().slack.waitFor((all) => all.some((call) => call.method === 'response_url'));
  return calls('response_url')[0] ?? answer;
}

function click(actionId: string, value: string, userId: string) {
  counter += 1;
  const triggerId = `1.2.${counter}`;
  const sent = sendAction(harness().url, {
    type: 'block_actions',
    user: { id: userId, username: 'roadrunner', name: 'roadrunner', team_id: 'T1' },
    api_app_id: 'A1',
    container: { type: 'message', message_ts: '1715000000.123456', channel_id: 'C0INCIDENTS', is_ephemeral: true },
    trigger_id: triggerId,
    team: { id: 'T1', domain: 'test' },
    channel: { id: 'C0INCIDENTS', name: 'incidents' },
    state: { values: {} },
    response_url: harness().slack.responseUrl(`act-${counter}`),
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: '1715000003.1' }],
  });
  return { sent, triggerId };
}

function submitForm(privateMetadata: string, text: string, userId: string) {
  counter += 1;
  return sendAction(harness().url, {
    type: 'view_submission',
    team: { id: 'T1', domain: 'test' },
    user: { id: userId, username: 'roadrunner', name: 'roadrunner', team_id: 'T1' },
    api_app_id: 'A1',
    trigger_id: `3.4.${counter}`,
    view: {
      id: 'V0001',
      team_id: 'T1',
      type: 'modal',
      callback_id: FEEDBACK_MODAL.callbackId,
      private_metadata: privateMetadata,
      state: {
        values: { [FEEDBACK_MODAL.blockId]: { [FEEDBACK_MODAL.actionId]: { type: 'plain_text_input', value: text } } },
      },
    },
    response_urls: [],
    is_enterprise_install: false,
  });
}

/** The store's feedback once `ready` holds (the listener saves after its ack). */
async function feedbackWhen(ready: (rows: FeedbackEntry[]) => boolean): Promise<FeedbackEntry[]> {
  const start = Date.now();
  for (;;) {
    const rows = await harness().deps.store.listFeedback();
    if (ready(rows)) return rows;
    if (Date.now() - start > 2000) throw new Error(`feedback never became ready: ${JSON.stringify(rows)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('feedback on answers, through the HTTP receiver', () => {
  it('keeps a 👍 on /incident results in the store and thanks the person privately', async () => {
    const answer = await incidentCommand('Atyrau', 'U0UP');
    const value = buttonValue(answer, ACTION_IDS.feedbackUp);
    harness().slack.reset();
    const { sent } = click(ACTION_IDS.feedbackUp, value, 'U0UP');
    expect((await sent).status).toBe(200);
    await harness().slack.waitFor((all) => all.some((call) => call.method === 'response_url'));
    expect(calls('response_url')[0]?.args).toMatchObject({ text: FEEDBACK_THANKS_UP, response_type: 'ephemeral' });
    const rows = (await harness().deps.store.listFeedback()).filter((row) => row.userId === 'U0UP');
    expect(rows).toEqual([
      {
        answerId: decodeFeedbackValue(value)?.answerId,
        userId: 'U0UP',
        teamId: 'T1',
        vote: 'up',
        text: null,
        query: 'Atyrau',
        at: expect.any(Number),
      },
    ]);
  });

  it('opens the "what was wrong" form on 👎 with the click\'s trigger_id, and its submission keeps the text', async () => {
    const answer = await incidentCommand('October 31', 'U0DOWN');
    const value = buttonValue(answer, ACTION_IDS.feedbackDown);
    harness().slack.reset();
    const { sent, triggerId } = click(ACTION_IDS.feedbackDown, value, 'U0DOWN');
    expect((await sent).status).toBe(200);
    await harness().slack.waitFor((all) => all.some((call) => call.method === 'views.open'));
    const [open] = calls('views.open');
    expect(open?.args.trigger_id).toBe(triggerId);
    const view = open?.args.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe(FEEDBACK_MODAL.callbackId);
    // The click alone keeps the 👎 (closing the form keeps it, without text); no thanks until the form is sent.
    await feedbackWhen((rows) => rows.some((row) => row.userId === 'U0DOWN' && row.vote === 'down'));
    expect(calls('response_url')).toEqual([]);

    expect((await submitForm(view.private_metadata, 'It missed the Taraz attack', 'U0DOWN')).status).toBe(200);
    const rows = await feedbackWhen((all) => all.some((row) => row.userId === 'U0DOWN' && row.text !== null));
    expect(rows.filter((row) => row.userId === 'U0DOWN')).toEqual([
      {
        answerId: decodeFeedbackValue(value)?.answerId,
        userId: 'U0DOWN',
        teamId: 'T1',
        vote: 'down',
        text: 'It missed the Taraz attack',
        query: 'October 31',
        at: expect.any(Number),
      },
    ]);
    await harness().slack.waitFor((all) => all.some((call) => call.method === 'chat.postEphemeral'));
    expect(calls('chat.postEphemeral')[0]?.args).toMatchObject({
      channel: 'C0INCIDENTS',
      user: 'U0DOWN',
      text: FEEDBACK_THANKS_DOWN,
    });
  });

  it('keeps a 👎 and thanks the person at once when the form cannot open (an expired trigger_id)', async () => {
    const answer = await incidentCommand('Kenkiyak', 'U0LATE');
    const value = buttonValue(answer, ACTION_IDS.feedbackDown);
    harness().slack.reset();
    harness().slack.failNext('views.open', 'expired_trigger_id');
    await click(ACTION_IDS.feedbackDown, value, 'U0LATE').sent;
    await harness().slack.waitFor((all) => all.some((call) => call.method === 'response_url'));
    expect(calls('response_url')[0]?.args).toMatchObject({ text: FEEDBACK_THANKS_DOWN, response_type: 'ephemeral' });
    const rows = await feedbackWhen((all) => all.some((row) => row.userId === 'U0LATE'));
    expect(rows.filter((row) => row.userId === 'U0LATE').map((row) => [row.vote, row.text, row.query])).toEqual([
      ['down', null, 'Kenkiyak'],
    ]);
  });

  it("replaces a person's earlier vote on the same answer rather than adding a row", async () => {
    const answer = await incidentCommand('Almaty', 'U0TWICE');
    const up = buttonValue(answer, ACTION_IDS.feedbackUp);
    const down = buttonValue(answer, ACTION_IDS.feedbackDown);
    harness().slack.reset();
    await click(ACTION_IDS.feedbackUp, up, 'U0TWICE').sent;
    await feedbackWhen((rows) => rows.some((row) => row.userId === 'U0TWICE'));
    await click(ACTION_IDS.feedbackDown, down, 'U0TWICE').sent;
    const rows = await feedbackWhen((all) => all.some((row) => row.userId === 'U0TWICE' && row.vote === 'down'));
    expect(rows.filter((row) => row.userId === 'U0TWICE').map((row) => [row.vote, row.query])).toEqual([
      ['down', 'Almaty'],
    ]);
    // Another person's vote on the same answer is a row of its own.
    await click(ACTION_IDS.feedbackUp, up, 'U0OTHER').sent;
    const all = await feedbackWhen((rows) => rows.some((row) => row.userId === 'U0OTHER'));
    expect(all.filter((row) => row.answerId === decodeFeedbackValue(up)?.answerId).length).toBe(2);
  });

  it('puts 👍 / 👎 on a mention answered in its thread', async () => {
    counter += 1;
    await sendEvent(harness().url, {
      token: 'legacy',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: `EvFeedback${counter}`,
      event_time: 1715000000,
      event: {
        type: 'app_mention',
        user: 'U0ASK',
        text: '<@U0> who claimed the Atyrau bombings?',
        channel: 'C0INCIDENTS',
        ts: '1715000100.000100',
        event_ts: '1715000100.000100',
      },
    });
    await harness().slack.waitFor((all) => all.some((call) => call.method === 'chat.postMessage'));
    const [posted] = calls('chat.postMessage');
    expect(posted?.args.thread_ts).toBe('1715000100.000100');
    expect(decodeFeedbackValue(buttonValue(posted, ACTION_IDS.feedbackDown))).toEqual({
      answerId: expect.stringMatching(/^ask-[0-9a-f]{12}$/),
      query: 'who claimed the Atyrau bombings?',
    });
  });
});
