import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import { answerFeedback, feedbackVote } from '../../../answers/answer-feedback.js';
import { decodeFeedbackValue } from '../../../answers/action-values.js';
import { toTransport, deliverAnswer } from '../../deliver-answer.js';
import { parseBlockAction, parseTeamId, parseTriggerId } from '../../input.js';
import { renderFeedbackModal } from '../../render-feedback-modal.js';
import { slackErrorCode } from '../../slack-error-code.js';
import { isFirstDelivery } from '../dedupe-events.js';

/**
 * 👍 / 👎 on an answer: ack, then for 👎 open the optional "what was wrong" form first (its trigger_id lasts 3 s),
 * keep the vote (replacing this person's earlier vote on the answer), and thank them privately. A 👎 whose form
 * opened is thanked when the form is sent; closing the form keeps the vote without text.
 */
export function feedbackActionCallback(deps: AnswerDeps) {
  return async ({
    ack,
    body,
    respond,
    client,
    logger,
    context,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction>): Promise<void> => {
    await ack();
    if (!(await isFirstDelivery(context))) return;
    const transport = toTransport({ client, respond, logger });
    const action = parseBlockAction(body);
    const vote = action === null ? null : feedbackVote(action.actionId);
    if (action === null || vote === null) {
      logger.warn('received a feedback click we cannot read');
      return;
    }
    const target = { userId: action.userId, channelId: action.channelId, threadTs: action.threadTs };
    const ref = decodeFeedbackValue(action.value);
    const triggerId = parseTriggerId(body);
    let formOpened = false;
    if (vote === 'down' && ref !== null && triggerId !== null && action.value !== null && deps.feedback !== undefined) {
      try {
        const metadata = { value: action.value, channelId: action.channelId, threadTs: action.threadTs };
        await client.views.open({ trigger_id: triggerId, view: renderFeedbackModal(metadata, ref.query) });
        formOpened = true;
      } catch (error) {
        logger.warn(`opening the feedback form failed (${slackErrorCode(error)}); keeping the vote without it`);
      }
    }
    const input = { vote, value: action.value, userId: action.userId, teamId: parseTeamId(body), text: null };
    const outcome = await answerFeedback(deps, input, (error) => logger.error('saving feedback failed', error));
    // A 👎 whose form opened is thanked when the form is sent, not twice.
    if (formOpened && outcome.saved) return;
    await deliverAnswer(outcome.answer, target, transport);
  };
}
