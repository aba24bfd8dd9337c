import type { Logger } from '@slack/bolt';
import type { Store } from '../store/store.js';

/**
 * How long a claim holds. Slack retries an event about 3 s, 1 minute and 5 minutes after the first delivery
 * (docs: Events API retries); a quarter of an hour covers all three with room to spare.
 */
export const CLAIM_TTL_MS = 15 * 60_000;

/** Claims a delivery for this copy of the app: true when this copy should answer it. */
export type ClaimDelivery = (key: string) => Promise<boolean>;

/**
 * Claims through the store, which every copy shares. When the store cannot be reached the delivery is answered
 * anyway (and the failure logged): a rare duplicate answer is better than a question nobody answers.
 * @example
 * const claim = createClaimDelivery(store, logger);
 * await claim('event:Ev123'); //=> true here, false on every other copy and retry
 */
export function createClaimDelivery(store: Store, logger: Logger): ClaimDelivery {
  return async (key) => {
    try {
      return await store.claimDelivery(key, CLAIM_TTL_MS);
    } catch (error) {
      logger.error(`claiming delivery ${key} in the store failed; answering it anyway`, error);
      return true;
    }
  };
}
