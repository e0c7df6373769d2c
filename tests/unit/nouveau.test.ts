import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { parseContent } from '../../src/lib/readContentFile.ts';
import { entryKinds, scaffoldEntry } from '../../src/lib/scaffoldEntry.ts';
import { PLACEHOLDER, PLACEHOLDER_ID, PLACEHOLDER_URL } from '../../src/lib/entryIds.ts';
import { runScript } from '../support/runScript.ts';

const schemas = collectionSchemas(referenceStandIn) as Record<string, z.ZodType>;
const context = { title: 'Mission « Été » : essai', today: '2026-11-28' };

/** Whether a value still holds a placeholder, as check:content finds them. */
const holdsPlaceholder = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes(PLACEHOLDER) || value === PLACEHOLDER_ID || value === PLACEHOLDER_URL
    : Array.isArray(value)
      ? value.some(holdsPlaceholder)
      : typeof value === 'object' &&
        value !== null &&
        !(value instanceof Date) &&
        Object.values(value).some(holdsPlaceholder);

const extensionOf = (collection: string) =>
  collection === 'reports' || collection === 'internships' || collection === 'pages' ? 'md' : 'yaml';

/** The fields the schema refuses in a file. */
function refusedFields(collection: string, text: string): string[] {
  const read = parseContent(text, extensionOf(collection));
  if ('error' in read) throw new Error(read.error);
  const result = schemas[collection]!.safeParse(read.data);
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => String(issue.path[0])))];
}

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

  it.each(entryKinds())(
    '$kind : contient chaque champ, expliqué, et la validation ne refuse que ce qui reste à compléter',
    (kind) => {
      const text = scaffoldEntry(kind, context);
      const read = parseContent(text, extensionOf(kind.collection));
      if ('error' in read) throw new Error(read.error);
      for (const field of refusedFields(kind.collection, text))
        expect(holdsPlaceholder(read.data[field]), field).toBe(true);
      for (const field of kind.variant.fields) {
        expect(text).toMatch(new RegExp(`^(# )?${field.name}:`, 'm'));
        expect(text).toContain(`# ${field.description}`);
      }
    },
  );

  it.each([
    ['structure', ['type', 'bassin', 'latitude', 'longitude', 'publics']],
    ['site', ['thematiques', 'publics']],
    ['outil', ['categorie', 'publics']],
    ['stage', ['pour', 'convention']],
    ['point-etape', ['thematiques']],
  ])(
    '%s : complétée « en remplaçant chaque À compléter », elle reste refusée tant qu’un choix ou un fait n’est pas écrit (%j)',
    (name, facts) => {
      const kind = entryKinds().find((entry) => entry.kind === name)!;
      // The editor does as told: every « À compléter » text becomes plausible text, nothing else changes.
      const text = scaffoldEntry(kind, context).replaceAll(`"${PLACEHOLDER}"`, '"Accueil des jeunes à Vendôme."');
      // What check:content reports: a value the schema refuses, or a name a-completer (no such file).
      const read = parseContent(text, extensionOf(kind.collection));
      if ('error' in read) throw new Error(read.error);
      const unfinished = [
        ...refusedFields(kind.collection, text),
        ...Object.keys(read.data).filter((field) => holdsPlaceholder(read.data[field])),
      ];
      expect(unfinished).toEqual(expect.arrayContaining(facts));
    },
  );
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
    expect(read.data).toMatchObject({ membre: false, verifie: false });
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
