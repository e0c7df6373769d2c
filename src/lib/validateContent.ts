/**
 * Validates content files without building the site: the same schemas and cross-entry
 * checks as the build, plus what only an editor's tool should say (unknown fields, files
 * the site ignores, text left to fill in). Used by `npm run check:content`.
 */
import type { z } from 'astro/zod';
import { COLLECTION_FILES } from '../schemas/collectionFiles.ts';
import { collectionSchemas } from '../schemas/collections.ts';
import { referenceStandIn } from '../schemas/reference.ts';
import { fieldPath, type ContentProblem, type EntryLike } from './contentProblem.ts';
import { COLLECTION_FOLDERS, type CollectionName } from '../schemas/folders.ts';
import { crossEntryChecks, type EntriesByCollection } from './crossEntryChecks.ts';
import { checkReferences, type IdsByCollection } from './checkReferences.ts';
import { describeSchema, type FieldDoc } from './describeFields.ts';
import { unpublishedContacts } from './structures/provenance.ts';
import type { Structure } from '../schemas/structure.ts';
import { collectionFiles, readContentFile } from './readContentFile.ts';
import { readFileSync } from 'node:fs';
import { checkMdxContent, type MdxPolicy } from './checkMdxContent.ts';
import { contentMdxPolicy } from './contentMdxPolicy.ts';
import { PLACEHOLDER, PLACEHOLDER_ID, PLACEHOLDER_URL, SLUG, suggestFileName } from './entryIds.ts';
import { contentSiglesProblems, isFieldShown, shownMarkdown, type ContentText } from './checkContentSigles.ts';
import { join, relative } from 'node:path';

/** The fields of a file's variant (`type: question`) when the schema has several, else of every variant. */
function fieldsOf(schema: z.ZodType, data: Record<string, unknown>): FieldDoc[] {
  const variants = describeSchema(schema);
  const chosen = variants.filter((variant) => {
    const selector = variant.discriminator;
    return !selector || data[selector.field] === selector.value;
  });
  return (chosen.length > 0 ? chosen : variants).flatMap((variant) => variant.fields);
}

/** Fields a file may hold: those of its variant (`type: question`) when the schema has several. */
function allowedFields(schema: z.ZodType, data: Record<string, unknown>): Set<string> {
  return new Set(fieldsOf(schema, data).map((field) => field.name));
}

/** The collection a field names entries of (one name, a list of names, or either), if it does. */
function referencedCollection(field: FieldDoc): string | undefined {
  if (field.kind === 'reference') return field.reference;
  if (field.kind === 'list' && field.item) return referencedCollection(field.item);
  if (field.kind === 'union') return field.options?.map(referencedCollection).find(Boolean);
  return undefined;
}

/**
 * The references a file its schema refuses still writes, as the schema would read them (`{ id, collection }`), so
 * that they are checked in the same run: a name (`structure: bij41`) or a list of names, field by field.
 */
function rawReferences(schema: z.ZodType, data: Record<string, unknown>): Record<string, unknown> {
  const references: Record<string, unknown> = {};
  for (const field of fieldsOf(schema, data)) {
    const collection = referencedCollection(field);
    const value = data[field.name];
    if (!collection) continue;
    const asReference = (item: unknown) => (typeof item === 'string' ? { id: item, collection } : null);
    if (typeof value === 'string') references[field.name] = asReference(value);
    else if (Array.isArray(value)) references[field.name] = value.map(asReference);
  }
  return references;
}

/**
 * A field as the editor wrote it: `structure`, not `structure[0]`, when the file gives one value that the schema
 * read as a list of one.
 */
function asWritten(problem: ContentProblem, data: Record<string, unknown> | undefined): ContentProblem {
  const match = /^([^.[\]]+)\[0\](.*)$/.exec(problem.field);
  if (!data || !match || !(match[1]! in data) || Array.isArray(data[match[1]!])) return problem;
  return { ...problem, field: `${match[1]!}${match[2]!}` };
}

/** Paths of string values that still hold the placeholder. */
function* placeholdersIn(value: unknown, path: string): Generator<string> {
  if (typeof value === 'string' && (value.includes(PLACEHOLDER) || [PLACEHOLDER_URL, PLACEHOLDER_ID].includes(value)))
    yield path;
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* placeholdersIn(item, `${path}[${index}]`);
  else if (typeof value === 'object' && value !== null && !(value instanceof Date))
    for (const [key, item] of Object.entries(value)) yield* placeholdersIn(item, path ? `${path}.${key}` : key);
}

/** The text fields of a file as its schema describes them (a list's items, an object's fields), with their paths. */
function* textFields(fields: readonly FieldDoc[], value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  for (const field of fields) {
    const item = (value as Record<string, unknown>)[field.name];
    const at = path ? `${path}.${field.name}` : field.name;
    yield* fieldTexts(field, item, at);
  }
}

function* fieldTexts(field: FieldDoc, value: unknown, path: string): Generator<[string, string]> {
  if (field.kind === 'text' && typeof value === 'string') yield [path, value];
  else if (field.kind === 'list' && field.item && Array.isArray(value))
    for (const [index, item] of value.entries()) yield* fieldTexts(field.item, item, `${path}[${index}]`);
  else if (field.kind === 'object' && field.fields) yield* textFields(field.fields, value, path);
}

/**
 * What a reader of the pages reads of a file, for the sigle check: its text fields (FIELDS_NOT_SHOWN aside), and its
 * Markdown body line by line, numbered as in the file (`text`: the whole file).
 */
function shownTexts(
  collection: CollectionName,
  schema: z.ZodType,
  file: string,
  raw: Record<string, unknown>,
  body: string,
  text: string | undefined,
): ContentText[] {
  const texts: ContentText[] = [...textFields(fieldsOf(schema, raw), raw)]
    .filter(([field]) => isFieldShown(collection, field))
    .map(([field, value]) => ({ file, field, text: shownMarkdown(value) }));
  if (text === undefined || body === '') return texts;
  // The body is the end of the file: its first line is the frontmatter's closing « --- ».
  const fence = text.slice(0, text.length - body.length).split('\n').length;
  const lines = shownMarkdown(body, file.endsWith('.mdx')).split('\n');
  return [...texts, ...lines.map((line, index) => ({ file, line: fence + index, text: line }))];
}

/** Result of checking a content root. */
export interface ContentReport {
  files: number;
  problems: ContentProblem[];
  /** What is valid but will surprise the editor (a contact written but not published): said, never refused. */
  warnings: ContentProblem[];
}

/** A structure's contacts that its file gives but the site does not publish (see confirmedContacts). */
function unpublishedContactWarnings(file: string, data: Structure): ContentProblem[] {
  return unpublishedContacts(data).map((field) => ({
    file,
    field,
    message:
      `renseigné mais ni vérifié ni sourcé : le site ne le publie pas (la fiche dit « ${field === 'horaires_accueil' ? 'Horaires' : 'Coordonnées'} à confirmer ») → ` +
      `si une personne a vérifié les coordonnées, mettez verifie: true, ou indiquez sa source (sources.${field}) ; ` +
      'sinon laissez-le, il sera publié une fois vérifié ou sourcé.',
  }));
}

const UNFINISHED = 'valeur à compléter';

/**
 * A value still to fill in is one problem: when a check across files also refuses it (a-completer is no file of
 * content/thematiques/), its message replaces the placeholder's generic fix, or is dropped if the schema gave one.
 */
function mergeUnfinished(problems: ContentProblem[], across: readonly ContentProblem[], unfinished: Set<string>) {
  for (const problem of across) {
    if (!unfinished.has(`${problem.file}\u0000${problem.field}`)) {
      problems.push(problem);
      continue;
    }
    const generic = problems.findIndex(
      (other) =>
        other.file === problem.file && other.field === problem.field && other.message.startsWith(`${UNFINISHED} (`),
    );
    if (generic >= 0) problems[generic] = { ...problem, message: `${UNFINISHED} : ${problem.message}` };
  }
}

/** Checks one file against its collection's schema; returns its data when it parsed. */
function checkFile(
  schema: z.ZodType,
  path: string,
  shownPath: string,
  problems: ContentProblem[],
): { raw?: Record<string, unknown>; body?: string; data?: unknown; placeholders?: string[] } {
  const report = (field: string, message: string) => problems.push({ file: shownPath, field, message });
  const read = readContentFile(path);
  if ('error' in read) {
    report('(fichier)', read.error);
    return {};
  }
  const known = allowedFields(schema, read.data);
  for (const key of Object.keys(read.data)) {
    if (known.has(key)) continue;
    report(
      key,
      `champ inconnu, ignoré par le site → vérifiez son orthographe (sans accent ni majuscule) ; champs possibles : ${[...known].join(', ')}.`,
    );
  }
  const parsed = schema.safeParse(read.data);
  const issues = parsed.success ? [] : parsed.error.issues.map((issue) => ({ ...issue, field: fieldPath(issue.path) }));
  // A placeholder the schema refuses (a-completer as a type) is one thing to fill in: say it once, with the schema's fix.
  const placeholders = [...placeholdersIn({ ...read.data, '(texte)': read.body }, '')];
  for (const field of placeholders) {
    const refusal = issues.find((issue) => issue.field === field);
    const fix = refusal?.message.split(' → ').slice(1).join(' → ') || refusal?.message;
    report(
      field,
      fix
        ? `${UNFINISHED} → ${fix}`
        : `${UNFINISHED} (« ${PLACEHOLDER} », ${PLACEHOLDER_ID} ou ${PLACEHOLDER_URL}) → remplacez-la par la vraie valeur, ou supprimez la ligne si le champ est facultatif.`,
    );
  }
  if (!parsed.success) {
    for (const issue of issues)
      if (!placeholders.includes(issue.field)) report(issue.field || '(fiche)', issue.message);
    return { raw: read.data, body: read.body, placeholders };
  }
  return { raw: read.data, body: read.body, data: parsed.data, placeholders };
}

/**
 * Checks every content file under `root` (default `content/`). Paths in problems are relative to `cwd`.
 */
export function validateContent(root: string, cwd: string = process.cwd()): ContentReport {
  let policy: MdxPolicy | undefined;
  const mdxPolicy = () => (policy ??= contentMdxPolicy());
  const schemas = collectionSchemas(referenceStandIn) as Record<CollectionName, z.ZodType>;
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const entries: EntriesByCollection = {};
  // Every file that exists, valid or not, and the references of the files their schema refuses.
  const existing: IdsByCollection = {};
  const refused: EntriesByCollection = {};
  // The files their schema refuses, as written: a structure's type still counts for the diagnostic's checks.
  const refusedAsWritten: EntriesByCollection = {};
  // Values still to fill in (`file` + field), reported once as such: not again as a missing file.
  const unfinished = new Set<string>();
  const written = new Map<string, Record<string, unknown>>();
  // What readers read of each file, and the sigles the glossary explains (a refused sigle file's too: one mistake,
  // one message), for the sigle check the build makes on the pages.
  const texts: ContentText[] = [];
  const sigles: string[] = [];
  let files = 0;
  for (const collection of Object.keys(COLLECTION_FOLDERS) as CollectionName[]) {
    const extensions: readonly string[] = COLLECTION_FILES[collection].extensions;
    const seen = new Map<string, string>();
    const collected: EntryLike[] = [];
    const refusedHere: EntryLike[] = [];
    const refusedWritten: EntryLike[] = [];
    for (const { file: shownPath, absolutePath: path, id, extension, read } of collectionFiles(root, collection, cwd)) {
      if (!read) {
        problems.push({
          file: shownPath,
          field: '(nom du fichier)',
          message: `le site ignore les fichiers .${extension || '(sans extension)'} de ce dossier → enregistrez la fiche en .${extensions.join(' ou .')}.`,
        });
        continue;
      }
      files += 1;
      if (!id.split('/').every((segment) => SLUG.test(segment))) {
        problems.push({
          file: shownPath,
          field: '(nom du fichier)',
          message: `nom de fichier invalide → renommez-le en minuscules sans accent ni espace, les mots séparés par des tirets (par exemple ${suggestFileName(id)}.${extension}).`,
        });
      }
      const previous = seen.get(id);
      if (previous) {
        problems.push({
          file: shownPath,
          field: '(nom du fichier)',
          message: `même nom que ${previous} → gardez un seul de ces deux fichiers.`,
        });
        continue;
      }
      seen.set(id, shownPath);
      const text = extension === 'md' || extension === 'mdx' ? readFileSync(path, 'utf8') : undefined;
      // The build refuses an MDX file that would run code before anything else (src/integrations/mdxContentPolicy.ts).
      if (extension === 'mdx') problems.push(...checkMdxContent(text!, path, mdxPolicy(), shownPath));
      const { raw, body, data, placeholders } = checkFile(schemas[collection], path, shownPath, problems);
      if (raw) written.set(shownPath, raw);
      for (const field of placeholders ?? []) unfinished.add(`${shownPath}\u0000${field}`);
      if (raw) texts.push(...shownTexts(collection, schemas[collection], shownPath, raw, body ?? '', text));
      if (collection === 'glossary' && typeof raw?.['sigle'] === 'string') sigles.push(raw['sigle'].trim());
      if (raw && data) collected.push({ id, filePath: shownPath, data });
      else if (raw) {
        refusedHere.push({ id, filePath: shownPath, data: rawReferences(schemas[collection], raw) });
        refusedWritten.push({ id, filePath: shownPath, data: raw });
      }
      if (data && collection === 'structures')
        warnings.push(...unpublishedContactWarnings(shownPath, data as Structure));
    }
    entries[collection] = collected;
    refused[collection] = refusedHere;
    refusedAsWritten[collection] = refusedWritten;
    existing[collection] = new Set(seen.keys());
  }
  const across = [...crossEntryChecks(entries, existing, refusedAsWritten), ...checkReferences(refused, existing)];
  mergeUnfinished(problems, across, unfinished);
  const glossaryFolder = relative(cwd, join(root, COLLECTION_FOLDERS.glossary)).split('\\').join('/');
  problems.push(...contentSiglesProblems(texts, sigles, glossaryFolder));
  const byFile = (a: ContentProblem, b: ContentProblem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const shown = problems.map((problem) => asWritten(problem, written.get(problem.file)));
  return { files, problems: uniqueProblems(shown).sort(byFile), warnings };
}

/** Each problem once, in file order (zod may report one mistake twice). */
function uniqueProblems(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}\u0000${problem.field}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
