import type { ModalView } from '@slack/types';
import { renderQueryEcho } from '../answers/blocks/render-incident-results.js';
import { MAX_FEEDBACK_TEXT } from '../answers/answer-feedback.js';
import { encodeFeedbackMetadata, type FeedbackFormMetadata } from './input.js';
import {
  FEEDBACK_MODAL_CLOSE,
  FEEDBACK_MODAL_INTRO,
  FEEDBACK_MODAL_LABEL,
  FEEDBACK_MODAL_PLACEHOLDER,
  FEEDBACK_MODAL_SUBMIT,
  FEEDBACK_MODAL_TITLE,
} from './messages.js';

/** The form's callback_id, and where its text is: what the view_submission listener reads. */
export const FEEDBACK_MODAL = Object.freeze({
  callbackId: 'feedback_form',
  blockId: 'feedback_text',
  actionId: 'text',
});

/**
 * The optional "what was wrong" form a 👎 opens (views.open with the click's trigger_id). Its private_metadata
 * carries the button's value and where to thank the person (≤ 3000 characters: the query is at most 500).
 * @example renderFeedbackModal({ value, channelId: 'C1', threadTs: null }, 'Atyrau').callback_id //=> 'feedback_form'
 */
export function renderFeedbackModal(metadata: FeedbackFormMetadata, query: string): ModalView {
  return {
    type: 'modal',
    callback_id: FEEDBACK_MODAL.callbackId,
    private_metadata: encodeFeedbackMetadata(metadata),
    title: { type: 'plain_text', text: FEEDBACK_MODAL_TITLE },
    submit: { type: 'plain_text', text: FEEDBACK_MODAL_SUBMIT },
    close: { type: 'plain_text', text: FEEDBACK_MODAL_CLOSE },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: FEEDBACK_MODAL_INTRO(renderQueryEcho(query)), verbatim: true } },
      {
        type: 'input',
        block_id: FEEDBACK_MODAL.blockId,
        optional: true,
        label: { type: 'plain_text', text: FEEDBACK_MODAL_LABEL },
        element: {
          type: 'plain_text_input',
          action_id: FEEDBACK_MODAL.actionId,
          multiline: true,
          max_length: MAX_FEEDBACK_TEXT,
          placeholder: { type: 'plain_text', text: FEEDBACK_MODAL_PLACEHOLDER },
        },
      },
    ],
  };
}
