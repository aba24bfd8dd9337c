import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/** Counts the requests being answered, so a shutdown can wait for them. */
export interface InFlight {
  /** Global middleware: counts a request from the moment Bolt hands it over until its listeners are done. */
  middleware: Middleware<AnyMiddlewareArgs>;
  readonly count: number;
  /**
   * Resolves when nothing is in flight, or after `deadlineMs`.
   * @returns how many were still running
   */
  drain(deadlineMs: number): Promise<number>;
}

/**
 * @example
 * const inFlight = createInFlight();
 * app.use(inFlight.middleware);
 * await inFlight.drain(10_000); //=> 0 once every answer is delivered
 */
export function createInFlight(): InFlight {
  let count = 0;
  const waiters = new Set<() => void>();
  const settle = () => {
    if (count > 0) return;
    for (const wake of waiters) wake();
    waiters.clear();
  };
  return {
    middleware: async ({ next }) => {
      count += 1;
      try {
        await next();
      } finally {
        count -= 1;
        settle();
      }
    },
    get count() {
      return count;
    },
    async drain(deadlineMs) {
      if (count === 0) return 0;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadlineMs);
        timer.unref();
        waiters.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      return count;
    },
  };
}
