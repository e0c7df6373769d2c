/**
 * Bundles the editing interface (`src/scripts/decapAdmin.ts`, Decap CMS and React) into one script. Decap is
 * 6 MB of minified JavaScript: esbuild bundles it in about 2 s where Vite took 16 s more per build, and the
 * result is kept in `node_modules/.cache/` until the script, its modules or the installed packages change,
 * so that a build usually reads it from disk.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

/** The site's own modules in the bundle: a change to any of them makes a new bundle. */
const OWN_MODULES = ['src/scripts/decapAdmin.ts', 'src/lib/cmsYaml.ts'];
const CACHE_DIR = 'node_modules/.cache/aioa41-admin';

let bundled: Promise<Uint8Array<ArrayBuffer>> | undefined;

function cacheKey(): string {
  const hash = createHash('sha256');
  for (const file of [...OWN_MODULES, 'package-lock.json']) {
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

async function bundle(entry: string): Promise<Uint8Array<ArrayBuffer>> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    // Licences of Decap, React and their dependencies stay in the file, at its end.
    legalComments: 'eof',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
  return new Uint8Array(result.outputFiles[0]!.contents);
}

/**
 * The admin script, minified, as UTF-8 bytes: from the cache when nothing it is made of changed. Bytes, not text:
 * decoding 6 MB to write them back out cost about 40 ms per build.
 */
export function bundleAdminScript(): Promise<Uint8Array<ArrayBuffer>> {
  bundled ??= (async () => {
    const cached = resolve(join(CACHE_DIR, `${cacheKey()}.js`));
    if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
    const script = await bundle(resolve(OWN_MODULES[0]!));
    mkdirSync(dirname(cached), { recursive: true });
    // One bundle is enough: older ones are dropped.
    for (const file of readdirSync(dirname(cached))) rmSync(join(dirname(cached), file), { force: true });
    writeFileSync(cached, script);
    return script;
  })();
  return bundled;
}
