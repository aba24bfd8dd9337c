import { describe, expect, it } from 'vitest';
import { createEventDeduper } from './event-dedup.js';

describe('createEventDeduper', () => {
  it('returns true once per key', async () => {
    const dedup = createEventDeduper({ now: () => 0 });
    expect(await dedup.firstSeen('Ev1')).toBe(true);
    expect(await dedup.firstSeen('Ev1')).toBe(false);
    expect(await dedup.firstSeen('Ev2')).toBe(true);
  });

  it('forgets keys after the TTL', async () => {
    let time = 0;
    const dedup = createEventDeduper({ ttlMs: 1000, now: () => time });
    await dedup.firstSeen('Ev1');
    time = 999;
    expect(await dedup.firstSeen('Ev1')).toBe(false);
    time = 2000;
    expect(await dedup.firstSeen('Ev1')).toBe(true);
  });

  it('stays bounded, dropping the oldest', async () => {
    const dedup = createEventDeduper({ maxEntries: 3, now: () => 0 });
    for (const key of ['a', 'b', 'c', 'd']) await dedup.firstSeen(key);
    expect(dedup.size).toBe(3);
    expect(await dedup.firstSeen('a')).toBe(true);
    expect(await dedup.firstSeen('d')).toBe(false);
  });

  it('holds 5,000 deliveries by default', async () => {
    const dedup = createEventDeduper({ now: () => 0 });
    for (let i = 0; i < 5_000; i += 1) await dedup.firstSeen(`C1:${i}`);
    expect(dedup.size).toBe(5_000);
    expect(await dedup.firstSeen('C1:0')).toBe(false);
  });
});
