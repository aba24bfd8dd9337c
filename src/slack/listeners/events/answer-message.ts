import type { AllMiddlewareArgs } from '@slack/bolt';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import type { EventDeduper } from '../../event-dedup.js';
import { answerMention } from '../../../answers/answer-mention.js';
import type { MessageInput } from '../../input.js';
import { answerSafely } from '../answer-safely.js';

/**
 * Answers a person's message (a mention or a DM) in its thread, once: the same message can arrive as
 * app_mention and as message.im, so it is keyed by channel and ts.
 */
export async function answerMessageOnce(
  what: string,
  input: MessageInput | null,
  deps: AnswerDeps,
  dedup: EventDeduper,
  { client, logger }: Pick<AllMiddlewareArgs, 'client' | 'logger'>,
): Promise<void> {
  if (input === null || !dedup.firstSeen(`${input.channel}:${input.ts}`)) return;
  const target = { userId: input.user, channelId: input.channel, threadTs: input.threadTs };
  await answerSafely(what, target, { client, respond: null, logger }, () => answerMention(deps, input.text));
}
