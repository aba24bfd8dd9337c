import type { AllMiddlewareArgs } from '@slack/bolt';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import { answerWith } from '../../../answers/answer-request.js';
import type { MessageInput } from '../../input.js';
import { answerSafely } from '../answer-safely.js';

/**
 * Answers a person's message (a mention or a DM) in its thread. Answered once: the dedupe-events middleware claims
 * each message by channel and ts before any listener runs (it can arrive as app_mention and as message.im, with two
 * event ids, on two copies of the app), one claim per message.
 */
export async function answerMessageOnce(
  what: string,
  input: MessageInput | null,
  deps: AnswerDeps,
  { client, logger }: Pick<AllMiddlewareArgs, 'client' | 'logger'>,
): Promise<void> {
  if (input === null) return;
  const target = { userId: input.user, channelId: input.channel, threadTs: input.threadTs };
  await answerSafely(what, target, { client, respond: null, logger }, () =>
    answerWith(deps, { kind: 'message', text: input.text }),
  );
}
