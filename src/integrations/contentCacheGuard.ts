/**
 * Astro keeps the parsed entries between runs (`data-store.json`: in the cache folder for a build, in `.astro/` for
 * `npm run dev`) and parses an entry again only when its file or `src/content.config.ts` itself changes: it digests
 * that one file, not what it imports (astro/dist/content/utils.js). The schemas live in src/schemas/, so a new default
 * or check there left entries of unchanged files as the old schema had parsed them, after a pull. This integration
 * empties both stores when a module the content configuration imports, or a dependency, changes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CONTENT_CONFIG = 'src/content.config.ts';
/** Dependencies (zod, Astro's loaders, opening_hours) parse the content too. */
const LOCK_FILE = 'package-lock.json';
/** The digest of those inputs when a store was last filled, kept beside each store. */
export const STAMP_FILE = 'content-schemas-digest';
/** Astro's store, as one file or in chunks (experimental.collectionStorage). */
const STORE_NAMES = ['data-store.json', 'data-store'];
/** A relative module specifier in an import or export statement. */
const RELATIVE_IMPORT = /\b(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

/** The project's modules the content configuration imports, itself included, directly or not (paths from `root`). */
export function parsingModules(root: string): string[] {
  const seen = new Set<string>();
  const pending = [join(root, CONTENT_CONFIG)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT))
      pending.push(join(dirname(file), specifier!));
  }
  return [...seen].map((file) => relative(root, file)).sort();
}

/** A digest of what the content's parsing depends on besides the content files, which Astro follows one by one. */
export function parsingDigest(root: string): string {
  const hash = createHash('sha256');
  for (const file of [...parsingModules(root), LOCK_FILE]) {
    const path = join(root, file);
    hash
      .update(`${file}\0`)
      .update(existsSync(path) ? readFileSync(path) : '')
      .update('\0');
  }
  return hash.digest('hex');
}

/**
 * Empties the content store in `storeDir` when the parsing inputs of `root` changed since it was filled.
 * Returns what it did: `cleared` (a store was there, parsed by other schemas), `kept`, or `new` (no stamp yet).
 */
export function guardContentCache(
  root: string,
  storeDir: string,
  digest = parsingDigest(root),
): 'cleared' | 'kept' | 'new' {
  const stamp = join(storeDir, STAMP_FILE);
  const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8') : undefined;
  if (previous === digest) return 'kept';
  const hadStore = STORE_NAMES.some((name) => existsSync(join(storeDir, name)));
  for (const name of STORE_NAMES) rmSync(join(storeDir, name), { recursive: true, force: true });
  mkdirSync(storeDir, { recursive: true });
  writeFileSync(stamp, digest);
  return previous !== undefined && hadStore ? 'cleared' : 'new';
}

/** Astro integration: runs guardContentCache on the build's store and the dev server's before Astro reads them. */
export function contentCacheGuard(): AstroIntegration {
  return {
    name: 'aioa41:content-cache-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const digest = parsingDigest(root);
        const stores = [fileURLToPath(config.cacheDir), join(root, '.astro')];
        const outcomes = stores.map((storeDir) => guardContentCache(root, storeDir, digest));
        if (outcomes.includes('cleared'))
          logger.info('Schémas ou dépendances modifiés : toutes les fiches sont relues.');
      },
    },
  };
}
