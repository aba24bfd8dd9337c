import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import { answerHomeOpened } from '../../../answers/answer-home-opened.js';
import { parseHomeOpenedEvent } from '../../input.js';

/** The App Home tab was opened: publish what the bot knows and how to ask. */
export function appHomeOpenedCallback(deps: AnswerDeps) {
  return async ({
    event,
    client,
    logger,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    const userId = parseHomeOpenedEvent(event);
    if (userId === null) return;
    try {
      await client.views.publish({ user_id: userId, view: answerHomeOpened(deps) });
    } catch (error) {
      // Nobody is waiting on a reply here: the tab simply keeps its previous content.
      logger.error('publishing App Home failed', error);
    }
  };
}
