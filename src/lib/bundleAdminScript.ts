/**
 * Bundles the site's own part of the editing interface (`src/scripts/decapAdmin.ts`: the French additions, the file
 * formats, the accessibility fixes, and React for Decap) into one small script, in a few tenths of a second. Decap
 * itself is not bundled: its package's prebuilt script is served as it is (`src/lib/decapBundle.ts`).
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { assertReactForDecap } from './decapBundle.ts';

let bundled: Promise<Uint8Array<ArrayBuffer>> | undefined;

/** The site's admin script, minified, as UTF-8 bytes; built once per build. */
export function bundleAdminScript(): Promise<Uint8Array<ArrayBuffer>> {
  bundled ??= (async () => {
    assertReactForDecap();
    const result = await build({
      entryPoints: [resolve('src/scripts/decapAdmin.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      // Licences of React and yaml stay in the file, at its end.
      legalComments: 'eof',
      logLevel: 'error',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    return new Uint8Array(result.outputFiles[0]!.contents);
  })();
  return bundled;
}
