// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import { site } from './src/site.config.ts';

// BASE_PATH builds the site for a sub-path (e.g. /aioa41/); OUT_DIR keeps such a build apart.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? site.url,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  // A build of other content (tests, benchmark) keeps its own content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), pagefind()],
});
