import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CustomRoute } from '@slack/bolt';
import type { ReadinessCheck } from '../answers/answer-deps.js';

export type { ReadinessCheck };

export const HEALTH_PATH = '/health';
export const READY_PATH = '/ready';

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** The first unmet condition, in order; a check that throws counts as unmet with its message. */
export async function findReadinessProblem(checks: readonly ReadinessCheck[]): Promise<string | null> {
  for (const check of checks) {
    let problem: string | null;
    try {
      problem = await check();
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    if (problem !== null) return problem;
  }
  return null;
}

/**
 * `GET /health` (the process is alive: always 200) and `GET /ready` (200 when every check passes, else 503 with
 * `{ ready: false, reason }`), as Bolt custom routes.
 * @example new HTTPReceiver({ …, customRoutes: buildOpsRoutes([reportsLoaded, slackAuthorized]) })
 */
export function buildOpsRoutes(checks: readonly ReadinessCheck[]): CustomRoute[] {
  return [
    {
      path: HEALTH_PATH,
      method: ['GET', 'HEAD'],
      handler: (_request, response) => sendJson(response, 200, { ok: true }),
    },
    {
      path: READY_PATH,
      method: ['GET', 'HEAD'],
      handler: (_request, response) => {
        findReadinessProblem(checks)
          .then((reason) =>
            sendJson(
              response,
              reason === null ? 200 : 503,
              reason === null ? { ready: true } : { ready: false, reason },
            ),
          )
          .catch(() => sendJson(response, 503, { ready: false, reason: 'readiness check failed' }));
      },
    },
  ];
}

/**
 * A small HTTP server for the same routes where Bolt has none (Socket Mode): anything else is 404.
 * @returns the listening server (its port, when 0 was asked, is in `server.address()`)
 */
export async function startOpsServer(
  routes: readonly CustomRoute[],
  port: number,
  host: string | null,
): Promise<Server> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const route = routes.find((r) => r.path === pathname && [r.method].flat().includes(request.method ?? 'GET'));
    if (route === undefined) {
      sendJson(response, 404, { error: 'not found' });
      return;
    }
    route.handler(Object.assign(request, { params: {} }), response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host ?? undefined, () => resolve());
  });
  return server;
}

/** The port a server listens on (0 asks the system for one). */
export function listeningPort(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address !== null ? (address as AddressInfo).port : 0;
}
