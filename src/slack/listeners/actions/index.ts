import type { App, BlockAction, ViewSubmitAction } from '@slack/bolt';
import { ACTION_IDS, ALL_ACTION_IDS } from '../../../answers/action-values.js';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import { FEEDBACK_MODAL } from '../../render-feedback-modal.js';
import { feedbackSubmissionCallback } from '../views/feedback-submission.js';
import { blockActionCallback } from './block-action.js';
import { feedbackActionCallback } from './feedback-action.js';

/** The action ids we answer: every button the rendering module can put on a message. */
export const ACTIONS = ALL_ACTION_IDS;

/** The modals whose submissions we answer, by callback_id. */
export const VIEWS: readonly string[] = Object.freeze([FEEDBACK_MODAL.callbackId]);

const FEEDBACK_ACTIONS: ReadonlySet<string> = new Set([ACTION_IDS.feedbackUp, ACTION_IDS.feedbackDown]);

export function register(app: App, deps: AnswerDeps): void {
  for (const actionId of ACTIONS) {
    const callback = FEEDBACK_ACTIONS.has(actionId) ? feedbackActionCallback(deps) : blockActionCallback(deps);
    app.action<BlockAction>({ type: 'block_actions', action_id: actionId }, callback);
  }
  app.view<ViewSubmitAction>(
    { type: 'view_submission', callback_id: FEEDBACK_MODAL.callbackId },
    feedbackSubmissionCallback(deps),
  );
}
