// The editing interface (/admin/) with its local backend, for browser tests: decap-server started on a free port
// against a throwaway copy of content/ (never the real folder), reached through the test server's /api/v1 as
// `npm run admin` does.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startDecapServer, type DecapServer } from '../../scripts/lib/decapServer.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer.ts';

/** The views of the interface an editor goes through (by their address), and what shows each one is ready. */
export const ADMIN_VIEWS = [
  { name: 'liste d’une collection', hash: '#/collections/structures', ready: 'a[href$="/entries/afpa-blois"]' },
  {
    name: 'fiche en correction',
    hash: '#/collections/structures/entries/mission-locale-blaisois',
    ready: 'input[id^="nom-field"]',
  },
  { name: 'nouvelle fiche', hash: '#/collections/structures/new', ready: 'input[id^="nom-field"]' },
] as const;

export interface AdminBackend {
  /** The throwaway copy the interface writes to (`content/`, `public/documents/`). */
  readonly repository: string;
  /** Serves `dist/` and forwards /api/v1 to decap-server. */
  readonly server: StaticServer;
}

/** Starts the backend before the file's tests and removes it after; `prefix` names the temporary folder. */
export function useAdminBackend(prefix: string): AdminBackend {
  let repository = '';
  let decap: DecapServer | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    repository = mkdtempSync(join(tmpdir(), prefix));
    cpSync('content', join(repository, 'content'), { recursive: true });
    mkdirSync(join(repository, 'public', 'documents'), { recursive: true });
    decap = await startDecapServer(repository);
    server = await startStaticServer('dist', '/', 0, decap.origin);
  });
  afterAll(async () => {
    await server?.close();
    await decap?.stop();
    if (repository) rmSync(repository, { recursive: true, force: true });
  });
  return {
    get repository() {
      return repository;
    },
    get server() {
      if (!server) throw new Error('useAdminBackend : le serveur n’est pas encore démarré (beforeAll)');
      return server;
    },
  };
}

/**
 * Signs in to the local backend when Decap asks for it. `ready` is what shows the view once signed in: whichever
 * appears first tells whether the sign-in screen is there.
 */
export async function signInIfAsked(page: Page, ready: Locator): Promise<void> {
  const signIn = page.getByRole('button', { name: 'Se connecter' });
  await Promise.race([signIn.waitFor(), ready.waitFor()]);
  if (await signIn.isVisible()) await signIn.click();
}
