import { describe, expect, it } from 'vitest';
import { findBrokenLinks, htmlFiles } from '../support/crawlLinks.ts';
import { SUB_PATH } from '../support/globalSetup.ts';

describe.each([
  ['à la racine', 'dist', '/'],
  [`sous le chemin ${SUB_PATH}`, 'dist-base', SUB_PATH],
])('liens internes du site construit %s', (_label, outDir, base) => {
  it('aucun lien interne cassé (pages, ressources, téléchargements, ancres)', () => {
    expect(htmlFiles(outDir).length).toBeGreaterThan(20);
    expect(findBrokenLinks(outDir, base)).toEqual([]);
  });
});
