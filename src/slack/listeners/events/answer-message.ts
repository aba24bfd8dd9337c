import type { AllMiddlewareArgs } from '@slack/bolt';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import type { ClaimDelivery } from '../../claim-delivery.js';
import { answerMention } from '../../../answers/answer-mention.js';
import type { MessageInput } from '../../input.js';
import { answerSafely } from '../answer-safely.js';

/**
 * Answers a person's message (a mention or a DM) in its thread, once: the same message can arrive as
 * app_mention and as message.im (two event ids, maybe two copies of the app), so it is claimed by channel and ts.
 */
export async function answerMessageOnce(
  what: string,
  input: MessageInput | null,
  deps: AnswerDeps,
  claim: ClaimDelivery,
  { client, logger }: Pick<AllMiddlewareArgs, 'client' | 'logger'>,
): Promise<void> {
  if (input === null || !(await claim(`message:${input.channel}:${input.ts}`))) return;
  const target = { userId: input.user, channelId: input.channel, threadTs: input.threadTs };
  await answerSafely(what, target, { client, respond: null, logger }, () => answerMention(deps, input.text));
}
