import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { EventDeduper } from '../event-dedup.js';
import { parseDeliveryKey } from '../input.js';

/**
 * Global middleware: an Events API delivery already claimed (Slack's retry after a slow answer, X-Slack-Retry-Num ≥ 1,
 * or the same message arriving as app_mention and as message.im) stops here, so it is answered once. One claim per
 * delivery, so the deduper's capacity counts messages.
 */
export function dedupeEvents(dedup: EventDeduper): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next, logger }) => {
    const key = parseDeliveryKey(body);
    if (key !== null && !(await dedup.firstSeen(key))) {
      logger.info('skipping a repeated delivery');
      // For the request log line (log-requests.ts).
      context.repeatedDelivery = true;
      return;
    }
    await next();
  };
}
