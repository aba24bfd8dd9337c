import { ImportError } from './import-error.js';
import {
  FETCH_FAILED,
  FETCH_TIMEOUT,
  HTTP_FORBIDDEN,
  HTTP_GAVE_UP,
  HTTP_NOT_FOUND,
  HTTP_STATUS,
  RETRY_TOO_LONG,
} from './messages.js';

/** How politely and how long to try one address. Every default suits the real sites; tests shorten them. */
export interface FetchOptions {
  /** Per attempt, headers and body together. */
  timeoutMs?: number;
  /** Attempts after the first, for 429, 502, 503, 504, timeouts and dropped connections. */
  retries?: number;
  /** The first wait when the site gives no Retry-After; doubled on each retry. */
  backoffMs?: number;
  /** A Retry-After longer than this gives up at once, with a message, rather than stall the run. */
  maxRetryAfterMs?: number;
  userAgent?: string;
  /** Injected in tests. */
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  now?: () => number;
}

/** A fetched page or PDF. */
export interface FetchedSource {
  /** The address after redirects. */
  url: string;
  bytes: Uint8Array;
  contentType: string;
}

export const DEFAULT_FETCH_OPTIONS = Object.freeze({
  timeoutMs: 30_000,
  retries: 4,
  backoffMs: 1_000,
  maxRetryAfterMs: 120_000,
  userAgent: 'reportdesk-import/0.1 (+https://github.com/reportdesk; one chapter at a time)',
});

const RETRIED_STATUSES = new Set([429, 502, 503, 504]);

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A Retry-After header in milliseconds: delta-seconds (`120`) or an HTTP date; null when absent or unreadable.
 *
 * @example
 * parseRetryAfter('3', 0); // 3000
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

// Connection troubles worth another try; a bad address or an unknown host is not.
const RETRIED_ERRORS = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCode(error: unknown): string | null {
  const cause = error instanceof Error ? error.cause : null;
  return cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? null) : null;
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (cause instanceof Error) return (cause as NodeJS.ErrnoException).code ?? cause.message;
  return error.message;
}

/**
 * Fetches one address politely: a plain User-Agent, a timeout per attempt, and on 429 or 503 (and 502, 504,
 * timeouts, dropped connections) a wait of the site's `Retry-After`, else an exponential backoff, before trying
 * again. Node's own fetch is enough: the whole policy is this loop, and tests inject time and a loopback server.
 *
 * @param url - the page or PDF address
 * @param options - timeouts and retries
 * @returns the bytes, their content type and the final address
 * @throws ImportError with a message naming the address and what to do (404, 403, gave up, timeout, network)
 *
 * @example
 * const { bytes } = await fetchSource('https://www.state.gov/reports/country-reports-on-terrorism-2021/mali/');
 */
export async function fetchSource(url: string, options: FetchOptions = {}): Promise<FetchedSource> {
  const settings = { ...DEFAULT_FETCH_OPTIONS, ...options };
  const sleep = options.sleep ?? defaultSleep;
  const fetchImpl = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const attempts = settings.retries + 1;

  for (let attempt = 1; ; attempt += 1) {
    let response: Response;
    let bytes: Uint8Array;
    try {
      const signal = AbortSignal.timeout(settings.timeoutMs);
      response = await fetchImpl(url, {
        signal,
        redirect: 'follow',
        headers: { 'user-agent': settings.userAgent, accept: 'text/html,application/pdf;q=0.9,*/*;q=0.5' },
      });
      if (!response.ok) {
        // The body of an error page is not needed: release the connection.
        await response.body?.cancel();
      }
      bytes = response.ok ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array();
    } catch (error) {
      const timedOut = isTimeout(error);
      const code = errorCode(error);
      if (attempt < attempts && (timedOut || (code !== null && RETRIED_ERRORS.has(code)))) {
        await sleep(settings.backoffMs * 2 ** (attempt - 1));
        continue;
      }
      if (timedOut) throw new ImportError('timeout', FETCH_TIMEOUT(url, settings.timeoutMs / 1000));
      throw new ImportError('network', FETCH_FAILED(url, reason(error)));
    }

    if (response.ok) {
      return { url: response.url || url, bytes, contentType: response.headers.get('content-type') ?? '' };
    }
    if (RETRIED_STATUSES.has(response.status)) {
      const asked = parseRetryAfter(response.headers.get('retry-after'), now());
      if (asked !== null && asked > settings.maxRetryAfterMs) {
        throw new ImportError('busy', RETRY_TOO_LONG(url, Math.round(asked / 1000)));
      }
      if (attempt < attempts) {
        await sleep(asked ?? settings.backoffMs * 2 ** (attempt - 1));
        continue;
      }
      throw new ImportError('busy', HTTP_GAVE_UP(url, response.status, attempts));
    }
    if (response.status === 404) throw new ImportError('not_found', HTTP_NOT_FOUND(url));
    if (response.status === 403 || response.status === 401) throw new ImportError('forbidden', HTTP_FORBIDDEN(url));
    throw new ImportError('http', HTTP_STATUS(url, response.status));
  }
}
