import type { App, BlockAction } from '@slack/bolt';
import { ALL_ACTION_IDS } from '../../../answers/action-values.js';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import { blockActionCallback } from './block-action.js';

/** The action ids we answer: every button the rendering module can put on a message. */
export const ACTIONS = ALL_ACTION_IDS;

export function register(app: App, deps: AnswerDeps): void {
  for (const actionId of ACTIONS) {
    app.action<BlockAction>({ type: 'block_actions', action_id: actionId }, blockActionCallback(deps));
  }
}
