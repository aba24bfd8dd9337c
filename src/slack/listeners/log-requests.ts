import { randomUUID } from 'node:crypto';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/** Where a request came in: `command /incident`, `event app_mention`, `action more_results`, … */
function entryPoint(body: unknown): string {
  if (typeof body !== 'object' || body === null) return 'unknown';
  const command = Reflect.get(body, 'command');
  if (typeof command === 'string') return `command ${command}`;
  const event: unknown = Reflect.get(body, 'event');
  if (typeof event === 'object' && event !== null) return `event ${String(Reflect.get(event, 'type'))}`;
  const actions: unknown = Reflect.get(body, 'actions');
  if (Array.isArray(actions)) {
    const first: unknown = actions[0];
    const id = typeof first === 'object' && first !== null ? Reflect.get(first, 'action_id') : undefined;
    return `action ${typeof id === 'string' ? id : 'unknown'}`;
  }
  const type = Reflect.get(body, 'type');
  return typeof type === 'string' ? type : 'unknown';
}

/**
 * Global middleware: one log line a request when its listeners are done, with a request id, the workspace, the entry
 * point, the latency and the outcome (`answered`, `repeat skipped` for a retried delivery, `failed`). Never the
 * text of a message or any token.
 * @example app.use(logRequests()); // {"requestId":"…","team":"T1","entry":"command /incident","latencyMs":14.2,"outcome":"answered","msg":"request"}
 */
export function logRequests(now: () => number = performance.now.bind(performance)): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, logger, next }) => {
    const started = now();
    const fields = {
      requestId: randomUUID(),
      team: context.teamId ?? context.enterpriseId ?? null,
      entry: entryPoint(body),
    };
    try {
      await next();
      const outcome = context.repeatedDelivery === true ? 'repeat skipped' : 'answered';
      logger.info({ ...fields, latencyMs: Math.round((now() - started) * 10) / 10, outcome }, 'request');
    } catch (error) {
      logger.info({ ...fields, latencyMs: Math.round((now() - started) * 10) / 10, outcome: 'failed' }, 'request');
      throw error;
    }
  };
}
