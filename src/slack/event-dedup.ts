/**
 * Remembers recently seen event keys so a retried delivery (X-Slack-Retry-Num, same event_id)
 * is answered once. Bounded two ways: entries expire after `ttlMs`, and past `maxEntries` the
 * oldest is dropped (a Map keeps insertion order, so it doubles as the LRU list).
 */
export interface EventDeduper {
  /** True the first time `key` is seen within the TTL; false for a repeat. */
  firstSeen(key: string): boolean;
  readonly size: number;
}

export interface EventDeduperOptions {
  /** Slack retries after about 1 and 5 minutes; keep keys a little longer. Default 10 minutes. */
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/**
 * @example
 * const dedup = createEventDeduper({ now: () => 0 });
 * dedup.firstSeen('Ev123'); //=> true
 * dedup.firstSeen('Ev123'); //=> false
 */
export function createEventDeduper(options: EventDeduperOptions = {}): EventDeduper {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const maxEntries = options.maxEntries ?? 5_000;
  const now = options.now ?? Date.now;
  const seen = new Map<string, number>();

  function evict(time: number): void {
    for (const [key, at] of seen) {
      if (time - at < ttlMs && seen.size <= maxEntries) break;
      seen.delete(key);
    }
  }

  return {
    firstSeen(key: string): boolean {
      const time = now();
      evict(time);
      const at = seen.get(key);
      if (at !== undefined && time - at < ttlMs) return false;
      seen.delete(key);
      seen.set(key, time);
      if (seen.size > maxEntries) evict(time);
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}
