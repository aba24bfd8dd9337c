import { describe, expect, it } from 'vitest';
import { createEventDeduper } from './event-dedup.js';

describe('createEventDeduper', () => {
  it('returns true once per key', () => {
    const dedup = createEventDeduper({ now: () => 0 });
    expect(dedup.firstSeen('Ev1')).toBe(true);
    expect(dedup.firstSeen('Ev1')).toBe(false);
    expect(dedup.firstSeen('Ev2')).toBe(true);
  });

  it('forgets keys after the TTL', () => {
    let time = 0;
    const dedup = createEventDeduper({ ttlMs: 1000, now: () => time });
    dedup.firstSeen('Ev1');
    time = 999;
    expect(dedup.firstSeen('Ev1')).toBe(false);
    time = 2000;
    expect(dedup.firstSeen('Ev1')).toBe(true);
  });

  it('stays bounded, dropping the oldest', () => {
    const dedup = createEventDeduper({ maxEntries: 3, now: () => 0 });
    for (const key of ['a', 'b', 'c', 'd']) dedup.firstSeen(key);
    expect(dedup.size).toBe(3);
    expect(dedup.firstSeen('a')).toBe(true);
    expect(dedup.firstSeen('d')).toBe(false);
  });
});
