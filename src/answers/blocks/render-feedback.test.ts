import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS, decodeFeedbackValue } from '../action-values.js';
import { feedbackRef } from '../feedback-ref.js';
import { buttonElement, sectionBlock } from './elements.js';
import { checkMessageLimits, LIMITS } from './limits.js';
import { withFeedback } from './render-feedback.js';

const ref = feedbackRef('incident', 'Atyrau', 0);

function actionIds(block: KnownBlock | undefined): string[] {
  return block?.type === 'actions' ? block.elements.map((e) => ('action_id' in e ? String(e.action_id) : '')) : [];
}

describe('feedbackRef', () => {
  it('names the same request the same way, and a different page or mode differently', () => {
    expect(feedbackRef('incident', 'Atyrau', 0)).toEqual(ref);
    expect(ref.answerId).toMatch(/^incident-[0-9a-f]{12}$/);
    expect(feedbackRef('incident', 'Atyrau', 5).answerId).not.toBe(ref.answerId);
    expect(feedbackRef('ask', 'Atyrau', 0).answerId).not.toBe(ref.answerId);
    expect(decodeFeedbackValue(JSON.stringify({ a: ref.answerId, q: 'Atyrau' }))).toEqual(ref);
    expect(decodeFeedbackValue('{"a":"../../etc","q":"x"}')).toBeNull();
  });
});

describe('withFeedback', () => {
  it('joins the last actions block when it has room', () => {
    const message = withFeedback(
      { text: 'a', blocks: [sectionBlock('a'), { type: 'actions', elements: [buttonElement('Next 5', 'x', 'v')] }] },
      ref,
    );
    expect(message.blocks).toHaveLength(2);
    expect(actionIds(message.blocks[1])).toEqual(['x', ACTION_IDS.feedbackUp, ACTION_IDS.feedbackDown]);
  });

  it('starts its own actions block when the last one would pass 25 elements', () => {
    const full = Array.from({ length: LIMITS.actionsElements - 1 }, (_, i) => buttonElement(`b${i}`, `a${i}`, 'v'));
    const message = withFeedback({ text: 'a', blocks: [{ type: 'actions', elements: full }] }, ref);
    expect(message.blocks).toHaveLength(2);
    expect(actionIds(message.blocks[1])).toEqual([ACTION_IDS.feedbackUp, ACTION_IDS.feedbackDown]);
    expect(checkMessageLimits(message)).toEqual([]);
  });

  it('stays within 50 blocks, giving up the last one for the buttons', () => {
    const blocks = Array.from({ length: LIMITS.messageBlocks }, (_, i) => sectionBlock(`passage ${i}`));
    const message = withFeedback({ text: 'a', blocks }, ref);
    expect(message.blocks).toHaveLength(LIMITS.messageBlocks);
    expect(actionIds(message.blocks.at(-1))).toEqual([ACTION_IDS.feedbackUp, ACTION_IDS.feedbackDown]);
    expect(checkMessageLimits(message)).toEqual([]);
  });
});
