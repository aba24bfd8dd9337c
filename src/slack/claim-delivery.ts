import type { Logger } from '@slack/bolt';
import type { Store } from '../store/store.js';

/**
 * How long a claim holds once its answer is delivered. Slack retries an event about 3 s, 1 minute and 5 minutes after
 * the first delivery (docs: Events API retries); a quarter of an hour covers all three with room to spare.
 */
export const CLAIM_TTL_MS = 15 * 60_000;
/**
 * How long a claim holds while its copy answers: a lease, renewed every {@link LEASE_RENEW_MS} until the answer is
 * delivered. A copy that dies mid-answer stops renewing, so its claim lapses within half a minute and the retry Slack
 * sends after about 1 minute is answered by another copy (a 15-minute claim would have dropped it and the 5-minute one).
 */
export const CLAIM_LEASE_MS = 30_000;
export const LEASE_RENEW_MS = 10_000;

/** Claims a delivery for this copy of the app: true when this copy should answer it. */
export type ClaimDelivery = (key: string) => Promise<boolean>;

/** The claim of a delivery this copy is answering, kept alive until {@link ClaimLease.end}. */
export interface ClaimLease {
  /** The answer is delivered (or failed for good): the claim is kept for {@link CLAIM_TTL_MS} and renewals stop. */
  end(): Promise<void>;
}

/** Starts renewing the lease of a claimed delivery. */
export type LeaseClaim = (key: string) => ClaimLease;

/**
 * Claims through the store, which every copy shares, for {@link CLAIM_LEASE_MS}. When the store cannot be reached the
 * delivery is answered anyway (and the failure logged): a rare duplicate answer is better than a question nobody
 * answers.
 * @example
 * const claim = createClaimDelivery(store, logger);
 * await claim('event:Ev123'); //=> true here, false on every other copy and retry
 */
export function createClaimDelivery(store: Store, logger: Logger): ClaimDelivery {
  return async (key) => {
    try {
      return await store.claimDelivery(key, CLAIM_LEASE_MS);
    } catch (error) {
      logger.error(`claiming delivery ${key} in the store failed; answering it anyway`, error);
      return true;
    }
  };
}

/**
 * Keeps the claims of deliveries being answered: renews each lease every `renewMs` while the answer runs, and holds
 * the claim for {@link CLAIM_TTL_MS} once it ends. A failed renewal is logged; the answer goes on.
 * @example
 * const lease = createLeaseClaim(store, logger)('event:Ev123');
 * await answer();
 * await lease.end();
 */
export function createLeaseClaim(store: Store, logger: Logger, renewMs = LEASE_RENEW_MS): LeaseClaim {
  const extend = async (key: string, ttlMs: number) => {
    try {
      await store.extendClaim(key, ttlMs);
    } catch (error) {
      logger.warn(`keeping the claim of delivery ${key} in the store failed`, error);
    }
  };
  return (key) => {
    const timer = setInterval(() => void extend(key, CLAIM_LEASE_MS), renewMs);
    timer.unref();
    return {
      async end() {
        clearInterval(timer);
        await extend(key, CLAIM_TTL_MS);
      },
    };
  };
}
