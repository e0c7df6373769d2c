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
