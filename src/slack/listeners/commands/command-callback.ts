import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderNotice } from '../../../answers/blocks/render-help.js';
import { toTransport } from '../../deliver-answer.js';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import { parseCommandPayload } from '../../input.js';
import { MALFORMED_REQUEST } from '../../messages.js';
import { answerWith } from '../../../answers/answer-request.js';
import { answerSafely } from '../answer-safely.js';
import { isFirstDelivery } from '../dedupe-events.js';

/**
 * A slash-command listener: ack at once (with a private notice if the payload is malformed), then, unless another
 * copy claimed the same delivery, the answer through the response_url, with the fallbacks of {@link answerSafely}.
 */
export function commandCallback(command: string, kind: 'incident-command' | 'report-command') {
  return (deps: AnswerDeps) =>
    async ({
      ack,
      body,
      respond,
      client,
      logger,
      context,
    }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
      const input = parseCommandPayload(body);
      if (input === null) {
        await ack({ ...renderNotice(MALFORMED_REQUEST), response_type: 'ephemeral' });
        return;
      }
      await ack();
      if (!(await isFirstDelivery(context))) return;
      const target = { userId: input.userId, channelId: input.channelId, threadTs: null };
      await answerSafely(command, target, toTransport({ client, respond, logger }), () =>
        answerWith(deps, { kind, text: input.text }),
      );
    };
}
