/**
 * Reads content files the way editors write them (YAML, Markdown front matter), outside Astro:
 * scripts cannot import `astro:content`, and they must still run when an entry is invalid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { COLLECTION_FOLDERS, type CollectionName } from '../../src/schemas/folders.ts';

/** One content file: its data (YAML or front matter) and, for Markdown, its body. */
export interface ContentFile {
  collection: CollectionName;
  /** Path relative to the working directory, as editors and the forge show it. */
  file: string;
  /** Absolute path, to write the file back. */
  absolutePath: string;
  data: Record<string, unknown>;
  body: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const YAML = ['.yaml', '.yml'];
/** File kinds Astro reads in each folder (the patterns of `src/content.config.ts`): a README beside them is not an entry. */
const EXTENSIONS: Record<CollectionName, string[]> = {
  reports: ['.md'],
  structures: YAML,
  themes: YAML,
  sites: YAML,
  internships: ['.md'],
  tools: ['.md', ...YAML],
  diagnostic: YAML,
  pages: ['.md'],
};

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // A collection without a folder simply has no entries.
  }
  return entries
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name), extensions) : [join(dir, entry.name)]))
    .filter((path) => extensions.includes(extname(path)))
    .sort();
}

/** Splits a Markdown file into its front matter data and its body; YAML files are all data. */
export function parseContent(text: string, extension: string): { data: Record<string, unknown>; body: string } {
  if (extension === '.yaml' || extension === '.yml') {
    return { data: (parse(text) as Record<string, unknown> | null) ?? {}, body: '' };
  }
  const match = FRONT_MATTER.exec(text);
  if (!match) return { data: {}, body: text };
  return {
    data: (parse(match[1]!) as Record<string, unknown> | null) ?? {},
    body: text.slice(match[0].length),
  };
}

/** Every content file of the given collections under `root`, in a stable order. */
export function readContent(root: string, collections: readonly CollectionName[], cwd = process.cwd()): ContentFile[] {
  return collections.flatMap((collection) =>
    filesUnder(join(root, COLLECTION_FOLDERS[collection]), EXTENSIONS[collection]).map((absolutePath) => {
      const file = relative(cwd, absolutePath).split('\\').join('/');
      try {
        return {
          collection,
          file,
          absolutePath,
          ...parseContent(readFileSync(absolutePath, 'utf8'), extname(absolutePath)),
        };
      } catch (error) {
        throw new Error(`${file}: fichier illisible (${String(error)}) → corrigez la syntaxe YAML.`, { cause: error });
      }
    }),
  );
}
