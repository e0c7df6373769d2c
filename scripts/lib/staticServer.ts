import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { forwardToDecap, isDecapRequest } from '../../src/lib/forwardToDecap.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A static host like the ones the site is deployed to: directory indexes, `404.html`, a sub-path. */
export interface StaticServer {
  /** Origin and base, e.g. `http://127.0.0.1:4321/aioa41/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `root` under `base` on a free loopback port. Requests outside `base` get a 404, except
 * `/api/v1`, forwarded to `decapServer` (an origin) when one is given, as `npm run admin` does. With
 * `immutableAssets`, files under `_astro/` get the year-long Cache-Control of _headers (src/lib/headers.ts; bench/firstVisit.ts).
 */
export async function startStaticServer(
  root: string,
  base = '/',
  port = 0,
  decapServer?: string,
  { immutableAssets = false }: { immutableAssets?: boolean } = {},
): Promise<StaticServer> {
  const rootDir = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (decapServer && isDecapRequest(request)) {
      forwardToDecap(request, response, decapServer);
      return;
    }
    const send = (status: number, file: string) => {
      response.writeHead(status, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        ...(immutableAssets && pathname.startsWith(`${prefix}_astro/`)
          ? { 'cache-control': 'public, max-age=31536000, immutable' }
          : {}),
      });
      createReadStream(file).pipe(response);
    };
    const notFound = () => {
      const page = join(rootDir, '404.html');
      if (existsSync(page)) send(404, page);
      else response.writeHead(404).end('Not found');
    };
    if (!pathname.startsWith(prefix)) return notFound();
    let file = normalize(join(rootDir, pathname.slice(prefix.length)));
    if (!file.startsWith(rootDir)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound();
    send(200, file);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
