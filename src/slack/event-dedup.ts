/**
 * Remembers recently answered deliveries so a retried one (X-Slack-Retry-Num, the same message again) is answered
 * once. One key per delivery: {@link parseDeliveryKey} in input.ts. This in-memory one serves one process; a copy
 * of the app behind a load balancer needs the store's, which keeps the same interface.
 */
export interface EventDeduper {
  /**
   * Claims `key`: true the first time it is seen within the TTL (answer it), false for a repeat (skip it).
   * Asynchronous so a shared store can back it.
   */
  firstSeen(key: string): Promise<boolean>;
}

export interface EventDeduperOptions {
  /** Slack retries after about 1 and 5 minutes; keep keys a little longer. Default 10 minutes. */
  ttlMs?: number;
  /** How many deliveries are remembered at most (one entry each). Default 5,000. */
  maxEntries?: number;
  now?: () => number;
}

/** The in-memory deduper, with its size for tests. */
export interface MemoryEventDeduper extends EventDeduper {
  readonly size: number;
}

/**
 * Bounded two ways: entries expire after `ttlMs`, and past `maxEntries` the oldest is dropped (a Map keeps insertion
 * order, so it doubles as the LRU list).
 * @example
 * const dedup = createEventDeduper({ now: () => 0 });
 * await dedup.firstSeen('C1:1515449522.000016'); //=> true
 * await dedup.firstSeen('C1:1515449522.000016'); //=> false
 */
export function createEventDeduper(options: EventDeduperOptions = {}): MemoryEventDeduper {
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

  function claim(key: string): boolean {
    const time = now();
    evict(time);
    const at = seen.get(key);
    if (at !== undefined && time - at < ttlMs) return false;
    seen.delete(key);
    seen.set(key, time);
    if (seen.size > maxEntries) evict(time);
    return true;
  }

  return {
    firstSeen: async (key) => claim(key),
    get size() {
      return seen.size;
    },
  };
}
