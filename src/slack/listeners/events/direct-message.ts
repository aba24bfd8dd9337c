import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import { parseDirectMessageEvent } from '../../input.js';
import { answerMessageOnce } from './answer-message.js';

/** A person's message in a DM with the bot (message.im): answered like a mention, in a thread. Edits, joins and bots are ignored. */
export function directMessageCallback(deps: AnswerDeps) {
  return async ({
    event,
    client,
    logger,
    context,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    const input = parseDirectMessageEvent(event, context.botUserId ?? null);
    await answerMessageOnce('answering a direct message', input, deps, { client, logger });
  };
}
