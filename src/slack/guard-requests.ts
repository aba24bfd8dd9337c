import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, type Logger } from '@slack/bolt';
import { isRoutableBody } from './input.js';

/**
 * Wraps the HTTP receiver's request listener so a request body Bolt cannot route is answered
 * with 400 at once instead of crashing the process or timing out. Bolt's receiver parses the body
 * inside a promise nobody awaits: a signed body of `null` throws there (an unhandled rejection,
 * which ends a Node 20 process), and `{}` waits 3 seconds for an ack that never comes.
 *
 * The body is read here (with Bolt's size limit) and left on the request as `rawBody`, which Bolt
 * reuses instead of reading the stream again; signature checks and everything else stay Bolt's.
 * @example receiver.requestListener = guardRequests(receiver.requestListener, ['/slack/events'], logger);
 */
export function guardRequests(listener: RequestListener, paths: readonly string[], logger: Logger): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'POST' || !paths.includes(pathname)) {
      listener(request, response);
      return;
    }
    HTTPModuleFunctions.bufferIncomingMessage(request, HTTPModuleFunctions.defaultBodyLimit)
      .then((buffered) => {
        let body: unknown;
        try {
          body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
        } catch {
          // Not JSON or form data: Bolt answers it (401 unsigned, 400 malformed).
          listener(buffered, response);
          return;
        }
        if (isRoutableBody(body)) {
          listener(buffered, response);
          return;
        }
        logger.warn('rejected a request whose body is not a Slack payload');
        response.writeHead(400);
        response.end();
      })
      .catch((error: unknown) => {
        const tooLarge =
          HTTPModuleFunctions.isRawBodyError(error) && (error as { statusCode?: unknown }).statusCode === 413;
        logger.warn(tooLarge ? 'rejected a request body over the size limit' : 'could not read a request body', error);
        if (!response.headersSent) response.writeHead(tooLarge ? 413 : 400, { connection: 'close' });
        response.end();
      });
  };
}
