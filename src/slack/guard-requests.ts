import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, isValidSlackRequest, type Logger } from '@slack/bolt';
import { isRoutableBody } from './input.js';

/** Slack's window for a request timestamp, either way: older is a replay, newer is forged or a broken clock. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export interface GuardOptions {
  /** The request paths guarded (Slack's: `/slack/events`); other requests go straight to the listener. */
  paths: readonly string[];
  signingSecret: string;
  logger: Logger;
  /** The clock (ms since epoch). */
  now?: () => number;
}

function header(request: IncomingMessage, name: string): string {
  const value = request.headers[name];
  return typeof value === 'string' ? value : '';
}

/**
 * Whether a request is signed as Slack signs it, with a timestamp within {@link MAX_CLOCK_SKEW_SECONDS} of now
 * either way (Bolt only refuses old ones).
 */
function isSignedNow(request: IncomingMessage, body: string, signingSecret: string, nowMs: number): boolean {
  const timestamp = Number(header(request, 'x-slack-request-timestamp'));
  if (!Number.isInteger(timestamp) || Math.abs(nowMs / 1000 - timestamp) > MAX_CLOCK_SKEW_SECONDS) return false;
  return isValidSlackRequest({
    signingSecret,
    body,
    headers: { 'x-slack-signature': header(request, 'x-slack-signature'), 'x-slack-request-timestamp': timestamp },
    nowMilliseconds: nowMs,
  });
}

/**
 * Slack's certificate check (`ssl_check=1`, form-encoded) is answered 200 by Bolt without doing anything; it is the
 * one unsigned body let through.
 */
function isSslCheck(request: IncomingMessage, body: string): boolean {
  return (
    header(request, 'content-type').startsWith('application/x-www-form-urlencoded') &&
    new URLSearchParams(body).has('ssl_check')
  );
}

function reject(response: ServerResponse, status: number): void {
  if (!response.headersSent) response.writeHead(status, { connection: 'close' });
  response.end();
}

/**
 * Wraps the HTTP receiver's request listener. The body is read here (with Bolt's size limit), its signature and
 * timestamp are checked before anything parses it (401 otherwise, whatever the body), and a signed body Bolt cannot
 * route is answered with 400 at once instead of crashing the process or timing out: Bolt parses the body inside a
 * promise nobody awaits (a signed `null` is an unhandled rejection, which ends a Node 20 process), and leaves `{}`
 * waiting 3 seconds for an ack that never comes.
 *
 * The body is left on the request as `rawBody`, which Bolt reuses instead of reading the stream again.
 * @example receiver.requestListener = guardRequests(receiver.requestListener, { paths: ['/slack/events'], signingSecret, logger });
 */
export function guardRequests(listener: RequestListener, options: GuardOptions): RequestListener {
  const { paths, signingSecret, logger } = options;
  const now = options.now ?? Date.now;
  return (request: IncomingMessage, response: ServerResponse) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'POST' || !paths.includes(pathname)) {
      listener(request, response);
      return;
    }
    HTTPModuleFunctions.bufferIncomingMessage(request, HTTPModuleFunctions.defaultBodyLimit)
      .then((buffered) => {
        const raw = buffered.rawBody.toString();
        if (!isSignedNow(buffered, raw, signingSecret, now()) && !isSslCheck(buffered, raw)) {
          logger.warn('rejected a request that is not signed by Slack, or signed more than 5 minutes away from now');
          reject(response, 401);
          return;
        }
        let body: unknown;
        try {
          body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
        } catch {
          // Signed but neither JSON nor form data: Bolt answers it (400).
          listener(buffered, response);
          return;
        }
        if (isRoutableBody(body)) {
          listener(buffered, response);
          return;
        }
        logger.warn('rejected a request whose body is not a Slack payload');
        reject(response, 400);
      })
      .catch((error: unknown) => {
        const status = HTTPModuleFunctions.isRawBodyError(error)
          ? Number(Reflect.get(error, 'statusCode'))
          : Number.NaN;
        // The reason only: a stack trace for someone else's oversized body is noise in the log.
        logger.warn(status === 413 ? 'rejected a request body over the size limit' : 'could not read a request body');
        reject(response, status === 413 ? 413 : 400);
      });
  };
}
