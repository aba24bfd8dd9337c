import { describe, expect, it } from 'vitest';
import type { Store } from '../store/store.js';
import { createRecordingLogger } from '../../test/support/recording-logger.js';
import { waitUntil } from '../../test/support/recording-logger.js';
import { CLAIM_LEASE_MS, CLAIM_TTL_MS, createClaimDelivery, createLeaseClaim } from './claim-delivery.js';

describe('createClaimDelivery', () => {
  it('claims through the store for a lease shorter than the minute before Slack retries', async () => {
    const asked: [string, number][] = [];
    const store = {
      claimDelivery: async (key: string, ttl: number) => {
        asked.push([key, ttl]);
        return asked.length === 1;
      },
    } as unknown as Store;
    const claim = createClaimDelivery(store, createRecordingLogger());
    expect([await claim('event:Ev1'), await claim('event:Ev1')]).toEqual([true, false]);
    expect(asked).toEqual([
      ['event:Ev1', CLAIM_LEASE_MS],
      ['event:Ev1', CLAIM_LEASE_MS],
    ]);
    expect(CLAIM_LEASE_MS).toBeLessThan(60_000);
    expect(CLAIM_TTL_MS).toBeGreaterThanOrEqual(10 * 60_000);
  });

  it('answers (and logs) when the store cannot be reached', async () => {
    const store = { claimDelivery: async () => Promise.reject(new Error('connection refused')) } as unknown as Store;
    const logger = createRecordingLogger();
    expect(await createClaimDelivery(store, logger)('event:Ev2')).toBe(true);
    expect(logger.lines).toEqual([
      'error claiming delivery event:Ev2 in the store failed; answering it anyway connection refused',
    ]);
  });
});

describe('createLeaseClaim', () => {
  function recordingStore() {
    const extended: [string, number][] = [];
    const store = {
      extendClaim: async (key: string, ttl: number) => {
        extended.push([key, ttl]);
        return true;
      },
    } as unknown as Store;
    return { store, extended };
  }

  it('renews the lease while the answer runs, then holds the claim for a quarter of an hour', async () => {
    const { store, extended } = recordingStore();
    const lease = createLeaseClaim(store, createRecordingLogger(), 5)('event:Ev3');
    await waitUntil(
      () => extended.length >= 2,
      () => JSON.stringify(extended),
    );
    await lease.end();
    const ended = extended.length;
    expect(extended.slice(0, 2)).toEqual([
      ['event:Ev3', CLAIM_LEASE_MS],
      ['event:Ev3', CLAIM_LEASE_MS],
    ]);
    expect(extended.at(-1)).toEqual(['event:Ev3', CLAIM_TTL_MS]);
    // No renewal after the end: one more interval's wait adds nothing.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(extended).toHaveLength(ended);
  });

  it('logs a renewal the store refuses, and still ends', async () => {
    const store = { extendClaim: async () => Promise.reject(new Error('connection refused')) } as unknown as Store;
    const logger = createRecordingLogger();
    await createLeaseClaim(store, logger)('event:Ev4').end();
    expect(logger.lines).toEqual([
      'warn keeping the claim of delivery event:Ev4 in the store failed connection refused',
    ]);
  });
});
