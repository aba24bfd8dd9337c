import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from '../../test/support/loopback-server.js';
import { fetchSource, parseRetryAfter } from './fetch-source.js';
import { ImportError } from './import-error.js';
import { FETCH_TIMEOUT, HTTP_FORBIDDEN, HTTP_GAVE_UP, HTTP_NOT_FOUND, RETRY_TOO_LONG } from './messages.js';

let server: LoopbackServer;
const waits: number[] = [];
// Waits are recorded, not slept: the test runs in milliseconds whatever the site asks.
const options = { timeoutMs: 5000, retries: 2, backoffMs: 50, sleep: async (ms: number) => void waits.push(ms) };

beforeAll(async () => {
  server = await startLoopbackServer({
    '/busy-then-ok': (_request, response, hit) => {
      if (hit === 1) response.writeHead(429, { 'retry-after': '7' }).end();
      else response.writeHead(200, { 'content-type': 'text/html' }).end('<p>Overview: chapter</p>');
    },
    '/unavailable-then-ok': (_request, response, hit) => {
      if (hit < 3) response.writeHead(503).end();
      else response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    },
    '/always-busy': (_request, response) => void response.writeHead(503, { 'retry-after': '1' }).end(),
    '/wait-an-hour': (_request, response) => void response.writeHead(429, { 'retry-after': '3600' }).end(),
    '/forbidden': (_request, response) => void response.writeHead(403).end('no robots'),
    '/hang': () => undefined,
  });
});

afterAll(() => server.close());

async function failure(path: string, timeoutMs = options.timeoutMs): Promise<ImportError> {
  const error = await fetchSource(`${server.url}${path}`, { ...options, timeoutMs }).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError from ${path}, got ${String(error)}`);
  return error;
}

describe('fetchSource', () => {
  it("waits as a 429's Retry-After says, then returns the page", async () => {
    waits.length = 0;
    const page = await fetchSource(`${server.url}/busy-then-ok`, options);
    expect(new TextDecoder().decode(page.bytes)).toBe('<p>Overview: chapter</p>');
    expect(page.contentType).toBe('text/html');
    expect(waits).toEqual([7000]);
    expect(server.hits.get('/busy-then-ok')).toBe(2);
  });

  it('backs off exponentially on 503 with no Retry-After', async () => {
    waits.length = 0;
    const page = await fetchSource(`${server.url}/unavailable-then-ok`, options);
    expect(page.contentType).toBe('application/pdf');
    expect(waits).toEqual([50, 100]);
  });

  it('gives up after its retries with a message naming the address', async () => {
    const error = await failure('/always-busy');
    expect(error.code).toBe('busy');
    expect(error.message).toBe(HTTP_GAVE_UP(`${server.url}/always-busy`, 503, 3));
    expect(server.hits.get('/always-busy')).toBe(3);
  });

  it('says 404 and 403 plainly, without retrying', async () => {
    expect((await failure('/missing')).message).toBe(HTTP_NOT_FOUND(`${server.url}/missing`));
    expect((await failure('/forbidden')).message).toBe(HTTP_FORBIDDEN(`${server.url}/forbidden`));
    expect(server.hits.get('/missing')).toBe(1);
    expect(server.hits.get('/forbidden')).toBe(1);
  });

  it('stops waiting for a server that never answers', async () => {
    const error = await failure('/hang', 200);
    expect(error.code).toBe('timeout');
    expect(error.message).toBe(FETCH_TIMEOUT(`${server.url}/hang`, 0.2));
    expect(server.hits.get('/hang')).toBe(3);
  });

  describe('edge cases', () => {
    it('refuses a Retry-After longer than its limit rather than stall the run', async () => {
      const error = await failure('/wait-an-hour');
      expect(error.message).toBe(RETRY_TOO_LONG(`${server.url}/wait-an-hour`, 3600));
    });

    it('reads Retry-After as seconds or as an HTTP date', () => {
      const now = Date.parse('2026-11-25T10:00:00Z');
      expect(parseRetryAfter('120', now)).toBe(120_000);
      expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
      expect(parseRetryAfter('soon', now)).toBeNull();
      expect(parseRetryAfter(null, now)).toBeNull();
    });
  });
});
