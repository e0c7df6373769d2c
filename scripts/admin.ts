/**
 * Usage: npm run admin
 *
 * Local editing with the web interface, with no GitHub account: starts decap-server (which reads and writes
 * this copy's content/ and public/documents/) and the dev server, which forwards /api/v1 to it. Then open
 * http://localhost:4321/admin/ (the address the dev server prints, followed by admin/). Ctrl+C stops both.
 * Saved entries are plain file changes: review them with `git diff`, check them with `npm run check:content`.
 * Exit code: the dev server's; 1 when decap-server does not start.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startDecapServer } from './lib/decapServer.ts';

let decap;
try {
  decap = await startDecapServer(process.cwd(), Number(process.env['DECAP_PORT'] ?? 0) || undefined);
} catch (error) {
  console.error(`L’interface locale ne démarre pas : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`decap-server écrit dans ${process.cwd()} (via ${decap.origin}).`);
console.log('Ouvrez l’adresse du serveur de développement suivie de admin/, par exemple http://localhost:4321/admin/');

const dev = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // The admin page then enables the local backend, and the dev server forwards /api/v1 (astro.config.mjs).
  env: { ...process.env, PUBLIC_DECAP_LOCAL: '1', DECAP_SERVER_URL: decap.origin },
});
const stop = () => {
  dev.kill('SIGINT');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
dev.on('exit', (code) => {
  void decap.stop().then(() => process.exit(code ?? 0));
});
