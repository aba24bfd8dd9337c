import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import type { EventDeduper } from '../../event-dedup.js';
import { answerMention } from '../../handlers/answer-mention.js';
import { parseMentionEvent } from '../../input.js';
import { answerSafely } from '../answer-safely.js';

/** An @-mention in a channel or thread: answer in the thread (Bolt has already acked the event). */
export function appMentionCallback(deps: SlackDeps, dedup: EventDeduper) {
  return async ({ event, client, logger, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    const input = parseMentionEvent(event, context.botUserId ?? null);
    // The same message can arrive as app_mention and as message.im; answer it once.
    if (input === null || !dedup.firstSeen(`${input.channel}:${input.ts}`)) return;
    const target = { userId: input.user, channelId: input.channel, threadTs: input.threadTs };
    await answerSafely('answering a mention', target, { client, respond: null, logger }, () => answerMention(deps, input.text));
  };
}
