/**
 * Usage: npm run build && node scripts/screenshots-admin.ts
 *
 * Takes the screenshots of the editing interface that CONTRIBUTING.md shows (docs/images/admin-*.png), from the
 * built site and decap-server on a throwaway copy of content/, so that they follow the interface rather than
 * being taken by hand. Exit code: 0 when written, 1 on failure.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, offlineContext } from './lib/browser.ts';
import { startDecapServer } from './lib/decapServer.ts';
import { startStaticServer } from './lib/staticServer.ts';

const repository = mkdtempSync(join(tmpdir(), 'aioa41-captures-'));
cpSync('content', join(repository, 'content'), { recursive: true });
const decap = await startDecapServer(repository);
const server = await startStaticServer('dist', '/', 0, decap.origin);
const browser = await launchBrowser();
try {
  const { context } = await offlineContext(browser, { viewport: { width: 1100, height: 650 } });
  const page = await context.newPage();
  await page.goto(`${server.url}admin/?local#/collections/structures`);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await page.getByText('Afpa de Blois').first().waitFor();
  await page.screenshot({ path: 'docs/images/admin-liste.png' });
  await page.goto(`${server.url}admin/?local#/collections/structures/entries/afpa-blois`);
  await page.getByLabel('Nom', { exact: true }).waitFor();
  await page.screenshot({ path: 'docs/images/admin-fiche.png' });
  console.log('docs/images/admin-liste.png et docs/images/admin-fiche.png écrits.');
} finally {
  await browser.close();
  await server.close();
  await decap.stop();
  rmSync(repository, { recursive: true, force: true });
}
