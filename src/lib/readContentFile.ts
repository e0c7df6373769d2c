/**
 * The one way to read content files outside Astro (the build's checks, every script, every test): which files
 * each collection holds (the file kinds of `COLLECTION_FILES`, as Astro's glob loader reads them) and their data,
 * parsed as Astro parses them. Scripts cannot import `astro:content`, and must still run when an entry is invalid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument, type ErrorCode, type ScalarTag } from 'yaml';
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

// js-yaml 4's two patterns (Astro's parser): a day AAAA-MM-JJ with two-digit month and day, or a full timestamp.
const YAML_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const YAML_TIMESTAMP =
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?$/;

/** Whether year, month and day name a day of the calendar (not 2026-02-30, whose Date rolls over to 2 March). */
function dayExists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * YAML dates as Astro reads them (js-yaml 4: `2026-11-3` stays text), except a day that does not exist: it stays
 * the text written, which the schemas refuse as « date invalide », where both parsers would make it another day.
 */
const calendarTimestamp: ScalarTag = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: 'tag:yaml.org,2002:timestamp',
  test: new RegExp(`${YAML_DATE.source}|${YAML_TIMESTAMP.source}`),
  resolve(text) {
    const match = YAML_DATE.exec(text) ?? YAML_TIMESTAMP.exec(text);
    if (!match) return text;
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map(Number);
    if (!dayExists(year, month, day)) return text;
    if (match[4] === undefined) return new Date(Date.UTC(year, month - 1, day));
    const milliseconds = Number((match[7] ?? '').slice(0, 3).padEnd(3, '0'));
    const offset = match[9] ? (match[9] === '-' ? -1 : 1) * (Number(match[10]) * 60 + Number(match[11] ?? 0)) : 0;
    return new Date(Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - offset * 60_000);
  },
  stringify: ({ value }) => (value instanceof Date ? value.toISOString() : String(value)),
};

/**
 * The data Astro's loader parsed (`astro`), with each date it made of a day that does not exist (2026-02-30 read
 * as 2 March) put back as the text written, as `parseContent` read it (`written`): the schema then refuses it in
 * the build too, as `npm run check:content` does, instead of publishing another day.
 */
export function withDaysAsWritten(astro: unknown, written: unknown): unknown {
  if (astro instanceof Date) return typeof written === 'string' ? written : astro;
  if (Array.isArray(astro))
    return astro.map((item, index) => withDaysAsWritten(item, Array.isArray(written) ? written[index] : undefined));
  if (typeof astro === 'object' && astro !== null) {
    const source = typeof written === 'object' && written !== null ? (written as Record<string, unknown>) : {};
    return Object.fromEntries(
      Object.entries(astro).map(([key, value]) => [key, withDaysAsWritten(value, source[key])]),
    );
  }
  return astro;
}

/** Whether Astro's data holds a date anywhere (most entries do not). */
export function holdsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(holdsDate);
}

// Anything shaped like a YAML day or timestamp's day (`2026-02-30`, `2026-2-30 10:00:00`), wherever it is written.
const DAY_WRITTEN = /\b([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})\b/g;

/**
 * The data Astro's loader parsed from a file's `text` (`astro`), with each date it made of a day that does not
 * exist put back as written (see withDaysAsWritten). The text is parsed a second time only when it writes such a
 * day, which a scan tells: the build reads each of hundreds of dated entries once, not twice.
 */
export function withWrittenDays(astro: unknown, text: string, extension: string): unknown {
  if (!holdsDate(astro)) return astro;
  const writesImpossibleDay = [...text.matchAll(DAY_WRITTEN)].some(
    ([, year, month, day]) => !dayExists(Number(year), Number(month), Number(day)),
  );
  if (!writesImpossibleDay) return astro;
  const written = parseContent(text, extension);
  return 'error' in written ? astro : withDaysAsWritten(astro, written.data);
}

/**
 * YAML as Astro reads it (js-yaml 4: YAML 1.2 core schema plus dates), with a French message
 * and a line number; `firstLine` is the line of the file where `text` starts.
 */
function parseYaml(text: string, firstLine = 1): { data: unknown } | { error: string } {
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { customTags: [calendarTimestamp], merge: true });
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
