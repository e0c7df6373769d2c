import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { site } from '../../src/site.config.ts';
import { openPage, useOfflineBrowser } from '../support/browser.ts';
import { onePagePerTemplate, pagesToCheck } from '../support/builtPages.ts';
import { formatPageProblem, watchCspAndConsole, type PageProblem } from '../support/pageAudit.ts';
import { loadWholePage } from '../support/pageReady.ts';

const pages = pagesToCheck('dist');
/** Pages that run Pagefind, whose WebAssembly needs 'wasm-unsafe-eval'. */
const SEARCH_PAGES = /^\/recherche\//;

/** The policy of a built page, directive by directive: `{ 'script-src': ["'self'", …] }`. */
function policyOf(path: string): Record<string, string[]> {
  const file = join('dist', path.endsWith('/') ? `${path}index.html` : path);
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'));
  if (!meta) return {};
  return Object.fromEntries(
    meta[1]!
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** The editing interface (Decap CMS), whose own policy is checked apart (src/lib/csp.ts says why). */
const ADMIN_PAGE = '/admin/';

describe(`la politique de sécurité des contenus des ${pages.length} pages`, () => {
  it.each(pages.filter((path) => path !== ADMIN_PAGE))(
    '%s : scripts hachés, jamais de script en ligne, tuiles permises',
    (path) => {
      const policy = policyOf(path);
      expect(policy['script-src'], 'pas de CSP dans la page').toBeDefined();
      expect(policy['script-src']).not.toContain("'unsafe-inline'");
      expect(policy['script-src']).not.toContain("'unsafe-eval'");
      expect(policy['script-src']!.includes("'wasm-unsafe-eval'")).toBe(SEARCH_PAGES.test(path));
      expect(policy['style-src']).not.toContain("'unsafe-inline'");
      expect(policy['object-src']).toEqual(["'none'"]);
      expect(policy['img-src']).toContain(site.tiles.origin);
    },
  );

  it(`${ADMIN_PAGE} : sa propre politique, qui n’ajoute que ce que Decap exige`, () => {
    const policy = policyOf(ADMIN_PAGE);
    expect(policy['script-src']).toContain("'self'");
    // ajv (Decap's configuration check) compiles functions: 'unsafe-eval', on this page only.
    expect(policy['script-src']).toContain("'unsafe-eval'");
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    // Decap's CSS-in-JS writes <style> elements at run time; style attributes stay forbidden.
    expect(policy['style-src-elem']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy['style-src']).not.toContain("'unsafe-inline'");
    // blob: for a document the editor uploads, which Decap reads back before saving it.
    expect(policy['connect-src']).toEqual(["'self'", 'blob:', 'https://api.github.com']);
    expect(policy['object-src']).toEqual(["'none'"]);
    const readingPages = pages.filter((path) => path !== ADMIN_PAGE).map(policyOf);
    expect(
      readingPages.filter(
        (other) =>
          other['style-src-elem'] ||
          other['connect-src']?.includes('https://api.github.com') ||
          other['connect-src']?.includes('blob:'),
      ),
    ).toEqual([]);
  });
});

describe('chaque modèle de page, chargé jusqu’au bout et parcouru jusqu’en bas', () => {
  const session = useOfflineBrowser();
  let page: Page;
  let problemsSince: (path: string) => Promise<PageProblem[]>;
  beforeAll(async () => {
    page = await session.context.newPage();
    problemsSince = await watchCspAndConsole(page);
  });

  it.each(onePagePerTemplate(pages).filter((path) => path !== '/404.html'))(
    '%s : aucun événement securitypolicyviolation ni erreur console',
    async (path) => {
      await openPage(page, path, { waitUntil: 'load' });
      // Maps and search load when visible or idle: bring everything in, so that what it does is checked here.
      await loadWholePage(page);
      expect((await problemsSince(path)).map(formatPageProblem)).toEqual([]);
    },
  );
});
