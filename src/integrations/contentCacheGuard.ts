/**
 * Astro keeps the parsed entries between builds (`<cacheDir>/data-store.json`) and parses an entry again only when
 * its file or `src/content.config.ts` itself changes: it digests that one file, not what it imports
 * (astro/dist/content/utils.js). The schemas live in src/schemas/, so a new default or check there left entries of
 * unchanged files as the old schema had parsed them, in a local build or `npm run dev` after a pull. This integration
 * empties the store when the schemas, the site's configuration or the dependencies change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What the content's parsing depends on besides the content files, from the project's root. */
const PARSING_INPUTS = ['src/content.config.ts', 'src/site.config.ts', 'package-lock.json'];
const SCHEMAS_FOLDER = 'src/schemas';
/** The digest of those inputs when the store was last filled, kept beside it. */
export const STAMP_FILE = 'content-schemas-digest';
const STORE_FILE = 'data-store.json';

/** A digest of the files the content's parsing depends on, besides the content itself. */
export function parsingDigest(root: string): string {
  const hash = createHash('sha256');
  const schemas = existsSync(join(root, SCHEMAS_FOLDER))
    ? readdirSync(join(root, SCHEMAS_FOLDER), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.ts'))
        .map((name) => join(SCHEMAS_FOLDER, name))
        .sort()
    : [];
  for (const file of [...PARSING_INPUTS, ...schemas]) {
    const path = join(root, file);
    hash
      .update(`${file}\0`)
      .update(existsSync(path) ? readFileSync(path) : '')
      .update('\0');
  }
  return hash.digest('hex');
}

/**
 * Empties the content store of `cacheDir` when the parsing inputs of `root` changed since it was filled.
 * Returns what it did: `cleared` (a store was there, parsed by other schemas), `kept`, or `new` (no stamp yet).
 */
export function guardContentCache(root: string, cacheDir: string): 'cleared' | 'kept' | 'new' {
  const digest = parsingDigest(root);
  const stamp = join(cacheDir, STAMP_FILE);
  const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8') : undefined;
  if (previous === digest) return 'kept';
  const store = join(cacheDir, STORE_FILE);
  const hadStore = existsSync(store);
  rmSync(store, { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, digest);
  return previous !== undefined && hadStore ? 'cleared' : 'new';
}

/** Astro integration: runs guardContentCache before Astro reads its content store. */
export function contentCacheGuard(): AstroIntegration {
  return {
    name: 'aioa41:content-cache-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const outcome = guardContentCache(fileURLToPath(config.root), fileURLToPath(config.cacheDir));
        if (outcome === 'cleared') logger.info('Schémas ou dépendances modifiés : toutes les fiches sont relues.');
      },
    },
  };
}
