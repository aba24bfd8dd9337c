import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { EventDeduper } from '../event-dedup.js';
import { parseEventId } from '../input.js';

/**
 * Global middleware: an Events API delivery whose event_id we have already seen (Slack's retry
 * after a slow answer, X-Slack-Retry-Num ≥ 1) stops here, so it is answered once.
 */
export function dedupeEvents(dedup: EventDeduper): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next, logger }) => {
    const eventId = parseEventId(body);
    if (eventId !== null && !dedup.firstSeen(`event:${eventId}`)) {
      logger.info(`skipping a repeated delivery of event ${eventId}`);
      return;
    }
    await next();
  };
}
