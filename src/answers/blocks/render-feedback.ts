import type { KnownBlock } from '@slack/types';
import { ACTION_IDS, encodeFeedbackValue, type FeedbackValue } from '../action-values.js';
import { BUTTON_FEEDBACK_DOWN, BUTTON_FEEDBACK_UP } from '../messages.js';
import { actionsBlock, buttonElement } from './elements.js';
import { LIMITS } from './limits.js';
import type { Message } from './message.js';

/** The 👍 and 👎 buttons for one answer. */
export function renderFeedbackButtons(ref: FeedbackValue) {
  const value = encodeFeedbackValue(ref);
  return [
    buttonElement(BUTTON_FEEDBACK_UP, ACTION_IDS.feedbackUp, value),
    buttonElement(BUTTON_FEEDBACK_DOWN, ACTION_IDS.feedbackDown, value),
  ];
}

/**
 * Adds 👍 / 👎 to an answer within Block Kit's limits: into its last actions block when that has room (≤ 25
 * elements), else as a block of their own; a message already at 50 blocks gives up its last block (the "…" that
 * `fitMessage` leaves) for them.
 * @example withFeedback(renderAnswer('Atyrau', response), feedbackRef('ask', 'Atyrau', 0)).blocks.at(-1)?.type //=> 'actions'
 */
export function withFeedback(message: Message, ref: FeedbackValue): Message {
  const buttons = renderFeedbackButtons(ref);
  const last = message.blocks.at(-1);
  if (last?.type === 'actions' && last.elements.length + buttons.length <= LIMITS.actionsElements) {
    const merged: KnownBlock = { ...last, elements: [...last.elements, ...buttons] };
    return { ...message, blocks: [...message.blocks.slice(0, -1), merged] };
  }
  const own = actionsBlock(buttons);
  if (own === null) return message;
  return { ...message, blocks: [...message.blocks.slice(0, LIMITS.messageBlocks - 1), own] };
}
