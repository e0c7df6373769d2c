/**
 * The one way to read content files outside Astro (the build's checks, every script, every test): which files
 * each collection holds (the file kinds of `COLLECTION_FILES`, as Astro's glob loader reads them) and their data,
 * parsed as Astro parses them. Scripts cannot import `astro:content`, and must still run when an entry is invalid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, type ErrorCode } from 'yaml';
import { COLLECTION_FILES } from '../schemas/collectionFiles.ts';
import { COLLECTION_FOLDERS, type CollectionName } from '../schemas/folders.ts';

/** The data of one content file, or why it cannot be read. */
export type ReadResult = { data: Record<string, unknown>; body: string } | { error: string };

// Astro's own frontmatter pattern (@astrojs/internal-helpers), so that both read the same block.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** The usual YAML mistakes of editors, in French; anything else gets the general advice. */
const YAML_MISTAKES: Partial<Record<ErrorCode, string>> = {
  DUPLICATE_KEY: 'un champ apparaît deux fois → gardez une seule ligne pour ce champ',
  TAB_AS_INDENT: 'une tabulation sert d’indentation → remplacez-la par des espaces',
  BLOCK_AS_IMPLICIT_KEY: 'un texte contient « : » → mettez ce texte entre guillemets',
  MULTILINE_IMPLICIT_KEY:
    'une ligne n’a pas la forme « champ: valeur » → ajoutez les deux-points ou mettez le texte entre guillemets',
  BAD_INDENT: 'l’indentation est incohérente → alignez les lignes d’une même liste avec le même nombre d’espaces',
  MISSING_CHAR: 'un guillemet ou un crochet n’est pas refermé → refermez-le',
  BAD_DQ_ESCAPE: 'une barre oblique inverse « \\ » entre guillemets → doublez-la ou utilisez des apostrophes',
};
const GENERAL_ADVICE =
  'vérifiez les deux-points, l’indentation (des espaces, pas de tabulation) et mettez entre guillemets un texte qui contient « : » ou commence par un caractère spécial';

/**
 * YAML as Astro reads it (js-yaml 4: YAML 1.2 core schema plus dates), with a French message
 * and a line number; `firstLine` is the line of the file where `text` starts.
 */
function parseYaml(text: string, firstLine = 1): { data: unknown } | { error: string } {
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { customTags: ['timestamp'], merge: true });
  const [first] = document.errors;
  if (first) {
    const line = first.linePos?.[0].line;
    const where = line === undefined ? '' : ` à la ligne ${line + firstLine - 1}`;
    const [what, fix] = (YAML_MISTAKES[first.code] ?? `le texte n’est pas du YAML valide → ${GENERAL_ADVICE}`).split(
      ' → ',
    );
    return { error: `syntaxe invalide${where} : ${what!} → ${fix!}.` };
  }
  return { data: document.toJS() };
}

/** Reads a YAML data file or the frontmatter of a Markdown file. */
export function parseContent(text: string, extension: string): ReadResult {
  let yamlText = text;
  let body = '';
  let firstLine = 1;
  if (extension === 'md' || extension === 'mdx') {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      return {
        error:
          'en-tête manquant → commencez le fichier par une ligne « --- », les champs, puis une autre ligne « --- » avant le texte.',
      };
    }
    yamlText = match[1]!;
    body = text.slice(match.index + match[0].length);
    firstLine = text.slice(0, match.index + match[0].indexOf(yamlText)).split('\n').length;
  }
  const parsed = parseYaml(yamlText, firstLine);
  if ('error' in parsed) return parsed;
  const { data } = parsed;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { error: 'le fichier ne contient pas de champs → écrivez une ligne « champ: valeur » par champ.' };
  }
  return { data: data as Record<string, unknown>, body };
}

/** Reads a content file from disk. */
export function readContentFile(path: string): ReadResult {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return parseContent(readFileSync(path, 'utf8'), extension);
}

/** One file of a collection's folder. */
export interface CollectionFile {
  collection: CollectionName;
  /** Path relative to the working directory, with `/`, as editors and the forge show it. */
  file: string;
  /** Absolute path, to read or write the file back. */
  absolutePath: string;
  /** The entry's id: its path inside the collection's folder, without the extension. */
  id: string;
  /** Extension without the dot, as written (`yaml`, `md`…); empty when there is none. */
  extension: string;
  /** Whether the site reads this kind of file in this folder (a README beside the entries is not read). */
  read: boolean;
}

function filesUnder(folder: string, prefix = ''): string[] {
  let entries;
  try {
    entries = readdirSync(join(folder, prefix), { withFileTypes: true });
  } catch {
    return []; // A collection without a folder simply has no entries.
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) =>
      entry.isDirectory() ? filesUnder(folder, join(prefix, entry.name)) : [join(prefix, entry.name)],
    );
}

/** Every file of a collection's folder under `root` (hidden ones aside), in a stable order, read or not. */
export function collectionFiles(root: string, collection: CollectionName, cwd = process.cwd()): CollectionFile[] {
  const folder = join(root, COLLECTION_FOLDERS[collection]);
  const extensions: readonly string[] = COLLECTION_FILES[collection].extensions;
  return filesUnder(folder)
    .sort()
    .map((inFolder) => {
      const absolutePath = join(folder, inFolder);
      const name = inFolder.split('\\').join('/');
      const dot = name.lastIndexOf('.');
      const extension = dot > name.lastIndexOf('/') + 1 ? name.slice(dot + 1) : '';
      return {
        collection,
        file: relative(cwd, absolutePath).split('\\').join('/'),
        absolutePath,
        id: extension ? name.slice(0, dot) : name,
        extension,
        read: extensions.includes(extension),
      };
    });
}

/** A content file the site reads, with its data and, for Markdown, its body. */
export interface ContentFile extends CollectionFile {
  data: Record<string, unknown>;
  body: string;
}

/**
 * Every file the site reads in the given collections under `root`, parsed. Throws on the first file that cannot
 * be read, naming it: `npm run check:content` says what is wrong in every file; other tools stop there.
 */
export function readContent(root: string, collections: readonly CollectionName[], cwd = process.cwd()): ContentFile[] {
  return collections.flatMap((collection) =>
    collectionFiles(root, collection, cwd)
      .filter((file) => file.read)
      .map((file) => {
        const read = readContentFile(file.absolutePath);
        if ('error' in read) throw new Error(`${file.file} : ${read.error}`);
        return { ...file, ...read };
      }),
  );
}
