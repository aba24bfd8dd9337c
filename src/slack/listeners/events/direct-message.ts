import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import type { EventDeduper } from '../../event-dedup.js';
import { answerMention } from '../../handlers/answer-mention.js';
import { parseDirectMessageEvent } from '../../input.js';
import { answerSafely } from '../answer-safely.js';

/** A person's message in a DM with the bot (message.im): answered like a mention, in a thread. Edits, joins and bots are ignored. */
export function directMessageCallback(deps: SlackDeps, dedup: EventDeduper) {
  return async ({ event, client, logger, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    const input = parseDirectMessageEvent(event, context.botUserId ?? null);
    if (input === null || !dedup.firstSeen(`${input.channel}:${input.ts}`)) return;
    const target = { userId: input.user, channelId: input.channel, threadTs: input.threadTs };
    await answerSafely('answering a direct message', target, { client, respond: null, logger }, () => answerMention(deps, input.text));
  };
}
