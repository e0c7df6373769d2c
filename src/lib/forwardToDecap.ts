/**
 * Forwards a request of the editing interface to decap-server, its local backend, so that /admin/ reaches it on
 * its own origin (the CSP's `connect-src 'self'`, and Decap's local_backend on the page's host). Used by the dev
 * server under `npm run admin` (src/integrations/decapLocalBackend.ts) and by the tests' static server.
 */
import { request as forward, type IncomingMessage, type ServerResponse } from 'node:http';

/** Path where the editing interface finds decap-server on the same origin. */
const DECAP_API_PATH = '/api/v1';

/** Whether a request is for decap-server. */
export function isDecapRequest(request: IncomingMessage): boolean {
  return new URL(request.url ?? '/', 'http://localhost').pathname === DECAP_API_PATH;
}

/** Sends `request` on to decap-server at `origin` and its answer back; 502 when it does not answer. */
export function forwardToDecap(request: IncomingMessage, response: ServerResponse, origin: string): void {
  const upstream = forward(new URL(DECAP_API_PATH, origin), {
    method: request.method,
    headers: { ...request.headers, host: new URL(origin).host },
  });
  upstream.on('response', (reply) => {
    response.writeHead(reply.statusCode ?? 502, reply.headers);
    reply.pipe(response);
  });
  upstream.on('error', () => response.writeHead(502).end('decap-server injoignable'));
  request.pipe(upstream);
}
