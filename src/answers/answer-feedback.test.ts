import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../report/parse-report.js';
import type { FeedbackEntry } from '../store/store.js';
import { ACTION_IDS, decodeFeedbackValue, encodeFeedbackValue } from './action-values.js';
import { answerFeedback, feedbackVote } from './answer-feedback.js';
import { answerMention } from './answer-mention.js';
import { buildAnswerDeps } from './build-answer-deps.js';
import { feedbackRef } from './feedback-ref.js';
import {
  BUTTON_EXPIRED,
  FEEDBACK_NOT_KEPT,
  FEEDBACK_NOT_SAVED,
  FEEDBACK_THANKS_DOWN,
  FEEDBACK_THANKS_UP,
} from './messages.js';

const seed = readFileSync(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
const deps = buildAnswerDeps(parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports, () => 42);
const value = encodeFeedbackValue(feedbackRef('incident', 'Atyrau', 0));
const click = { value, userId: 'U1', teamId: 'T1', text: null };

function textOf(outcome: { answer: { kind: string; messages?: Array<{ text: string }> } }): string | undefined {
  return outcome.answer.messages?.[0]?.text;
}

describe('answerFeedback', () => {
  it('keeps the vote with its query and answer id, and thanks the person', async () => {
    const kept: FeedbackEntry[] = [];
    const withStore = { ...deps, feedback: { saveFeedback: async (entry: FeedbackEntry) => void kept.push(entry) } };
    const up = await answerFeedback(withStore, { ...click, vote: 'up' });
    const down = await answerFeedback(withStore, { ...click, vote: 'down', text: '  wrong year \n' });
    expect([up.saved, textOf(up), down.saved, textOf(down)]).toEqual([
      true,
      FEEDBACK_THANKS_UP,
      true,
      FEEDBACK_THANKS_DOWN,
    ]);
    expect(kept).toEqual([
      { ...feedbackRef('incident', 'Atyrau', 0), userId: 'U1', teamId: 'T1', vote: 'up', text: null, at: 42 },
      { ...feedbackRef('incident', 'Atyrau', 0), userId: 'U1', teamId: 'T1', vote: 'down', text: 'wrong year', at: 42 },
    ]);
  });

  it('says feedback is not kept without a store, a value it did not make is out of date, a failed save is said', async () => {
    expect(textOf(await answerFeedback(deps, { ...click, vote: 'up' }))).toBe(FEEDBACK_NOT_KEPT);
    const failing = {
      ...deps,
      feedback: {
        saveFeedback: async () => {
          throw new Error('disk full');
        },
      },
    };
    const errors: unknown[] = [];
    const failed = await answerFeedback(failing, { ...click, vote: 'up' }, (error) => errors.push(error));
    expect([failed.saved, textOf(failed), errors.length]).toEqual([false, FEEDBACK_NOT_SAVED, 1]);
    expect(textOf(await answerFeedback(failing, { ...click, value: '{"a":1}', vote: 'up' }))).toBe(BUTTON_EXPIRED);
  });

  it('reads the vote from the action id', () => {
    expect([ACTION_IDS.feedbackUp, ACTION_IDS.feedbackDown, ACTION_IDS.incidentShare].map(feedbackVote)).toEqual([
      'up',
      'down',
      null,
    ]);
  });
});

describe('feedback buttons on answers', () => {
  function feedbackValues(answer: ReturnType<typeof answerMention>): unknown[] {
    const messages = answer.kind === 'thread' ? answer.messages : [];
    return messages.flatMap((message) =>
      message.blocks.flatMap((block) =>
        block.type === 'actions'
          ? block.elements
              .filter((e) => 'action_id' in e && e.action_id === ACTION_IDS.feedbackDown)
              .map((e) => decodeFeedbackValue('value' in e ? e.value : null))
          : [],
      ),
    );
  }

  it('puts them on a mention answer and on the headline of a count, once each', () => {
    expect(feedbackValues(answerMention(deps, '<@U0> who claimed the Atyrau bombings?'))).toEqual([
      feedbackRef('ask', 'who claimed the Atyrau bombings?', 0),
    ]);
    const count = feedbackValues(answerMention(deps, '<@U0> how many were killed in Kazakhstan in 2011?'));
    expect(count).toHaveLength(1);
    expect(count[0]).toMatchObject({ answerId: expect.stringMatching(/^count-[0-9a-f]{12}$/) });
  });
});
