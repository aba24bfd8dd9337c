import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import { parseMentionEvent } from '../../input.js';
import { answerMessageOnce } from './answer-message.js';

/** An @-mention in a channel or thread: answer in the thread (Bolt has already acked the event). */
export function appMentionCallback(deps: AnswerDeps) {
  return async ({
    event,
    client,
    logger,
    context,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    const input = parseMentionEvent(event, context.botUserId ?? null);
    await answerMessageOnce('answering a mention', input, deps, { client, logger });
  };
}
