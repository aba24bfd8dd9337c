import { AsyncLocalStorage } from 'node:async_hooks';
import type { AnyMiddlewareArgs, Logger, Middleware } from '@slack/bolt';
import type { SearchEngine } from '../answers/answer-deps.js';
import type { Store } from '../store/store.js';
import { parseUsageOf } from './input.js';

/** What one request found, noted by the wrapped engine while the request's listener runs. */
interface Track {
  hit: boolean;
}

export interface UsageRecorder {
  /** The engine, noting in the current request whether a search or section lookup found anything. */
  wrap(engine: SearchEngine): SearchEngine;
  /** Notes in the current request whether an answer computed elsewhere (a worker thread) found anything. */
  note(found: boolean): void;
  /** Global middleware: times each command, click, mention or DM and writes one usage row after it is answered. */
  middleware: Middleware<AnyMiddlewareArgs>;
}

/**
 * The usage log: kind of request, latency, hit or no hit, team. The message text is handed to the store, which
 * drops it unless the operator turned USAGE_LOG_TEXT on. A failed write is logged, never shown to anyone.
 * @example
 * const usage = createUsageRecorder(store, logger);
 * app.use(usage.middleware);
 * register(app, { ...deps, engine: usage.wrap(deps.engine) });
 */
export function createUsageRecorder(
  store: Store,
  logger: Logger,
  clock: () => number = () => performance.now(),
): UsageRecorder {
  const current = new AsyncLocalStorage<Track>();
  const note = (found: boolean) => {
    const track = current.getStore();
    if (track !== undefined && found) track.hit = true;
  };
  return {
    note,
    wrap(engine) {
      return {
        ...engine,
        search: (query, options) => {
          const response = engine.search(query, options);
          note(response.total > 0);
          return response;
        },
        findSection: (name) => {
          const match = engine.findSection(name);
          note(match !== null);
          return match;
        },
      };
    },
    middleware: async ({ body, next }) => {
      const usage = parseUsageOf(body);
      if (usage === null) {
        await next();
        return;
      }
      const track: Track = { hit: false };
      const start = clock();
      await current.run(track, next);
      try {
        await store.recordUsage({ ...usage, latencyMs: clock() - start, hit: track.hit });
      } catch (error) {
        logger.warn(`writing the usage row of a ${usage.kind} failed`, error);
      }
    },
  };
}
