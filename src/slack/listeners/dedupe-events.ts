import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import type { ClaimDelivery, ClaimLease, LeaseClaim } from '../claim-delivery.js';
import { parseDeliveryKey, parseRequestKind } from '../input.js';

/** Where {@link dedupeEvents} leaves the claim of a request that its listener acknowledges. */
const PENDING_CLAIM = 'pendingDeliveryClaim';

/**
 * Global middleware: a delivery another copy of the app (or this one) already claimed is not answered again. That
 * covers Slack's retries of a slow answer (X-Slack-Retry-Num ≥ 1, same event_id) landing on any copy, even while the
 * first copy is still answering.
 * - Events: Bolt has acked them before any middleware runs; the claim is awaited here, and a repeat stops here.
 * - Slash commands, clicks and forms: their listener acks, and must within Slack's 3 seconds, so the ack never waits
 *   for the store. The claim is sent at once and the listener awaits it only after its ack, before answering
 *   ({@link isFirstDelivery}).
 * A claim won is a short lease renewed while the listeners answer, and held longer once they are done (`lease`).
 */
export function dedupeEvents(claim: ClaimDelivery, lease: LeaseClaim): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const key = parseDeliveryKey(args.body);
    if (key === null) {
      await args.next();
      return;
    }
    const skip = () => {
      args.logger.info(`skipping a repeated delivery ${key}`);
      // For the request log line (log-requests.ts).
      args.context.repeatedDelivery = true;
    };
    let held: ClaimLease | null = null;
    try {
      if (parseRequestKind(args.body).kind === 'event') {
        if (await claim(key)) {
          held = lease(key);
          await args.next();
        } else skip();
        return;
      }
      const claimed = claim(key).then((won) => {
        if (won) held = lease(key);
        else skip();
        return won;
      });
      args.context[PENDING_CLAIM] = claimed;
      await args.next();
      await claimed;
    } finally {
      await (held as ClaimLease | null)?.end();
    }
  };
}

/**
 * For a listener that acks its request (a command, click or form): after the ack, whether this copy answers it (false
 * for a delivery another copy or an earlier request claimed). True when no claim was made (no delivery key).
 * @example
 * await ack();
 * if (!(await isFirstDelivery(context))) return;
 */
export async function isFirstDelivery(context: Context): Promise<boolean> {
  const claimed: unknown = context[PENDING_CLAIM];
  return claimed instanceof Promise ? (await claimed) === true : true;
}
