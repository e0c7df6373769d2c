// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/*
 * The layers of the code (README, « Organisation du code »), lowest first. A module imports only from its own
 * layer or a lower one: site config → schemas → lib → content queries → components and pages; scripts, bench
 * and tests sit on top. Each zone forbids, to the files of `target`, every folder above them; one more keeps the
 * browser's modules (src/scripts) off the schemas, whose zod would be sent to every reader.
 */
const ABOVE_LIB = ['src/content.ts', 'src/content.config.ts', 'src/components', 'src/layouts', 'src/pages'];
const ABOVE_LIB_IN_SRC = [...ABOVE_LIB, 'src/scripts', 'src/integrations', 'src/navigation.ts'];
const TOOLS = ['scripts', 'bench', 'tests'];
const LAYER_ZONES = [
  {
    target: 'src/site.config.ts',
    from: 'src',
    except: ['./site.config.ts'],
    message: 'Layers: src/site.config.ts is the lowest layer and imports nothing of the project.',
  },
  {
    target: 'src/schemas',
    from: ['src/lib', ...ABOVE_LIB_IN_SRC, ...TOOLS],
    message: 'Layers: schemas import only src/site.config.ts and other schemas; move what they need down.',
  },
  {
    target: 'src/lib',
    from: [...ABOVE_LIB_IN_SRC, ...TOOLS],
    message: 'Layers: src/lib is pure logic below the content queries; take entries as arguments instead of querying.',
  },
  {
    target: 'src/content.ts',
    from: [...ABOVE_LIB_IN_SRC.filter((path) => path !== 'src/content.ts'), ...TOOLS],
    message: 'Layers: src/content.ts queries content for the pages; it imports schemas, lib and the site config.',
  },
  {
    // zod reached the browser twice through a script's imports, caught by the byte budgets after a build: the lint
    // names a direct import as it is written (tests/unit/clientBundles.test.ts follows the chains through src/lib).
    target: 'src/scripts',
    from: 'src/schemas',
    except: ['./collectionFiles.ts'],
    message:
      'Layers: src/scripts run in the browser, and a schema brings zod (some 90 KB gzipped) with it; take the value from a module of src/lib that imports no schema.',
  },
  {
    target: 'src',
    from: TOOLS,
    message: 'Layers: the site never imports scripts, bench or tests; move the shared code into src/lib.',
  },
  {
    target: ['scripts', 'bench'],
    from: [...ABOVE_LIB, 'tests'],
    message:
      'Layers: scripts and bench run outside Astro and below the tests; use src/lib, src/schemas and scripts/lib.',
  },
  {
    target: 'scripts',
    from: 'bench',
    message: 'Layers: scripts do not import the bench; shared tooling lives in scripts/lib.',
  },
];

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'bench/tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Regex groups and checked lookups are asserted where TypeScript cannot follow (noUncheckedIndexedAccess).
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver()] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: LAYER_ZONES }] },
  },
  {
    // Virtual modules do not resolve to a file: `astro:content` is named here for the layers under the queries.
    files: ['src/lib/**', 'src/schemas/**', 'src/site.config.ts', 'scripts/**', 'bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              allowTypeImports: true,
              message:
                'Layers: only src/content.ts and src/content.config.ts read collections; take entries as arguments.',
            },
          ],
        },
      ],
    },
  },
  {
    // The browser's modules: zod is some 90 KB gzipped, and astro:content validates with it.
    files: ['src/scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'astro/zod', 'astro:content'].map((name) => ({
            name,
            message:
              'Layers: src/scripts run in the browser, where zod would weigh some 90 KB gzipped; validate at build time.',
          })),
        },
      ],
    },
  },
  {
    // The test server answers a missing page with 404.html: a browser test that opened a renamed page itself would
    // run its checks on the 404 page and pass. tests/support/browser.ts opens pages and files and checks the status.
    files: ['tests/browser/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='goto']",
          message:
            'Browser tests open pages with openPage() from tests/support/browser.ts, which fails unless the server answered the expected status.',
        },
        {
          selector: "CallExpression[callee.type='Identifier'][callee.name='fetch']",
          message:
            'Browser tests download files with fetchFile() from tests/support/browser.ts, which fails unless the server answered 200.',
        },
      ],
    },
  },
  ...astro.configs.recommended,
  // Astro files and plain JavaScript are checked without type information (astro check covers their types).
  { files: ['**/*.astro', '**/*.astro/*.ts', '**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: globals.node } },
);
