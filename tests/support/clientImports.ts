/**
 * What the browser downloads, followed from its entry points without a build: the files of `src/scripts/` (bundled by
 * Vite when a page's script imports them, or by esbuild for /embed/carte.js and /admin/decap-cms.js) and the
 * processed `<script>` of every `.astro` file, as Astro's own compiler picks them (not `is:inline` nor `defer`, but
 * `type="module"` is). Imports are read with the TypeScript parser and resolved as Vite resolves them here, so that a
 * test can name the chain of imports by which a schema (and with it zod) would reach a reader's JavaScript.
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
// Astro 7 compiles `.astro` files with this compiler (a dependency of astro): its `scripts` are the ones it bundles.
import { transform } from '@astrojs/compiler-rs';
import ts from 'typescript';

/** One thing the browser runs: a file of `src/scripts/`, or a processed `<script>` of an `.astro` file. */
export interface ClientEntry {
  /** How a message names it: `src/scripts/siteSearch.ts`, `src/components/SearchLauncher.astro <script>`. */
  name: string;
  /** The file its relative imports start from, relative to the root. */
  file: string;
  /** Its TypeScript source. */
  source: string;
}

/** A module the browser must not download, and the imports that lead to it from an entry point. */
export interface ForbiddenReach {
  entry: string;
  /** Entry point first, offender last. */
  chain: string[];
}

/**
 * The one schema module written for the browser: the collections' names, which the search script reads, kept apart
 * from the schemas with no import but types (commit 3b1afb9). It is followed like any module, so that one of its
 * imports that would bring a schema or zod is named.
 */
export const BROWSER_SCHEMA_MODULES = ['src/schemas/collectionFiles.ts'];

/** Modules that carry zod: the schemas, zod itself, and the content collections (which validate with them). */
export function isForbiddenInBrowser(module: string): boolean {
  return (
    (module.startsWith('src/schemas/') && !BROWSER_SCHEMA_MODULES.includes(module)) ||
    module === 'zod' ||
    module.startsWith('zod/') ||
    module === 'astro/zod' ||
    module === 'astro:content'
  );
}

/** Every entry point of the browser's code under `root`. */
export function clientEntries(root: string): ClientEntry[] {
  const scripts = globSync('src/scripts/**/*.{ts,js,mts,mjs}', { cwd: root }).map((file) => ({
    name: toPosix(file),
    file: toPosix(file),
    source: readFileSync(join(root, file), 'utf8'),
  }));
  const astroScripts = globSync('src/**/*.astro', { cwd: root }).flatMap((file) => {
    const source = readIfPresent(join(root, file));
    if (source === undefined) return [];
    const { scripts: processed } = transform(source, { filename: file });
    return processed.map((script, index) => ({
      name: `${toPosix(file)} <script>${processed.length > 1 ? ` n°${index + 1}` : ''}`,
      file: toPosix(file),
      // Astro loads an external script as this import (vite-plugin-astro).
      source: script.type === 'external' ? `import ${JSON.stringify(script.src)};` : (script.code ?? ''),
    }));
  });
  return [...scripts, ...astroScripts].sort((a, b) => a.name.localeCompare(b.name));
}

/** `import.meta` itself. */
const isImportMeta = (node: ts.Node): boolean =>
  ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword && node.name.text === 'meta';

/** `import.meta.glob(…)` (or `.globEager`): files Vite bundles by a pattern. */
const isImportMetaGlob = (node: ts.Node): boolean =>
  ts.isCallExpression(node) &&
  ts.isPropertyAccessExpression(node.expression) &&
  isImportMeta(node.expression.expression) &&
  node.expression.name.text.startsWith('glob');

/**
 * A `@vite-ignore` comment in a piece of source: Vite leaves what it marks to run time, where the browser fetches it
 * (dynamic-import-vars: within the `import(…)`; vite:asset-import-meta-url: between `new URL(` and the path).
 */
const VITE_IGNORE = /\/\*\s*@vite-ignore\s*\*\//;

/** The path `new URL(path, import.meta.url)` names: a file of the bundle named from this module. */
const pathOfUrlFromThisModule = (node: ts.NewExpression): ts.Expression | undefined => {
  const [path, base] = node.arguments ?? [];
  const fromThisModule =
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'URL' &&
    base !== undefined &&
    ts.isPropertyAccessExpression(base) &&
    isImportMeta(base.expression) &&
    base.name.text === 'url';
  return fromThisModule ? path : undefined;
};

/**
 * The modules a source imports and keeps in the bundle: static imports and re-exports, `import()` with a literal
 * specifier (a lazy chunk the reader downloads too), and the file `new URL('…', import.meta.url)` names. Patterns
 * that Vite expands into several files (`import.meta.glob`, a template with `${}` in `import()` or in that `new URL`)
 * throw: this guard cannot list them; one marked with a `@vite-ignore` comment is left to run time by Vite, and
 * skipped. `import type` and `export type` are erased. An import whose names are all `type` is not: with
 * `verbatimModuleSyntax` (tsconfig.json), Vite and esbuild keep it as `import '…'`, which runs the module and
 * bundles it.
 */
export function importedSpecifiers(source: string, fileName = 'module.ts'): string[] {
  const sourceFile = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) specifiers.push(argument.text);
      else if (
        argument &&
        ts.isTemplateExpression(argument) &&
        /^\.{1,2}\//.test(argument.head.text) &&
        !VITE_IGNORE.test(node.getText(sourceFile))
      ) {
        // Vite bundles every file such a pattern could name (dynamic-import-vars): this guard cannot list them.
        throw new Error(
          `${fileName} : import(\`${argument.head.text}…\`) regroupe des fichiers que ce test ne sait pas suivre.`,
        );
      }
      // Any other expression (a URL built at run time, /* @vite-ignore */) is fetched by the browser, not bundled.
    } else if (isImportMetaGlob(node)) {
      throw new Error(`${fileName} : import.meta.glob() regroupe des fichiers que ce test ne sait pas suivre.`);
    } else if (ts.isNewExpression(node)) {
      const path = pathOfUrlFromThisModule(node);
      // new URL('./worker.ts', import.meta.url): Vite bundles the file it names (a worker, an asset) too. A template
      // without ${} is that same string to Vite. Either, marked /* @vite-ignore */ before it, is left to run time.
      const bundled =
        path !== undefined &&
        !VITE_IGNORE.test(sourceFile.text.slice(node.getStart(sourceFile), path.getStart(sourceFile)));
      if (bundled && ts.isStringLiteralLike(path)) specifiers.push(path.text);
      else if (bundled && ts.isTemplateExpression(path) && path.head.text !== '') {
        // Vite turns it into import.meta.glob() of every file the pattern could name (unless it starts with ${}).
        throw new Error(
          `${fileName} : new URL(\`${path.head.text}…\`, import.meta.url) regroupe des fichiers que ce test ne sait pas ` +
            "suivre ; nommez le fichier en entier, new URL('./fichier.ts', import.meta.url).",
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return specifiers;
}

// Vite's resolve.extensions, in its order.
const EXTENSIONS = ['.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];

/**
 * Where Vite finds a specifier imported by `importer` (both relative to `root`): a file of the project, relative to
 * the root, or the package specifier itself for a bare or virtual one (`leaflet`, `astro:content`).
 */
export function resolveSpecifier(root: string, importer: string, specifier: string): string {
  const path = specifier.replace(/[?#].*$/, '');
  if (!path.startsWith('.') && !path.startsWith('/')) return specifier;
  const base = path.startsWith('/') ? join(root, path) : join(root, dirname(importer), path);
  // A TypeScript module may name another by its output's extension (`./a.js` for `./a.ts`).
  const typescriptTwin = base.replace(/\.(m?)js$/, '.$1ts').replace(/\.jsx$/, '.tsx');
  const candidates = [
    base,
    typescriptTwin,
    ...EXTENSIONS.map((extension) => base + extension),
    ...EXTENSIONS.map((extension) => join(base, `index${extension}`)),
  ];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  if (!found) throw new Error(`${importer} : « ${specifier} » ne mène à aucun fichier.`);
  return toPosix(relative(root, found));
}

const FOLLOWED = /\.(m?[jt]s|[jt]sx)$/;

/** What a source (of `importer`, or of an entry named `name`) keeps in the bundle, resolved. */
function resolvedImports(root: string, importer: string, source: string, name = importer): string[] {
  return importedSpecifiers(source, name).map((specifier) => resolveSpecifier(root, importer, specifier));
}

/**
 * Every module an entry point brings into the browser, each with the module that first imported it (breadth first, so
 * that the chain back to the entry is the shortest). Packages and forbidden modules are not followed further.
 */
export function importedBy(root: string, entry: ClientEntry, cache = new Map<string, string[]>()): Map<string, string> {
  const importsOf = (file: string): string[] => {
    let imports = cache.get(file);
    if (!imports) {
      imports = resolvedImports(root, file, readFileSync(join(root, file), 'utf8'));
      cache.set(file, imports);
    }
    return imports;
  };
  const cameFrom = new Map<string, string>();
  const queue: string[] = [];
  const reach = (modules: string[], from: string) => {
    for (const module of modules) {
      if (cameFrom.has(module) || module === entry.name) continue;
      cameFrom.set(module, from);
      queue.push(module);
    }
  };
  reach(resolvedImports(root, entry.file, entry.source, entry.name), entry.name);
  for (let index = 0; index < queue.length; index++) {
    const module = queue[index]!;
    if (isForbiddenInBrowser(module) || !FOLLOWED.test(module)) continue;
    reach(importsOf(module), module);
  }
  return cameFrom;
}

/** For each entry point, the shortest chain of imports to each forbidden module it reaches (none when all is well). */
export function forbiddenReaches(root: string, entries: ClientEntry[] = clientEntries(root)): ForbiddenReach[] {
  const cache = new Map<string, string[]>();
  return entries.flatMap((entry) => {
    const cameFrom = importedBy(root, entry, cache);
    return [...cameFrom.keys()].filter(isForbiddenInBrowser).map((offender) => {
      const chain = [offender];
      for (let step = cameFrom.get(offender); step !== undefined; step = cameFrom.get(step)) chain.unshift(step);
      return { entry: entry.name, chain };
    });
  });
}

/** One chain a line, as a failing test prints them. */
export function describeReaches(reaches: ForbiddenReach[]): string {
  return reaches.map(({ chain }) => chain.join(' → ')).join('\n');
}

/** A file's text, or nothing when it is gone: a component another test plants (layers.test.ts) may be, by now. */
function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
