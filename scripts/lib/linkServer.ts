import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A plain-HTTP server that answers like the sites of the real web do, good or bad. */
export interface LinkServer {
  origin: string;
  /** Number of requests received per path, to see retries. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Delay of `/lent`, in milliseconds. */
export const SLOW_ANSWER_MS = 400;

/**
 * Paths: `/ok` 200, `/redirige` 301 → `/ok`, `/absent` 404, `/erreur` 500, `/lent` 200 after a delay,
 * `/muet` never answers, `/boucle` redirects to itself, `/refuse` 403, `/instable` 500 then 200.
 */
export async function startLinkServer(): Promise<LinkServer> {
  const hits = new Map<string, number>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    const send = (status: number, headers: Record<string, string> = {}) =>
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end('<p>page</p>');
    switch (path) {
      case '/ok':
        return send(200);
      case '/redirige':
        return send(301, { location: '/ok' });
      case '/absent':
        return send(404);
      case '/erreur':
        return send(500);
      case '/lent':
        return void setTimeout(() => send(200), SLOW_ANSWER_MS);
      case '/muet':
        hanging.add(response);
        return;
      case '/boucle':
        return send(301, { location: '/boucle' });
      case '/refuse':
        return send(403);
      case '/instable':
        return send(count === 1 ? 500 : 200);
      default:
        return send(404);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () =>
      new Promise<void>((done) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
