import { describe, expect, it } from 'vitest';
import type { Store } from '../store/store.js';
import { createRecordingLogger } from '../../test/support/recording-logger.js';
import { CLAIM_TTL_MS, createClaimDelivery } from './claim-delivery.js';

describe('createClaimDelivery', () => {
  it('claims through the store for a quarter of an hour', async () => {
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
      ['event:Ev1', CLAIM_TTL_MS],
      ['event:Ev1', CLAIM_TTL_MS],
    ]);
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
