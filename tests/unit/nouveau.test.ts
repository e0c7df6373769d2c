import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { parseContent } from '../../src/lib/readContentFile.ts';
import { entryKinds, scaffoldEntry } from '../../src/lib/scaffoldEntry.ts';
import { runScript } from '../support/runScript.ts';

const schemas = collectionSchemas(referenceStandIn) as Record<string, z.ZodType>;
const context = { title: 'Mission « Été » : essai', today: '2026-11-28', anyId: { themes: 'emploi' } };

describe('npm run nouveau : le fichier créé', () => {
  it('existe pour chaque genre de fiche', () => {
    expect(entryKinds().map((kind) => kind.kind)).toEqual(
      expect.arrayContaining([
        'point-etape',
        'structure',
        'thematique',
        'site',
        'stage',
        'outil',
        'question',
        'resultat',
        'page',
      ]),
    );
  });

  it.each(entryKinds())('$kind : passe la validation et contient chaque champ, expliqué', (kind) => {
    const text = scaffoldEntry(kind, context);
    const extension =
      kind.collection === 'reports' || kind.collection === 'internships' || kind.collection === 'pages' ? 'md' : 'yaml';
    const read = parseContent(text, extension);
    if ('error' in read) throw new Error(read.error);
    const result = schemas[kind.collection]!.safeParse(read.data);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([]);
    for (const field of kind.variant.fields) {
      expect(text).toMatch(new RegExp(`^(# )?${field.name}:`, 'm'));
      expect(text).toContain(`# ${field.description}`);
    }
  });
});

describe('npm run nouveau structure', () => {
  it('écrit une partenaire, pas un membre : l’accueil ne compte que ceux qu’un point d’étape nomme', () => {
    const kind = entryKinds().find((entry) => entry.kind === 'structure')!;
    const text = scaffoldEntry(kind, context);
    expect(text).toMatch(/^membre: false$/m);
    // The comment above says what each value means, so that the editor knows when to write true.
    expect(text).toMatch(/^# true : .*point d’étape.* false : .*partenaire vers qui le réseau oriente/m);
    const read = parseContent(text, 'yaml');
    if ('error' in read) throw new Error(read.error);
    expect(schemas['structures']!.parse(read.data)).toMatchObject({ membre: false });
  });
});

describe('npm run nouveau (la commande)', { timeout: 30_000 }, () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('crée un nom de fichier à partir du titre et n’écrase jamais un fichier existant', () => {
    dir = mkdtempSync(join(tmpdir(), 'aioa41-nouveau-'));
    const first = runScript('nouveau', ['structure', 'Mission Locale du Blaisois'], { CONTENT_DIR: dir });
    const second = runScript('nouveau', ['structure', 'Mission Locale du Blaisois'], { CONTENT_DIR: dir });
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(readdirSync(join(dir, 'structures')).sort()).toEqual([
      'mission-locale-du-blaisois-2.yaml',
      'mission-locale-du-blaisois.yaml',
    ]);
    expect(second.stdout).toContain('existe déjà');
    expect(readFileSync(join(dir, 'structures', 'mission-locale-du-blaisois.yaml'), 'utf8')).toContain(
      'nom: "Mission Locale du Blaisois"',
    );
  });

  it.each([
    ['Mission Locale Blois/Vendôme', 'mission-locale-blois-vendome.yaml'],
    ['CIO / CIDJ', 'cio-cidj.yaml'],
  ])('« %s » devient %s, un fichier et non un dossier', (title, name) => {
    dir = mkdtempSync(join(tmpdir(), 'aioa41-nouveau-'));
    const run = runScript('nouveau', ['structure', title], { CONTENT_DIR: dir });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(readdirSync(join(dir, 'structures'))).toEqual([name]);
  });

  it('ne crée pas de second fichier pour un nom qu’une fiche .yml porte déjà', () => {
    dir = mkdtempSync(join(tmpdir(), 'aioa41-nouveau-'));
    mkdirSync(join(dir, 'structures'));
    writeFileSync(join(dir, 'structures', 'cio-de-blois.yml'), 'nom: "CIO de Blois"\n');
    const run = runScript('nouveau', ['structure', 'CIO de Blois'], { CONTENT_DIR: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/cio-de-blois\.yml existe déjà : la nouvelle s’appelle cio-de-blois-2\.yaml\./);
    expect(readdirSync(join(dir, 'structures')).sort()).toEqual(['cio-de-blois-2.yaml', 'cio-de-blois.yml']);
  });

  it('dit en français pourquoi la fiche n’a pas pu être écrite, et sort en 1', () => {
    dir = mkdtempSync(join(tmpdir(), 'aioa41-nouveau-'));
    writeFileSync(join(dir, 'structures'), 'un fichier, pas un dossier');
    const run = runScript('nouveau', ['structure', 'CIO de Blois'], { CONTENT_DIR: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /cio-de-blois\.yaml : impossible d’écrire la fiche \(\w+\) → vérifiez que .*structures est un dossier où vous pouvez écrire, puis relancez la commande\.\n$/,
    );
  });

  it.each([[[]], [['mairie', 'Titre']], [['structure']]])(
    'refuse un usage incorrect %j et liste les genres',
    (args) => {
      dir = mkdtempSync(join(tmpdir(), 'aioa41-nouveau-'));
      const run = runScript('nouveau', args, { CONTENT_DIR: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Genres : .*structure.*question/);
      expect(readdirSync(dir)).toEqual([]);
    },
  );
});
