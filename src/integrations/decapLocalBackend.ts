import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { forwardToDecap, isDecapRequest } from '../lib/forwardToDecap.ts';

/**
 * Under `npm run admin`: the dev server forwards /api/v1 to decap-server at `origin`. Vite's `server.proxy` and a
 * middleware added in `astro:server:setup` both come after Astro's trailing-slash check, which answers 404 to
 * `/api/v1` (seen with Astro 7.3): this one is put in front of Astro's middlewares.
 */
export function decapLocalBackend(origin: string | undefined): AstroIntegration {
  return {
    name: 'aioa41:decap-local-backend',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev' || !origin) return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'aioa41:decap-local-backend',
                enforce: 'post',
                // After Astro's own post hook, which puts its middlewares first: this one goes before them.
                configureServer: (server) => () => {
                  server.middlewares.stack.unshift({
                    route: '',
                    handle: (request: IncomingMessage, response: ServerResponse, next: () => void) => {
                      if (isDecapRequest(request)) forwardToDecap(request, response, origin);
                      else next();
                    },
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
