import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The layers of the README's code map are enforced by ESLint (eslint.config.js, LAYER_ZONES). Each case plants
 * a module in a folder with one import, runs the linter of `npm run lint` on it, and expects the import to be
 * refused by the named rule — or accepted, for the imports the layers allow. Browser tests are held the same way to
 * the page-opening helper that checks the HTTP status.
 */
const STAMP = `${process.pid}`;
const CASES: { file: string; source: string; rule: string | null; says: string }[] = [
  {
    file: `src/lib/planted${STAMP}.ts`,
    source: "import { siteContent } from '../content.ts';\nexport const planted = siteContent;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'src/lib is pure logic below the content queries',
  },
  {
    file: `src/lib/plantedVirtual${STAMP}.ts`,
    source: "import { getCollection } from 'astro:content';\nexport const planted = getCollection;\n",
    rule: 'no-restricted-imports',
    says: 'only src/content.ts and src/content.config.ts read collections',
  },
  {
    file: `src/schemas/planted${STAMP}.ts`,
    source: "import { contentRoot } from '../lib/contentRoot.ts';\nexport const planted = contentRoot;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'schemas import only src/site.config.ts and other schemas',
  },
  {
    file: `src/components/Planted${STAMP}.astro`,
    source: "---\nimport { runScript } from '../../tests/support/runScript.ts';\n---\n<p>{typeof runScript}</p>\n",
    rule: 'import-x/no-restricted-paths',
    says: 'the site never imports scripts, bench or tests',
  },
  {
    file: `scripts/planted${STAMP}.ts`,
    source: "import { runScript } from '../tests/support/runScript.ts';\nexport const planted = runScript;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'scripts and bench run outside Astro and below the tests',
  },
  {
    file: `bench/planted${STAMP}.ts`,
    source: "import { structuresByName } from '../src/content.ts';\nexport const planted = structuresByName;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'scripts and bench run outside Astro and below the tests',
  },
  {
    file: `scripts/plantedBench${STAMP}.ts`,
    source: "import { loadBudgets } from '../bench/lib/budgets.ts';\nexport const planted = loadBudgets;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'scripts do not import the bench',
  },
  {
    file: `src/scripts/planted${STAMP}.ts`,
    source: "import { STRUCTURE_TYPES } from '../schemas/structure.ts';\nexport const planted = STRUCTURE_TYPES;\n",
    rule: 'import-x/no-restricted-paths',
    says: 'src/scripts run in the browser, and a schema brings zod',
  },
  {
    file: `src/scripts/plantedZod${STAMP}.ts`,
    source: "import { z } from 'astro/zod';\nexport const planted = z.string();\n",
    rule: 'no-restricted-imports',
    says: 'src/scripts run in the browser, where zod would weigh',
  },
  {
    file: `src/scripts/plantedAllowed${STAMP}.ts`,
    source:
      "import { COLLECTION_FILES } from '../schemas/collectionFiles.ts';\nexport const planted = COLLECTION_FILES;\n",
    rule: null,
    says: 'a script may read the collections’ names, written for the browser without zod',
  },
  {
    file: `tests/browser/plantedGoto${STAMP}.ts`,
    source: "import type { Page } from 'playwright-core';\nexport const planted = (page: Page) => page.goto('/');\n",
    rule: 'no-restricted-syntax',
    says: 'Browser tests open pages with openPage()',
  },
  {
    file: `tests/browser/plantedFetch${STAMP}.ts`,
    source: "export const planted = () => fetch('http://127.0.0.1/');\n",
    rule: 'no-restricted-syntax',
    says: 'Browser tests download files with fetchFile()',
  },
  {
    file: `src/lib/plantedAllowed${STAMP}.ts`,
    source:
      "import { COLLECTION_FOLDERS } from '../schemas/folders.ts';\nimport { site } from '../site.config.ts';\nexport const planted = [COLLECTION_FOLDERS, site];\n",
    rule: null,
    says: 'lib may import schemas and the site config',
  },
];

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

let exitCode: number | null = null;
const messagesByFile = new Map<string, LintResult['messages']>();

beforeAll(() => {
  for (const { file, source } of CASES) writeFileSync(file, source);
  try {
    const run = spawnSync('node_modules/.bin/eslint', ['--format', 'json', ...CASES.map(({ file }) => file)], {
      encoding: 'utf8',
    });
    exitCode = run.status;
    for (const result of JSON.parse(run.stdout) as LintResult[]) {
      messagesByFile.set(result.filePath.slice(process.cwd().length + 1), result.messages);
    }
  } finally {
    for (const { file } of CASES) rmSync(file, { force: true });
  }
}, 120_000);

afterAll(() => {
  for (const { file } of CASES) rmSync(file, { force: true });
});

describe('couches du code (eslint.config.js)', () => {
  it('npm run lint échoue quand une importation traverse les couches', () => {
    expect(exitCode).toBe(1);
  });

  it.each(CASES)('$file : $says', ({ file, rule, says }) => {
    const messages = messagesByFile.get(file);
    expect(messages, `${file} n’a pas été analysé`).toBeDefined();
    if (rule === null) {
      expect(messages).toEqual([]);
    } else {
      expect(messages).toEqual([expect.objectContaining({ ruleId: rule })]);
      expect(messages![0]!.message).toContain(says);
    }
  });
});
