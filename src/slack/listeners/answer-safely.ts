import { renderNotice } from '../../answers/blocks/render-help.js';
import { type AnswerTarget, deliverAnswer, type Transport } from '../deliver-answer.js';
import type { Answer } from '../../answers/answer.js';
import { GENERIC_ERROR } from '../messages.js';

/**
 * Runs a handler and delivers its answer. If the handler throws, the error is logged and the
 * asker gets GENERIC_ERROR privately: one listener's bug never leaves someone without a reply.
 */
export async function answerSafely(
  what: string,
  target: AnswerTarget,
  transport: Transport,
  work: () => Answer | Promise<Answer>,
): Promise<void> {
  let answer: Answer;
  try {
    answer = await work();
  } catch (error) {
    transport.logger.error(`${what} failed`, error);
    answer = { kind: 'private', messages: [renderNotice(GENERIC_ERROR)] };
  }
  await deliverAnswer(answer, target, transport);
}
