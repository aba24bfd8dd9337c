/**
 * A stand-in for Slack's Web API and response_url endpoint on 127.0.0.1. It records every call,
 * rejects any message that breaks Block Kit limits (as Slack would, with `invalid_blocks`; checked by
 * slack-limits.ts, not by the code under test), and can be told to fail the next call of a method
 * with a Slack error code.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findBlockProblems, findMessageProblems, SLACK_LIMITS } from './slack-limits.js';

export interface RecordedCall {
  /** `chat.postMessage`, … or `response_url` */
  method: string;
  args: Record<string, unknown>;
  /** The request path (`/api/chat.postMessage`, `/response/<id>`). */
  path: string;
  /** When the call arrived (`performance.now()`), for latency measurements. */
  at: number;
  /** When its answer was sent in full (`performance.now()`). */
  answeredAt?: number;
  /** The Authorization header (`Bearer xoxb-…`): which token made the call. */
  authorization: string | null;
  /** The ts given to a message this call posted (chat.postMessage), so replies in its thread can be traced to it. */
  ts?: string;
}

interface Failure {
  error: string;
  status: number;
  /** Seconds, sent as Retry-After with a 429. */
  retryAfter: number;
}

/** A file received through files.uploadV2's three steps. */
export interface RecordedUpload {
  fileId: string;
  filename: string;
  /** The length stated to files.getUploadURLExternal. */
  length: number;
  altText: string | null;
  /** The bytes posted to the upload URL (null until they arrive). */
  bytes: Buffer | null;
  /** Set by files.completeUploadExternal. */
  completed: { channelId: string; threadTs: string | null; title: string | null } | null;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The content of the multipart part named `name` (how the Web API client posts a file to the upload URL). */
function multipartPart(raw: Buffer, contentType: string, name: string): Buffer | null {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (marker === undefined) return null;
  const delimiter = Buffer.from(`--${marker}`);
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const next = raw.indexOf(delimiter, start + delimiter.length);
    if (next === -1) return null;
    const part = raw.subarray(start + delimiter.length, next);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1 && part.subarray(0, headerEnd).toString('utf8').includes(`name="${name}"`)) {
      // The part ends with the CRLF that precedes the next delimiter.
      return part.subarray(headerEnd + 4, part.length - 2);
    }
    start = next;
  }
  return null;
}

const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'response_url']);

export interface FakeSlack {
  /** Base URL of the Web API, for SLACK_API_URL (`http://127.0.0.1:1234/api/`). */
  apiUrl: string;
  /** A response_url for one command or click. */
  responseUrl(id: string): string;
  calls: RecordedCall[];
  /** Limit violations seen; a test fails when this is not empty. */
  violations: string[];
  /** Files uploaded through files.getUploadURLExternal → upload URL → files.completeUploadExternal. */
  uploads: RecordedUpload[];
  failNext(method: string, error: string, status?: number, retryAfter?: number): void;
  /** Answers every later call of `method` with this body (`ok: true` added), e.g. oauth.v2.access, auth.test. */
  answer(method: string, body: Record<string, unknown>): void;
  /** The next call of `method` never gets an answer (until reset or close): a Web API that hangs. */
  hangNext(method: string): void;
  /** The next call of `method` is answered after `ms` (recorded at once; `answeredAt` set when the answer is sent). */
  delayNext(method: string, ms: number): void;
  waitFor(predicate: (calls: RecordedCall[]) => boolean, timeoutMs?: number): Promise<RecordedCall[]>;
  reset(): void;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'view']) {
    if (typeof args[key] === 'string') args[key] = JSON.parse(args[key] as string) as unknown;
  }
  return args;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const violations: string[] = [];
  const uploads: RecordedUpload[] = [];
  const failures = new Map<string, Failure[]>();
  const hangs = new Map<string, number>();
  const answers = new Map<string, Record<string, unknown>>();
  const hung = new Set<ServerResponse>();
  const delays = new Map<string, number[]>();
  let nextTs = 1;

  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = request.url ?? '';
      const raw = await readBody(request);
      if (url.startsWith('/upload/')) {
        // Step 2 of files.uploadV2: the bytes, posted to the URL step 1 gave.
        const upload = uploads.find((u) => u.fileId === url.slice('/upload/'.length));
        const contentType = request.headers['content-type'] ?? '';
        const bytes = contentType.startsWith('multipart/form-data') ? multipartPart(raw, contentType, 'body') : raw;
        calls.push({
          method: 'upload',
          args: { fileId: upload?.fileId ?? null, length: bytes?.length ?? 0 },
          path: url,
          at: performance.now(),
          authorization: request.headers.authorization ?? null,
        });
        if (upload === undefined || bytes === null) {
          violations.push(`upload to an unknown URL or without a body: ${url}`);
          response.writeHead(404);
          response.end();
          return;
        }
        upload.bytes = Buffer.from(bytes);
        if (bytes.length !== upload.length)
          violations.push(`${upload.filename}: ${bytes.length} bytes uploaded, ${upload.length} stated`);
        if (upload.filename.endsWith('.png') && !bytes.subarray(0, 8).equals(PNG_SIGNATURE))
          violations.push(`${upload.filename} is not a PNG`);
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end(`OK - ${bytes.length}`);
        return;
      }
      const method = url.startsWith('/response/') ? 'response_url' : (url.replace(/^\/api\//, '').split('?')[0] ?? '');
      const args = parseArgs(raw.toString('utf8'), request.headers['content-type']);
      const call: RecordedCall = {
        method,
        args,
        path: url,
        at: performance.now(),
        authorization: request.headers.authorization ?? null,
      };
      calls.push(call);
      response.on('finish', () => {
        call.answeredAt = performance.now();
      });
      const delay = delays.get(method)?.shift();
      if (delay !== undefined) await new Promise((resolve) => setTimeout(resolve, delay));
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { 'content-type': 'application/json', ...headers });
        response.end(JSON.stringify(body));
      };

      const problems =
        MESSAGE_METHODS.has(method) && args.delete_original !== true
          ? findMessageProblems(args)
          : method === 'views.publish'
            ? findBlockProblems(
                ((args.view as { blocks?: unknown[] } | undefined)?.blocks ?? []) as unknown[],
                SLACK_LIMITS.homeBlocks,
              )
            : [];
      if (problems.length > 0) {
        violations.push(`${method}: ${problems.join('; ')}`);
        send(method === 'response_url' ? 400 : 200, { ok: false, error: 'invalid_blocks', errors: problems });
        return;
      }
      const hangCount = hangs.get(method) ?? 0;
      if (hangCount > 0) {
        hangs.set(method, hangCount - 1);
        hung.add(response);
        return;
      }
      const failure = failures.get(method)?.shift();
      if (failure !== undefined) {
        send(
          failure.status,
          { ok: false, error: failure.error },
          failure.status === 429 ? { 'retry-after': String(failure.retryAfter) } : {},
        );
        return;
      }
      if (method === 'views.open') {
        // Slack opens a modal only for a trigger_id, with a title of at most 24 characters and at most 100 blocks.
        const view = (args.view ?? {}) as { type?: unknown; title?: { text?: unknown }; blocks?: unknown };
        const title = typeof view.title?.text === 'string' ? view.title.text : '';
        const blocks = Array.isArray(view.blocks) ? view.blocks : [];
        if (typeof args.trigger_id !== 'string' || view.type !== 'modal' || title.length === 0 || title.length > 24) {
          violations.push(`views.open: needs a trigger_id and a modal titled in 1 to 24 characters`);
          send(200, { ok: false, error: 'invalid_arguments' });
          return;
        }
        if (blocks.length === 0 || blocks.length > 100)
          violations.push(`views.open: ${blocks.length} blocks (1 to 100)`);
        send(200, { ok: true, view: { id: `V${String(nextTs++).padStart(8, '0')}`, ...view } });
        return;
      }
      if (method === 'response_url') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('ok');
        return;
      }
      if (method === 'files.getUploadURLExternal') {
        const fileId = `F${String(uploads.length + 1).padStart(8, '0')}`;
        const length = Number(args.length);
        if (typeof args.filename !== 'string' || !Number.isInteger(length) || length <= 0) {
          send(200, { ok: false, error: 'invalid_arguments' });
          return;
        }
        uploads.push({
          fileId,
          filename: args.filename,
          length,
          altText: typeof args.alt_text === 'string' ? args.alt_text : null,
          bytes: null,
          completed: null,
        });
        send(200, { ok: true, upload_url: `${base}/upload/${fileId}`, file_id: fileId });
        return;
      }
      if (method === 'files.completeUploadExternal') {
        const files: unknown = typeof args.files === 'string' ? JSON.parse(args.files) : args.files;
        const listed = Array.isArray(files) ? (files as Array<{ id?: unknown; title?: unknown }>) : [];
        for (const file of listed) {
          const upload = uploads.find((u) => u.fileId === file.id);
          if (upload === undefined || upload.bytes === null) {
            send(200, { ok: false, error: 'file_not_found' });
            return;
          }
          upload.completed = {
            channelId: String(args.channel_id ?? ''),
            threadTs: typeof args.thread_ts === 'string' ? args.thread_ts : null,
            title: typeof file.title === 'string' ? file.title : null,
          };
        }
        send(200, { ok: true, files: listed.map((file) => ({ id: file.id, title: file.title })) });
        return;
      }
      const answer = answers.get(method);
      if (answer !== undefined) {
        send(200, { ok: true, ...answer });
        return;
      }
      if (method === 'auth.test') {
        send(200, {
          ok: true,
          user_id: 'U0',
          bot_id: 'B0',
          team_id: 'T1',
          team: 'test',
          url: 'https://test.slack.com/',
        });
        return;
      }
      const ts = `1715000${String(nextTs++).padStart(3, '0')}.000100`;
      call.ts = ts;
      send(200, { ok: true, ts, channel: args.channel, message: { ts } });
    })().catch((error: unknown) => {
      violations.push(`fake slack could not read a request: ${String(error)}`);
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id}`,
    calls,
    violations,
    uploads,
    failNext(method, error, status = 200, retryAfter = 0) {
      failures.set(method, [...(failures.get(method) ?? []), { error, status, retryAfter }]);
    },
    delayNext(method, ms) {
      delays.set(method, [...(delays.get(method) ?? []), ms]);
    },
    answer(method, body) {
      answers.set(method, body);
    },
    hangNext(method) {
      hangs.set(method, (hangs.get(method) ?? 0) + 1);
    },
    async waitFor(predicate, timeoutMs = 2000) {
      const start = Date.now();
      while (!predicate(calls)) {
        if (Date.now() - start > timeoutMs)
          throw new Error(`timed out; calls so far: ${JSON.stringify(calls.map((c) => c.method))}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return calls;
    },
    reset() {
      calls.length = 0;
      violations.length = 0;
      uploads.length = 0;
      failures.clear();
      hangs.clear();
      delays.clear();
      for (const response of hung) response.destroy();
      hung.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const response of hung) response.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
