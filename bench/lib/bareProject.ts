/**
 * The floor of the build: a bare Astro project that renders the same content files with a
 * minimal layout (Markdown rendered, YAML fields listed), and nothing else. It lives under
 * bench/tmp/ so that it resolves this repository's `node_modules`.
 *
 * Same page count: given BARE_PAGES_FILE (the JSON list of the site's page paths, written by the
 * bench after the site's build), it renders one page at each of the site's paths, the entries of
 * every collection taken in turn (entry i mod n), so that both builds write as many pages from the
 * same content. Without it, one page per entry.
 *
 * With the shell (`writeBareProject(dir, { shell: true })`, built with BARE_SHELL_FILE), every page is
 * wrapped in the site's own page around <main> (head, header, navigation, search dialog, footer),
 * taken from one built page of the site and written as it stands: a floor that writes as many bytes
 * of layout per page as the site, without computing any of it (see `pageShell`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_FOLDERS } from '../../src/schemas/folders.ts';

const collections = Object.values(COLLECTION_FOLDERS);

const LAYOUT = `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main><h1>{title}</h1><slot /></main>
  </body>
</html>
<style>
  body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 0 auto; padding: 1rem; }
</style>
`;

/** The shell's layout: the site's markup before and after <main>'s content, written as it stands. */
const SHELL_LAYOUT = `---
import { shell } from './shell.ts';
const { title } = Astro.props;
---
<Fragment set:html={shell.before} /><h1>{title}</h1><slot /><Fragment set:html={shell.after} />
`;

/** Read once per build, when the layout's module loads. */
const SHELL_MODULE = `import { readFileSync } from 'node:fs';

export const shell: { before: string; after: string } = JSON.parse(readFileSync(process.env.BARE_SHELL_FILE!, 'utf8'));
`;

const FILES: Record<string, string> = {
  'astro.config.mjs': `import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.OUT_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
  trailingSlash: 'always',
  build: { format: 'directory' },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const folder = (name: string) =>
  defineCollection({ loader: glob({ pattern: '**/*.{md,yaml,yml}', base: \`\${process.env.CONTENT_DIR}/\${name}\` }) });

export const collections = {
${collections.map((name) => `  '${name}': folder('${name}'),`).join('\n')}
};
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Layout from '../Layout.astro';
const names = ${JSON.stringify(collections)} as const;
const lists = await Promise.all(names.map(async (name) => ({ name, entries: await getCollection(name) })));
---
<Layout title="Accueil">
  {lists.map(({ name, entries }) => <section><h2>{name}</h2><p>{entries.length} fiches</p></section>)}
</Layout>
`,
  'src/pages/[...path].astro': `---
import { readFileSync } from 'node:fs';
import { getCollection, render } from 'astro:content';
import Layout from '../Layout.astro';

export async function getStaticPaths() {
  const names = ${JSON.stringify(collections)} as const;
  const entries = (await Promise.all(names.map((name) => getCollection(name)))).flat();
  const file = process.env.BARE_PAGES_FILE;
  if (!file) return entries.map((entry) => ({ params: { path: \`\${entry.collection}/\${entry.id}\` }, props: { entry } }));
  const paths = (JSON.parse(readFileSync(file, 'utf8')) as string[]).filter((path) => path.endsWith('/') && path !== '/');
  return paths.map((path, index) => ({ params: { path: path.slice(1, -1) }, props: { entry: entries[index % entries.length] } }));
}
const { entry } = Astro.props;
const { Content } = entry.rendered ? await render(entry) : { Content: undefined };
const data = entry.data as Record<string, unknown>;
const title = String(data.titre ?? data.nom ?? data.question ?? entry.id);
---
<Layout title={title}>
  <dl>
    {Object.entries(data).map(([key, value]) => <><dt>{key}</dt><dd>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</dd></>)}
  </dl>
  {Content && <Content />}
</Layout>
`,
};

/**
 * Writes the bare project into `dir` (emptied first); build it with CONTENT_DIR, OUT_DIR and ASTRO_CACHE_DIR
 * set, and BARE_SHELL_FILE (a `pageShell` as JSON) when written with `shell`.
 */
export function writeBareProject(dir: string, { shell = false } = {}): void {
  writeProjectFiles(dir, {
    ...FILES,
    ...(shell ? { 'src/Layout.astro': SHELL_LAYOUT, 'src/shell.ts': SHELL_MODULE } : { 'src/Layout.astro': LAYOUT }),
  });
}

/** Writes a floor project's files (path inside the project → text) into `dir`, emptied first. */
export function writeProjectFiles(dir: string, files: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/**
 * A built page of the site cut around its <main> element's content: `before` runs from <html> to the
 * opening <main> tag (Astro writes the doctype itself), `after` from </main> to the end.
 */
export function pageShell(html: string): { before: string; after: string } {
  const open = /<main\b[^>]*>/i.exec(html);
  const close = html.lastIndexOf('</main>');
  if (!open || close < open.index) throw new Error('pageShell: the page has no <main> element');
  const before = html.slice(0, open.index + open[0].length).replace(/^<!doctype html>/i, '');
  return { before, after: html.slice(close) };
}
