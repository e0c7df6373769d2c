import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { collectionFiles, parseContent, readContent, withWrittenDays } from '../../src/lib/readContentFile.ts';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';

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

describe('les dates écrites par un éditeur, lues par check:content comme par le build', () => {
  // Astro's own YAML parser (js-yaml 4), which the build's loader uses.
  const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
  const sites = collectionSchemas(referenceStandIn).sites;
  const sheet = (date: string) =>
    `titre: Essai\nurl: https://www.onisep.fr/\ndescription: Essai.\nthematiques: [emploi]\npublics: [tout-public]\ndate_verification: ${date}\n`;
  /** The message check:content gives on `date_verification`, or undefined when the date is accepted. */
  function dateMessage(date: string): string | undefined {
    const read = parseContent(sheet(date), 'yaml');
    if ('error' in read) throw new Error(read.error);
    const parsed = sites.safeParse(read.data);
    return parsed.success
      ? undefined
      : parsed.error.issues.find((issue) => issue.path[0] === 'date_verification')?.message;
  }

  it.each([
    ['un jour qui n’existe pas (30 février), publié sinon comme le 2 mars', '2026-02-30'],
    ['un mois 13, annoncé sinon comme une date de 2027', '2026-13-01'],
    ['un jour écrit avec un seul chiffre, que le build refuse', '2026-11-3'],
    ['un mois écrit avec un seul chiffre', '2026-1-15'],
  ])('refuse %s en nommant le champ et la correction', (_case, date) => {
    const message = dateMessage(date);
    expect(message).toMatch(/^date invalide → écrivez .* au format AAAA-MM-JJ/);
    expect(message).not.toMatch(/2027|mars|03-02/);
  });

  it.each(['2026-02-28', '2024-02-29', '2026-01-15'])('accepte une date qui existe (%s)', (date) => {
    expect(dateMessage(date)).toBeUndefined();
    const read = parseContent(sheet(date), 'yaml');
    expect('data' in read && read.data['date_verification']).toEqual(new Date(`${date}T00:00:00Z`));
  });

  it('le build aussi : une date qu’Astro a fait glisser au jour suivant redevient le texte écrit, que le schéma refuse', () => {
    for (const date of ['2026-02-30', '2026-13-01', '2026-11-3', '2026-01-15', '2026-04-31', '2026-03-00']) {
      const text = sheet(date);
      const astro = load(text) as Record<string, unknown>; // Astro's own parser (js-yaml 4)
      const parsed = sites.safeParse(withWrittenDays(astro, text, 'yaml'));
      expect(parsed.success, date).toBe(date === '2026-01-15');
    }
  });

  it('le build aussi pour l’en-tête d’un point d’étape, même quand le texte cite une date qui existe', () => {
    const report = (date: string) => `---\ntitre: Essai\ndate: ${date}\n---\nRéunion du 2026-01-15.\n`;
    const frontmatter = (text: string) => load(text.split('---')[1]!) as Record<string, unknown>;
    expect(withWrittenDays(frontmatter(report('2026-02-30')), report('2026-02-30'), 'md')).toMatchObject({
      date: '2026-02-30',
    });
    expect(withWrittenDays(frontmatter(report('2026-03-02')), report('2026-03-02'), 'md')).toMatchObject({
      date: new Date('2026-03-02T00:00:00Z'),
    });
  });
});
