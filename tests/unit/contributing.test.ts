import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { COLLECTION_FOLDERS } from '../../src/schemas/folders.ts';
import { parseContent } from '../../src/lib/readContentFile.ts';
import { entryKinds } from '../../src/lib/scaffoldEntry.ts';

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
});
