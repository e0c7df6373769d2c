/**
 * Decap CMS as its package ships it already built (`decap-cms-app/dist`): one script that sets `window.DecapCmsApp`,
 * the chunks it loads on demand from its own folder, two WebAssembly files (an image encoder) and its licences.
 * The site serves these files as they are, next to each other under /admin/, rather than bundling Decap itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Decap's main script in its dist folder. */
export const DECAP_SCRIPT = 'decap-cms-app.js';

/** The dist folder, found from the project (the build's working directory), wherever the build writes. */
function decapDist(): string {
  return dirname(createRequire(join(process.cwd(), 'package.json')).resolve('decap-cms-app'));
}

/**
 * Whether a file of the dist folder is served: the scripts, WebAssembly and licences; not the source maps (debugging
 * aids, 26 MB) nor the ES modules of `dist/esm/` (for bundlers).
 */
export function isServedDecapFile(name: string): boolean {
  return /^(?:[\w-]+\.)?decap-cms-app\.js$|\.wasm$|\.LICENSE\.txt$/.test(name);
}

/** Names of the files to serve under /admin/, sorted. */
export function decapBundleFiles(): string[] {
  return readdirSync(decapDist()).filter(isServedDecapFile).sort();
}

/**
 * The route parameters of the served files ending in `extension` (`.js`, `.wasm`, `.txt`), without it: one route
 * per extension under `npm run dev` (`src/integrations/decapFiles.ts`), because a route whose name has no extension
 * needs a trailing slash there (`trailingSlash: 'always'`).
 */
export function decapRouteParams(extension: string): { params: { name: string } }[] {
  return decapBundleFiles()
    .filter((file) => file.endsWith(extension))
    .map((file) => ({ params: { name: file.slice(0, -extension.length) } }));
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The response of a served file's route (`npm run dev`): its bytes as they are. */
export function decapFileResponse(name: string | undefined, extension: string): Response {
  return new Response(readDecapFile(`${name}${extension}`), {
    headers: { 'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream' },
  });
}

/** The path of one served file in the dist folder. */
export function decapFilePath(name: string): string {
  if (!isServedDecapFile(name)) throw new Error(`${name} n’est pas un fichier servi de decap-cms-app/dist.`);
  return join(decapDist(), name);
}

/** The bytes of one served file. */
export function readDecapFile(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(decapFilePath(name)));
}

/**
 * The React version Decap's script was built against. It carries its own React DOM, which refuses to start with
 * any other React than this exact version (`window.React`, which the site's script provides).
 */
export function reactVersionOfDecap(script: string): string | undefined {
  return /reconcilerVersion:"([^"]+)"/.exec(script)?.[1];
}

/**
 * Fails the build, in French, when the installed React is not the one Decap's script needs: the editing interface
 * would otherwise stay blank with « Incompatible React versions » in the browser's console.
 */
export function checkReactForDecap(installed: string, expected: string | undefined): void {
  if (expected === undefined)
    throw new Error(
      `Interface d’édition : la version de React attendue par decap-cms-app/dist/${DECAP_SCRIPT} est introuvable. ` +
        'Vérifiez que la mise à jour de decap-cms-app fournit toujours son script construit.',
    );
  if (installed !== expected)
    throw new Error(
      `Interface d’édition : decap-cms-app est construit pour React ${expected}, mais React ${installed} est installé. ` +
        `Installez exactement cette version : npm install -E react@${expected} react-dom@${expected}`,
    );
}

/** Fails the build, in French, unless the installed React is the one Decap's script needs (`checkReactForDecap`). */
export function assertReactForDecap(): void {
  const { installed, expected } = reactVersions();
  checkReactForDecap(installed, expected);
}

/** The installed React's version and the one Decap's script needs. */
export function reactVersions(): { installed: string; expected: string | undefined } {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const { version } = require('react/package.json') as { version: string };
  return { installed: version, expected: reactVersionOfDecap(readFileSync(join(decapDist(), DECAP_SCRIPT), 'utf8')) };
}
