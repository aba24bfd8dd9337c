import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderNotice } from '../../blocks/render-help.js';
import type { SlackDeps } from '../../deps.js';
import { answerReportCommand } from '../../handlers/answer-report-command.js';
import { parseCommandPayload } from '../../input.js';
import { MALFORMED_REQUEST } from '../../messages.js';
import { toTransport } from '../../deliver-answer.js';
import { answerSafely } from '../answer-safely.js';

export const REPORT_COMMAND = '/report';

/** `/report [list | <section> | summary <section>]`: ack at once, then answer. */
export function reportCommandCallback(deps: SlackDeps) {
  return async ({ ack, body, respond, client, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const input = parseCommandPayload(body);
    if (input === null) {
      await ack({ ...renderNotice(MALFORMED_REQUEST), response_type: 'ephemeral' });
      return;
    }
    await ack();
    const target = { userId: input.userId, channelId: input.channelId, threadTs: null };
    await answerSafely('/report', target, toTransport({ client, respond, logger }), () => answerReportCommand(deps, input.text));
  };
}
