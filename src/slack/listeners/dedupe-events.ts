import type { AckFn, AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { ClaimDelivery } from '../claim-delivery.js';
import { parseDeliveryKey } from '../input.js';

function ackOf(args: AnyMiddlewareArgs): AckFn<unknown> | null {
  return 'ack' in args && typeof args.ack === 'function' ? (args.ack as AckFn<unknown>) : null;
}

/**
 * Global middleware: a delivery another copy of the app (or this one) already claimed stops here, acknowledged
 * and unanswered. That covers Slack's retries of a slow answer (X-Slack-Retry-Num ≥ 1, same event_id) landing on
 * any copy, even while the first copy is still answering. Events are already acked by Bolt; a repeated slash
 * command or click gets an empty ack.
 */
export function dedupeEvents(claim: ClaimDelivery): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const key = parseDeliveryKey(args.body);
    if (key !== null && !(await claim(key))) {
      args.logger.info(`skipping a repeated delivery ${key}`);
      // For the request log line (log-requests.ts).
      args.context.repeatedDelivery = true;
      const ack = ackOf(args);
      if (ack !== null) await ack();
      return;
    }
    await args.next();
  };
}
