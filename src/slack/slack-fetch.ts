/**
 * The `fetch` under Bolt's Web API client, which decides what may be sent again and what waits.
 *
 * - A post is not idempotent: when `chat.postMessage` (or another call that creates something) gets no answer in
 *   time, Slack may have posted it anyway, and the client's retry would post it again (4 copies were seen). Such a
 *   call is never retried: it fails with `post_unconfirmed`, a Slack-style error the client does not retry.
 *   A refused connection (nothing was sent) fails as before and may be retried.
 * - A 429 holds back only what it limits: Slack limits a method per workspace, and posting about once a second per
 *   channel. The wait is remembered per token, method and channel, and calls to that key fail at once as rate
 *   limited until it is over, while every other channel and method goes on. The client is set to reject rate-limited
 *   calls, so it never pauses its whole queue.
 */

/** Web API methods that create something, so that sending one twice can show it twice. */
const NOT_IDEMPOTENT: ReadonlySet<string> = new Set([
  'chat.postMessage',
  'chat.postEphemeral',
  'chat.scheduleMessage',
  'files.completeUploadExternal',
]);

/** The error a post that timed out fails with: it may have landed, so it is neither retried nor re-sent. */
export const POST_UNCONFIRMED_CODE = 'post_unconfirmed';

export interface SlackFetchOptions {
  now?: () => number;
}

function apiMethod(input: Parameters<typeof fetch>[0]): string | null {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const match = /\/api\/([a-zA-Z.]+)$/.exec(new URL(url).pathname);
  return match?.[1] ?? null;
}

function bodyFields(body: unknown): URLSearchParams | Record<string, unknown> {
  if (typeof body !== 'string') return {};
  if (body.trimStart().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(body);
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return new URLSearchParams(body);
}

function field(fields: URLSearchParams | Record<string, unknown>, name: string): string {
  const value = fields instanceof URLSearchParams ? fields.get(name) : fields[name];
  return typeof value === 'string' ? value : '';
}

function authorization(init: RequestInit | undefined): string {
  const headers = new Headers(init?.headers);
  return headers.get('authorization') ?? '';
}

/** What a rate limit applies to: the workspace's token, the method and, for chat methods, the channel. */
function rateKey(method: string, init: RequestInit | undefined): string {
  const fields = bodyFields(init?.body);
  const token = authorization(init) || field(fields, 'token');
  const channel = method.startsWith('chat.') ? field(fields, 'channel') : '';
  return `${token}\u0000${method}\u0000${channel}`;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

function refusedConnection(error: unknown): boolean {
  const cause: unknown = error instanceof Error ? error.cause : undefined;
  return typeof cause === 'object' && cause !== null && Reflect.get(cause, 'code') === 'ECONNREFUSED';
}

/**
 * @example
 * const client = new WebClient(token, { fetch: createSlackFetch(createTimedFetch(10_000)), rejectRateLimitedCalls: true });
 */
export function createSlackFetch(fetchFn: typeof fetch, options: SlackFetchOptions = {}): typeof fetch {
  const now = options.now ?? Date.now;
  const limitedUntil = new Map<string, number>();

  return async (input, init) => {
    const method = apiMethod(input);
    if (method === null) return fetchFn(input, init);
    const key = rateKey(method, init);
    const until = limitedUntil.get(key);
    if (until !== undefined) {
      const waitSec = Math.ceil((until - now()) / 1000);
      if (waitSec > 0) return json(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(waitSec) });
      limitedUntil.delete(key);
    }
    let response: Response;
    try {
      response = await fetchFn(input, init);
    } catch (error) {
      if (!NOT_IDEMPOTENT.has(method) || refusedConnection(error)) throw error;
      return json(200, { ok: false, error: POST_UNCONFIRMED_CODE });
    }
    if (response.status === 429) {
      // Bounded: past 10,000 limited keys, the ones whose wait is over are forgotten.
      if (limitedUntil.size > 10_000) for (const [k, t] of limitedUntil) if (t <= now()) limitedUntil.delete(k);
      // Retry-After: 0 (or none) means the limit is already over: nothing to hold back.
      const retryAfter = Number(response.headers.get('retry-after'));
      if (Number.isFinite(retryAfter) && retryAfter > 0) limitedUntil.set(key, now() + retryAfter * 1000);
    }
    return response;
  };
}
