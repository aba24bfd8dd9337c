import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import { answerFeedback } from '../../../answers/answer-feedback.js';
import { deliverAnswer, toTransport } from '../../deliver-answer.js';
import { parseFeedbackSubmission } from '../../input.js';
import { FEEDBACK_MODAL } from '../../render-feedback-modal.js';
import { isFirstDelivery } from '../dedupe-events.js';

/**
 * The "what was wrong" form sent: ack (which closes it), keep the 👎 with its text (replacing the vote the click
 * saved), and thank the person privately where the answer was.
 */
export function feedbackSubmissionCallback(deps: AnswerDeps) {
  return async ({
    ack,
    body,
    client,
    logger,
    context,
  }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    await ack();
    if (!(await isFirstDelivery(context))) return;
    const form = parseFeedbackSubmission(body, FEEDBACK_MODAL.blockId, FEEDBACK_MODAL.actionId);
    if (form === null) {
      logger.warn('received a feedback form we cannot read');
      return;
    }
    const input = {
      vote: 'down' as const,
      value: form.value,
      userId: form.userId,
      teamId: form.teamId,
      text: form.text,
    };
    const outcome = await answerFeedback(deps, input, (error) => logger.error('saving feedback failed', error));
    const target = { userId: form.userId, channelId: form.channelId, threadTs: form.threadTs };
    await deliverAnswer(outcome.answer, target, toTransport({ client, logger }));
  };
}
