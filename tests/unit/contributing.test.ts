import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { COLLECTION_FOLDERS } from '../../src/schemas/folders.ts';
import { parseContent } from '../../src/lib/readContentFile.ts';
import { entryKinds } from '../../src/lib/scaffoldEntry.ts';
import { NOT_SIGLES } from '../../src/lib/checkPageSigles.ts';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { validateContent } from '../../src/lib/validateContent.ts';
import { contentWith } from '../support/buildSite.ts';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');
const schemas = collectionSchemas(referenceStandIn) as Record<string, z.ZodType>;

/** Example files of the guide: YAML blocks whose first line names their place, `# content/<dossier>/<fichier>`. */
const examples = [...guide.matchAll(/```yaml\n# content\/([a-z-]+)\/([\w.-]+)\n([\s\S]*?)```/g)].map(
  ([, folder, file, text]) => ({ folder: folder!, file: file!, text: text! }),
);

describe('le guide CONTRIBUTING.md', () => {
  it('donne au moins un exemple de fiche', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)('son exemple $folder/$file passe la vérification', ({ folder, text }) => {
    const collection = Object.entries(COLLECTION_FOLDERS).find(([, name]) => name === folder)?.[0];
    const read = parseContent(text, 'yaml');
    if ('error' in read) throw new Error(read.error);
    const result = schemas[collection!]!.safeParse(read.data);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([]);
  });

  it.each(examples)(
    'son exemple $folder/$file, copié dans le contenu, passe check:content et n’emploie aucun sigle que /sigles/ n’explique pas',
    { timeout: 30_000 },
    ({ folder, file, text }) => {
      const content = contentWith({ [`${folder}/${file}`]: text });
      try {
        expect(validateContent(content.dir, content.dir).problems.map(formatProblem)).toEqual([]);
      } finally {
        content.cleanup();
      }
      // The build refuses a page whose all-caps word the glossary does not explain (« PIJ », once in this example).
      const known = new Set(
        readdirSync('content/sigles').flatMap((name) => {
          const read = parseContent(readFileSync(`content/sigles/${name}`, 'utf8'), 'yaml');
          return 'data' in read ? [String(read.data['sigle']).toLocaleUpperCase('fr')] : [];
        }),
      );
      const capitals = [
        ...text.replace(/^\s*[\w-]+:/gm, '').matchAll(/(?<![\p{L}\p{N}_-])\p{Lu}{2,6}(?![\p{L}\p{N}_])/gu),
      ];
      expect(capitals.map(([word]) => word).filter((word) => !known.has(word) && !(word in NOT_SIGLES))).toEqual([]);
    },
  );

  it('range chaque sorte de fiche dans son dossier, avec un exemple de fichier qui existe', () => {
    // The table of « Où sont les fiches »: `| sorte | \`content/dossier/\` | format | \`exemple\` |`.
    const rows = [...guide.matchAll(/^\|[^|\n]+\| `content\/([a-z-]+)\/` +\|[^|\n]+\| `([\w.-]+)` +\|$/gm)].map(
      ([, folder, file]) => ({ folder: folder!, file: file! }),
    );
    expect(rows.map((row) => row.folder).sort()).toEqual(Object.values(COLLECTION_FOLDERS).sort());
    const missing = rows.filter(({ folder, file }) => !existsSync(`content/${folder}/${file}`));
    expect(missing).toEqual([]);
  });

  it('dit aux mainteneurs quoi faire après avoir fusionné deux pull requests qui ajoutent chacune une fiche', () => {
    const note = /### Pour les mainteneurs : fusionner deux pull requests[\s\S]*?(?=\n## )/.exec(guide)?.[0] ?? '';
    expect(note).toMatch(/\*\*Noms de fichiers\*\*/);
    expect(note).toMatch(/puis lancez `npm run check:content`/);
    const named = /\(`(src\/lib\/[\w/]+\.ts)`\)/.exec(note)?.[1];
    expect(named && existsSync(named), named).toBe(true);
  });

  it('liste tous les genres de npm run nouveau', () => {
    const line = /# genres : (.*)/.exec(guide)?.[1]?.split(', ');
    expect(line?.sort()).toEqual(
      entryKinds()
        .map((kind) => kind.kind)
        .sort(),
    );
  });

  // content/points-etape/2013-trois-thematiques.md names two documents not yet online by their title alone.
  it('dit d’un document de point d’étape ce que la vérification en accepte : un titre seul tant qu’il n’est pas en ligne', () => {
    const reports = schemas['reports']!;
    const report = parseContent(readFileSync('content/points-etape/2013-trois-thematiques.md', 'utf8'), 'md');
    if ('error' in report) throw new Error(report.error);
    const withDocuments = (documents: unknown[]) => reports.safeParse({ ...report.data, documents }).success;
    expect(withDocuments([{ titre: 'Compte rendu' }])).toBe(true);
    expect(withDocuments([{ titre: 'Compte rendu', url: 'https://exemple.fr/cr.pdf' }])).toBe(true);
    expect(withDocuments([{ titre: 'Compte rendu', url: 'https://exemple.fr/cr.pdf', fichier: 'cr.pdf' }])).toBe(false);
    const paragraph = /\*\*Point d’étape\*\*[\s\S]*?\n\n/.exec(guide)?.[0].replace(/\s+/g, ' ') ?? '';
    expect(paragraph).toMatch(
      /Chaque document a un `titre` et, s’il est en ligne, un `fichier` \(déposé dans `public\/documents\/`\) ou une `url`, pas les deux\./,
    );
  });
});
