import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderNotice } from '../../blocks/render-help.js';
import type { SlackDeps } from '../../deps.js';
import { answerIncidentCommand } from '../../handlers/answer-incident-command.js';
import { parseCommandPayload } from '../../input.js';
import { MALFORMED_REQUEST } from '../../messages.js';
import { toTransport } from '../../deliver-answer.js';
import { answerSafely } from '../answer-safely.js';

export const INCIDENT_COMMAND = '/incident';

/** `/incident <query>`: ack at once, then the ephemeral answer through the response_url. */
export function incidentCommandCallback(deps: SlackDeps) {
  return async ({ ack, body, respond, client, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    const input = parseCommandPayload(body);
    if (input === null) {
      await ack({ ...renderNotice(MALFORMED_REQUEST), response_type: 'ephemeral' });
      return;
    }
    await ack();
    const target = { userId: input.userId, channelId: input.channelId, threadTs: null };
    await answerSafely('/incident', target, toTransport({ client, respond, logger }), () => ({
      kind: 'private',
      messages: [answerIncidentCommand(deps, input.text)],
    }));
  };
}
