import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BROWSER_SCHEMA_MODULES,
  clientEntries,
  describeReaches,
  forbiddenReaches,
  importedBy,
  importedSpecifiers,
} from '../support/clientImports.ts';

/**
 * zod must not reach the JavaScript sent to readers: twice a module the map's script bundles came to import a schema
 * through a chain of imports, and /carte/ went over its byte budget (tests/browser/byteBudgets.test.ts, which needs a
 * full build). This test follows the imports of every browser entry point from the sources, in about a second.
 */
const HOW_TO_FIX =
  'Ces scripts du navigateur atteignent un schéma, zod ou astro:content (chaîne d’importations ci-dessous) : ' +
  'déplacez ce que l’avant-dernier module y prend dans un module sans importation ' +
  '(comme src/lib/structures/unconfirmedMark.ts), ou n’importez que ses types avec « import type ».';

const SCHEMA = "import { z } from 'astro/zod';\nexport const structureSchema = z.object({ nom: z.string() });\n";
const roots: string[] = [];

/** A throwaway project with these files (paths from its root), as the guard reads them. */
function plant(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'aioa41-client-'));
  roots.push(root);
  for (const [path, source] of Object.entries({ 'src/schemas/structure.ts': SCHEMA, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  return root;
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const WORDING_FROM_SCHEMA =
  "import { structureSchema } from '../schemas/structure.ts';\nexport const mark = structureSchema.shape.nom;\n";

describe('le garde suit les importations comme Vite les regroupe', () => {
  it.each([
    {
      says: 'un script importe une valeur d’un schéma par un module intermédiaire',
      files: {
        'src/scripts/planted.ts': "import { mark } from '../lib/wording.ts';\nconsole.log(mark);\n",
        'src/lib/wording.ts': WORDING_FROM_SCHEMA,
      },
      chains: [['src/scripts/planted.ts', 'src/lib/wording.ts', 'src/schemas/structure.ts']],
    },
    {
      says: 'un module n’importe d’un schéma que ses types (import type, export type) : accepté',
      files: {
        'src/scripts/planted.ts': "import { mark } from '../lib/wording.ts';\nconsole.log(mark);\n",
        'src/lib/wording.ts':
          "import type { Structure } from '../schemas/structure.ts';\nexport type { Structure } from '../schemas/structure.ts';\nexport const mark = (s: Structure) => s;\n",
      },
      chains: [],
    },
    {
      // verbatimModuleSyntax (tsconfig.json): Vite and esbuild keep it as « import {} from », which runs the schema.
      says: 'import { type … } garde le module dans le paquet : signalé',
      files: {
        'src/scripts/planted.ts':
          "import { type Structure } from '../schemas/structure.ts';\nexport let s: Structure;\n",
      },
      chains: [['src/scripts/planted.ts', 'src/schemas/structure.ts']],
    },
    {
      says: 'un script traité d’un composant charge le module par import(), sans extension',
      files: {
        'src/components/Planted.astro':
          "---\nconst title = 'x';\n---\n<h2>{title}</h2>\n<script>\n  if (document.body) void import('../lib/wording');\n</script>\n",
        'src/lib/wording.ts': WORDING_FROM_SCHEMA.replace('structure.ts', 'structure'),
      },
      chains: [['src/components/Planted.astro <script>', 'src/lib/wording.ts', 'src/schemas/structure.ts']],
    },
    {
      says: 'un script is:inline ou defer n’est pas regroupé par Astro : ignoré',
      files: {
        'src/components/Planted.astro':
          "<script is:inline>import('../schemas/structure.ts');</script>\n<script defer>import '../schemas/structure.ts';</script>\n",
      },
      chains: [],
    },
    {
      says: 'un script externe (src) et une importation en .js d’un fichier .ts',
      files: {
        'src/components/Planted.astro': '<script src="../lib/entry.ts"></script>\n',
        'src/lib/entry.ts': "import { mark } from './wording.js';\nconsole.log(mark);\n",
        'src/lib/wording.ts': WORDING_FROM_SCHEMA,
      },
      chains: [
        ['src/components/Planted.astro <script>', 'src/lib/entry.ts', 'src/lib/wording.ts', 'src/schemas/structure.ts'],
      ],
    },
    {
      says: 'astro:content et zod, importés directement',
      files: {
        'src/scripts/planted.ts':
          "import { getCollection } from 'astro:content';\nimport { z } from 'zod';\nconsole.log(getCollection, z);\n",
      },
      chains: [
        ['src/scripts/planted.ts', 'astro:content'],
        ['src/scripts/planted.ts', 'zod'],
      ],
    },
    {
      says: 'le module de schéma écrit pour le navigateur est suivi : un schéma qu’il importerait est signalé',
      files: {
        'src/scripts/planted.ts':
          "import { COLLECTION_FILES } from '../schemas/collectionFiles.ts';\nconsole.log(COLLECTION_FILES);\n",
        'src/schemas/collectionFiles.ts':
          "import { structureSchema } from './structure.ts';\nexport const COLLECTION_FILES = { structureSchema };\n",
      },
      chains: [['src/scripts/planted.ts', 'src/schemas/collectionFiles.ts', 'src/schemas/structure.ts']],
    },
    {
      says: 'un fichier nommé par new URL(…, import.meta.url), qu’un worker ou une ressource regroupe',
      files: {
        'src/scripts/planted.ts': "new Worker(new URL('../lib/wording.ts', import.meta.url), { type: 'module' });\n",
        'src/lib/wording.ts': WORDING_FROM_SCHEMA,
      },
      chains: [['src/scripts/planted.ts', 'src/lib/wording.ts', 'src/schemas/structure.ts']],
    },
    {
      says: 'new URL(`…`, import.meta.url) sans ${} : le même fichier qu’entre guillemets',
      files: {
        'src/scripts/planted.ts': "new Worker(new URL(`../lib/wording.ts`, import.meta.url), { type: 'module' });\n",
        'src/lib/wording.ts': WORDING_FROM_SCHEMA,
      },
      chains: [['src/scripts/planted.ts', 'src/lib/wording.ts', 'src/schemas/structure.ts']],
    },
  ])('$says', ({ files, chains }) => {
    expect(forbiddenReaches(plant(files)).map(({ chain }) => chain)).toEqual(chains);
  });

  it('refuse new URL(`…${}…`, import.meta.url), que Vite étend à tous les fichiers du motif, et dit quoi écrire', () => {
    expect(() =>
      importedSpecifiers('const worker = new URL(`../lib/${name}.ts`, import.meta.url);\n', 'src/scripts/x.ts'),
    ).toThrow(
      /^src\/scripts\/x\.ts : new URL\(`\.\.\/lib\/…`, import\.meta\.url\) regroupe des fichiers que ce test ne sait pas suivre ; nommez le fichier en entier, new URL\('\.\/fichier\.ts', import\.meta\.url\)\.$/,
    );
    // A pattern that starts with ${} is left to run time by Vite, like an address built by the script: not bundled.
    expect(importedSpecifiers('const url = new URL(`${base}/x.js`, import.meta.url);\n', 'src/scripts/x.ts')).toEqual(
      [],
    );
  });

  it('laisse au navigateur ce que /* @vite-ignore */ marque, comme Vite : new URL(`…${}…`), import(`./…${}…`)', () => {
    const specifiers = (source: string) => importedSpecifiers(source, 'src/scripts/x.ts');
    expect(specifiers('const url = new URL(/* @vite-ignore */ `../lib/${name}.ts`, import.meta.url);\n')).toEqual([]);
    expect(specifiers("const url = new URL(/* @vite-ignore */ '../lib/wording.ts', import.meta.url);\n")).toEqual([]);
    expect(specifiers('void import(/* @vite-ignore */ `../lib/${name}.ts`);\n')).toEqual([]);
    // Unmarked, or marked where Vite does not read it (before `new URL(`), the same patterns are refused.
    expect(() => specifiers('void import(`../lib/${name}.ts`);\n')).toThrow(
      /^src\/scripts\/x\.ts : import\(`\.\.\/lib\/…`\) regroupe des fichiers que ce test ne sait pas suivre\.$/,
    );
    expect(() => specifiers('const url = /* @vite-ignore */ new URL(`../lib/${name}.ts`, import.meta.url);\n')).toThrow(
      /^src\/scripts\/x\.ts : new URL\(`\.\.\/lib\/…`, import\.meta\.url\) regroupe des fichiers/,
    );
  });

  it('refuse import.meta.glob(), dont il ne sait pas lister les fichiers', () => {
    expect(() => importedSpecifiers("const modules = import.meta.glob('../lib/*.ts');\n", 'src/scripts/x.ts')).toThrow(
      /src\/scripts\/x\.ts : import\.meta\.glob\(\) regroupe des fichiers/,
    );
  });
});

describe('aucun script du site n’apporte zod au navigateur', () => {
  const entries = clientEntries('.');

  it('trouve les points d’entrée : les fichiers de src/scripts/ et les <script> traités des composants', () => {
    expect(entries.map(({ name }) => name)).toEqual(
      expect.arrayContaining([
        'src/scripts/structureMap.ts',
        'src/scripts/embedMap.ts',
        'src/scripts/decapAdmin.ts',
        'src/components/structures/StructureMapScript.astro <script>',
        'src/components/SearchLauncher.astro <script>',
        'src/pages/recherche/index.astro <script>',
      ]),
    );
    // The admin page's scripts are is:inline (served files, not bundled by Vite).
    expect(entries.map(({ name }) => name)).not.toContain('src/pages/admin/index.astro <script>');
  });

  it('suit les import() jusqu’aux modules de la carte', () => {
    const mapScript = entries.find(
      ({ name }) => name === 'src/components/structures/StructureMapScript.astro <script>',
    );
    const reached = importedBy('.', mapScript!);
    expect([...reached.keys()]).toEqual(
      expect.arrayContaining(['src/scripts/loadStructureMap.ts', 'src/lib/structures/mapData.ts', 'leaflet']),
    );
  });

  it('aucun point d’entrée n’atteint un schéma, zod ni astro:content', () => {
    expect(describeReaches(forbiddenReaches('.', entries)), HOW_TO_FIX).toBe('');
  });

  it.each(BROWSER_SCHEMA_MODULES)('%s, lu par le navigateur, n’importe rien à l’exécution', (module) => {
    expect(importedSpecifiers(readFileSync(module, 'utf8'), module)).toEqual([]);
  });
});
