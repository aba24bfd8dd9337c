import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import { answerWith } from '../../../answers/answer-request.js';
import { parseBlockAction } from '../../input.js';
import { MALFORMED_REQUEST } from '../../messages.js';
import { renderNotice } from '../../../answers/blocks/render-help.js';
import { toTransport } from '../../deliver-answer.js';
import { answerSafely } from '../answer-safely.js';
import { isFirstDelivery } from '../dedupe-events.js';

/** Any of our buttons: ack at once, then (unless another copy claimed the click) answer where the button was (its message, thread or channel). */
export function blockActionCallback(deps: AnswerDeps) {
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
    if (action === null) {
      logger.warn('received a block action we cannot read');
      if (transport.respond !== null) {
        await transport.respond({
          ...renderNotice(MALFORMED_REQUEST),
          response_type: 'ephemeral',
          replace_original: false,
        });
      }
      return;
    }
    const target = { userId: action.userId, channelId: action.channelId, threadTs: action.threadTs };
    await answerSafely(`button ${action.actionId}`, target, transport, () =>
      answerWith(deps, { kind: 'action', action }),
    );
  };
}
