// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { decapLocalBackend } from './src/integrations/decapLocalBackend.ts';
import { decapFiles } from './src/integrations/decapFiles.ts';
import { site } from './src/site.config.ts';
import { mdxContentPolicy } from './src/integrations/mdxContentPolicy.ts';
import { legalNoticeCheck } from './src/integrations/legalNoticeCheck.ts';
import { isNotIndexed } from './src/lib/robots.ts';
import { noindexPages } from './src/integrations/noindexPages.ts';
import { withoutBase } from './src/lib/url.ts';
import { astroCacheDir } from './src/lib/astroCacheDir.ts';
import { contentCacheGuard } from './src/integrations/contentCacheGuard.ts';
import { builtPages } from './src/integrations/builtPages.ts';

// BASE_PATH builds the site for a sub-path (e.g. /aioa41/); OUT_DIR keeps such a build apart.
const base = process.env.BASE_PATH ?? '/';
const noindex = noindexPages();

export default defineConfig({
  site: process.env.SITE_URL ?? site.url,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  // A build of other content (tests, benchmark) keeps its own content cache: ASTRO_CACHE_DIR, or one per CONTENT_DIR.
  cacheDir: astroCacheDir(process.env, process.cwd()),
  trailingSlash: 'always',
  // Stylesheets under 4 KB stay inline (Astro's default): as files, they cost a first visit to /carte/ a third to
  // half a second more on an emulated 3G link, for 4 % of build time saved (bench/results.md, session 12).
  build: { format: 'directory' },
  // Shiki colours code with inline styles, which the Content-Security-Policy refuses; content has no code to colour.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks each MDX page for head propagation with a directive that Rolldown says it cannot keep, in a
        // ten-line warning per page; harmless (withastro/astro#18087), and it buried the site's own warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    // Entries parsed by older schemas are read again (Astro only watches src/content.config.ts itself).
    contentCacheGuard(),
    // The MDX policy comes before MDX: it refuses content that would run code before MDX compiles it.
    mdxContentPolicy(),
    mdx(),
    // Pages kept out of search engines (robots.txt, noindex) stay out of the sitemap too.
    noindex.integration,
    sitemap({
      filter: (page) => {
        const path = withoutBase(new URL(page).pathname, base);
        return !isNotIndexed(path) && !noindex.saysNoindex(path);
      },
    }),
    // The built pages, read once: each all-caps word is in the glossary (/sigles/ promises it), then the search index.
    builtPages(),
    // Decap's prebuilt files under /admin/: copied once the build is done, served by routes under `npm run dev`.
    decapFiles(),
    // `npm run admin` (scripts/admin.ts): the editing interface reaches decap-server through the dev server's origin.
    decapLocalBackend(process.env.DECAP_SERVER_URL),
    // Publisher, director and host of the legal notice: a warning until src/site.config.ts names them.
    legalNoticeCheck(),
  ],
  security: {
    // A <meta> policy on every page: Astro hashes the scripts and styles it bundles, nothing inline runs otherwise.
    // The search page adds 'wasm-unsafe-eval' for Pagefind itself (src/lib/csp.ts). What a <meta> cannot carry
    // (frame-ancestors), and the Referrer-Policy of every page, are in _headers (src/lib/headers.ts) and docs/hebergement.md.
    csp: {
      directives: [
        "default-src 'self'",
        `img-src 'self' data: ${site.tiles.origin}`,
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
