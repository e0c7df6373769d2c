import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectionFiles, readContent } from '../../src/lib/readContentFile.ts';

/** A small content root: what each collection reads is what `COLLECTION_FILES` declares, in every tool. */
const root = mkdtempSync(join(tmpdir(), 'lecture-'));
const files: Record<string, string> = {
  'sitotheque/onisep.yaml': 'titre: Onisep\ndate_verification: 2026-01-15\n',
  'sitotheque/README.md': '# Pas une fiche\n',
  'sitotheque/.brouillon.yaml': 'titre: caché\n',
  'pages/contribuer.mdx': '---\ntitre: Contribuer\n---\n<Notice titre="À savoir">Texte</Notice>\n',
  'pages/mentions.md': '\uFEFF---\ntitre: Mentions\n---\nTexte des mentions.\n',
  'outils/sous-dossier/grille.md': '---\ntitre: Grille\n---\n',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('la lecture des fichiers de contenu', () => {
  it('liste chaque fichier d’un dossier, lu ou non par le site, sans les fichiers cachés', () => {
    expect(collectionFiles(root, 'sites', root).map(({ file, id, read }) => [file, id, read])).toEqual([
      ['sitotheque/README.md', 'README', false],
      ['sitotheque/onisep.yaml', 'onisep', true],
    ]);
  });

  it('lit les pages en .md comme en .mdx, les dates comme Astro et les identifiants des sous-dossiers', () => {
    const read = readContent(root, ['sites', 'pages', 'tools'], root);
    expect(read.map(({ file, id, data, body }) => ({ file, id, data, body }))).toEqual([
      {
        file: 'sitotheque/onisep.yaml',
        id: 'onisep',
        data: { titre: 'Onisep', date_verification: new Date('2026-01-15') },
        body: '',
      },
      {
        file: 'pages/contribuer.mdx',
        id: 'contribuer',
        data: { titre: 'Contribuer' },
        body: '\n<Notice titre="À savoir">Texte</Notice>\n',
      },
      { file: 'pages/mentions.md', id: 'mentions', data: { titre: 'Mentions' }, body: '\nTexte des mentions.\n' },
      { file: 'outils/sous-dossier/grille.md', id: 'sous-dossier/grille', data: { titre: 'Grille' }, body: '\n' },
    ]);
  });

  it('s’arrête sur un fichier illisible en nommant le fichier, la ligne et la correction', () => {
    writeFileSync(join(root, 'sitotheque/casse.yaml'), 'titre: "Onisep\n');
    expect(() => readContent(root, ['sites'], root)).toThrow(/^sitotheque\/casse\.yaml : syntaxe invalide.*→/);
    rmSync(join(root, 'sitotheque/casse.yaml'));
  });
});
