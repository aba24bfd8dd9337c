import type { Server } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOpsRoutes, listeningPort, startOpsServer } from './ops-routes.js';

let server: Server | undefined;
afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('startOpsServer (Socket Mode: /health and /ready on PORT)', () => {
  it('answers /health, says why /ready is not ready, and 404 for anything else', async () => {
    let storeUp = false;
    const routes = buildOpsRoutes([async () => null, async () => (storeUp ? null : 'the store is unreachable')]);
    server = await startOpsServer(routes, 0, '127.0.0.1');
    const base = `http://127.0.0.1:${listeningPort(server)}`;
    const health = await fetch(`${base}/health`);
    expect([health.status, await health.json()]).toEqual([200, { ok: true }]);
    const notReady = await fetch(`${base}/ready`);
    expect([notReady.status, await notReady.json()]).toEqual([
      503,
      { ready: false, reason: 'the store is unreachable' },
    ]);
    storeUp = true;
    const ready = await fetch(`${base}/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { ready: true }]);
    expect((await fetch(`${base}/slack/events`)).status).toBe(404);
  });

  it('counts a check that throws as not ready, with its message', async () => {
    const [, readyRoute] = buildOpsRoutes([
      async () => {
        throw new Error('connection refused');
      },
    ]);
    const local = await startOpsServer(readyRoute ? [readyRoute] : [], 0, '127.0.0.1');
    const response = await fetch(`http://127.0.0.1:${listeningPort(local)}/ready`);
    expect([response.status, await response.json()]).toEqual([503, { ready: false, reason: 'connection refused' }]);
    await new Promise<void>((resolve) => local.close(() => resolve()));
  });
});
