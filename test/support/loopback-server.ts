/**
 * A loopback HTTP server for the importer's fetch tests: each path answers as a route says (a status, headers, a
 * body, or never), and the server counts requests and how many were open at once.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse, hit: number) => void;

export interface LoopbackServer {
  url: string;
  hits: Map<string, number>;
  /** The most requests in flight at once. */
  peak: number;
  close: () => Promise<void>;
}

/** Starts a server on 127.0.0.1 and a free port. A path with no route answers 404. */
export async function startLoopbackServer(routes: Record<string, Route>): Promise<LoopbackServer> {
  let open = 0;
  const state: LoopbackServer = { url: '', hits: new Map(), peak: 0, close: async () => undefined };
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    const hit = (state.hits.get(path) ?? 0) + 1;
    state.hits.set(path, hit);
    open += 1;
    state.peak = Math.max(state.peak, open);
    response.on('close', () => {
      open -= 1;
    });
    const route = routes[path];
    if (route) route(request, response, hit);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
