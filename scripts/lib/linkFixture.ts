import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Placeholder host of the fixture files; it can never resolve (RFC 6761), so nothing reaches the internet. */
const PLACEHOLDER = 'http://serveur.invalid';

/** Copies `tests/fixtures/check-links/` to a temporary content root whose addresses point at `origin`. */
export function linkFixture(origin: string): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'liens-'));
  cpSync('tests/fixtures/check-links', root, { recursive: true });
  const rewrite = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) rewrite(path);
      else writeFileSync(path, readFileSync(path, 'utf8').replaceAll(PLACEHOLDER, origin));
    }
  };
  rewrite(root);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
