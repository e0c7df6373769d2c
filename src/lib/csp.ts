import type { AstroGlobal } from 'astro';

/**
 * Lets Pagefind compile its WebAssembly on the page that calls it (the search page), and nowhere else:
 * `allowSearchWasm(Astro)` in its frontmatter. Astro's per-page resources replace the default `'self'`,
 * so it is added back.
 */
export function allowSearchWasm(astro: Pick<AstroGlobal, 'csp'>): void {
  if (!astro.csp) throw new Error('allowSearchWasm : activez security.csp dans astro.config.mjs');
  astro.csp.insertScriptResource("'self'");
  astro.csp.insertScriptResource("'wasm-unsafe-eval'");
}

/**
 * The editing interface's own policy (/admin/, Decap CMS), added on that page only, measured in Chromium:
 * - script-src 'self' 'unsafe-eval': Decap validates its configuration with ajv, which compiles validators
 *   with `new Function`; its script comes from the site itself (no CDN);
 * - style-src-elem 'unsafe-inline': Decap's components (emotion) write their CSS into <style> elements at run
 *   time, which no hash computed at build time can name; style attributes stay forbidden;
 * - connect-src https://api.github.com: the GitHub backend (decap-server, on this computer, is reached through
 *   the same origin); blob: because Decap reads back a file the editor uploads (a report's document) with
 *   fetch() on its blob: address before it saves it — without it the upload fails (seen in Chromium);
 * - img-src blob: https://avatars.githubusercontent.com: previews of uploaded files, the editor's avatar.
 */
export function allowEditingInterface(astro: Pick<AstroGlobal, 'csp'>): void {
  if (!astro.csp) throw new Error('allowEditingInterface : activez security.csp dans astro.config.mjs');
  astro.csp.insertScriptResource("'self'");
  astro.csp.insertScriptResource("'unsafe-eval'");
  astro.csp.insertStyleResource({ resource: "'self'", kind: 'element' });
  astro.csp.insertStyleResource({ resource: "'unsafe-inline'", kind: 'element' });
  astro.csp.insertDirective('connect-src blob: https://api.github.com');
  astro.csp.insertDirective('img-src blob: https://avatars.githubusercontent.com');
}
