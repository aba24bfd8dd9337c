/**
 * A `fetch` that gives up after `timeoutMs`. Bolt uses one fetch for both the Web API client and
 * `respond()` (the response_url), and neither has a deadline by default: a Slack endpoint that
 * accepts the connection and never answers would leave the person waiting forever and pile up
 * requests behind the client's concurrency limit. With a deadline the call fails, and delivery
 * falls back (ephemeral message, then a DM) like for any other Slack error.
 * @example
 * const fetchFn = createTimedFetch(10_000);
 * await fetchFn('https://hooks.slack.com/actions/…', { method: 'POST', body: '{}' }); // rejects after 10 s
 */
export function createTimedFetch(timeoutMs: number, fetchFn: typeof fetch = globalThis.fetch): typeof fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return fetchFn(input, { ...init, signal });
  };
}
