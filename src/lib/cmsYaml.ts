/**
 * File formats of the editing interface that keep files as editors wrote them. Decap's own YAML format
 * re-writes the whole file (comments dropped, quotes removed, long lines folded); these keep the text it
 * read and change only the values the form changed: key order, comments, quoting, dates and lists stay.
 * The text read travels with the entry in a field no form shows (`SOURCE_KEY`), and is never written.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, visit, Scalar, type Node, type YAMLMap } from 'yaml';

/** Names under which the admin script registers these formats, and collections of the configuration use them. */
export const CMS_FORMATS = { yaml: 'aioa-yaml', frontmatter: 'aioa-frontmatter' } as const;

/** Entry data key holding the file's text as read; Decap keeps keys its form does not show. */
export const SOURCE_KEY = '__texte_lu';

/** Frontmatter fence of Markdown files. */
const FENCE = '---';

/** What to write: no line folding (editors' long sentences stay on one line). */
const WRITE_OPTIONS = { lineWidth: 0, minContentWidth: 0 } as const;

type Data = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** A value the form sends for a field left blank (or a group with nothing filled): not written. */
const isBlank = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isPlainObject(value) && Object.keys(value).length === 0);

/**
 * `value` without its blank parts, at any depth: a field erased in a new list item or group, a cleared choice
 * (`null`), a removed file (`''`). The build refuses such values; nothing an editor filled is dropped.
 */
function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlanks).filter((item) => !isBlank(item));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .map(([key, item]) => [key, withoutBlanks(item)] as const)
      .filter(([, item]) => !isBlank(item)),
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The form's one-item list for a field the file writes as one value (`structure: bij-41`): nothing changed. */
function sameOrListed(written: unknown, value: unknown): boolean {
  if (sameValue(written, value)) return true;
  return !Array.isArray(written) && Array.isArray(value) && value.length === 1 && sameValue(written, value[0]);
}

/** The parts of the interface's configuration read here (see `CmsConfig` in `cmsConfig.ts`). */
interface FormFields {
  collections: readonly { fields: readonly { name: string; widget: string; multiple?: boolean }[] }[];
}

/**
 * Top-level fields the form edits as a list of choices (`multiple`) in some collection and as one value in none.
 * A file may write one of them as a single value (a tool's `structure: bij-41`): Decap's multiple choice widgets
 * show such a value as empty, so `yamlFromFile` reads it as a one-item list. The file format does not know
 * which collection it reads, hence names that mean a list in every collection that has them.
 */
export function listFieldNames(config: FormFields): string[] {
  const fields = config.collections.flatMap((collection) => collection.fields);
  const single = new Set(
    fields.filter((field) => !field.multiple && field.widget !== 'list').map((field) => field.name),
  );
  return [...new Set(fields.filter((field) => field.multiple && !single.has(field.name)).map((field) => field.name))];
}

/** Changes `node` into `value`, keeping every part whose value did not change (and its style and comments). */
function patch(doc: Document, node: unknown, value: unknown): unknown {
  const current: unknown = isScalar(node) || isMap(node) || isSeq(node) ? (node as Node).toJSON() : undefined;
  if (current !== undefined && sameValue(current, value)) return node;
  if (isScalar(node) && !isPlainObject(value) && !Array.isArray(value)) {
    node.value = value;
    return node;
  }
  if (isMap(node) && isPlainObject(value)) {
    patchMap(doc, node, value, Object.keys(value));
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const seq = node;
    value.forEach((item, index) => {
      if (index < seq.items.length) seq.items[index] = patch(doc, seq.items[index], item);
      else seq.items.push(doc.createNode(item));
    });
    seq.items.splice(value.length);
    return seq;
  }
  return doc.createNode(value);
}

/**
 * Patches a map's keys to `value` (without blanks: yamlToFile); new keys go after the key that precedes them in `order`
 * (the form's field order).
 */
function patchMap(doc: Document, map: YAMLMap, value: Data, order: readonly string[]): void {
  const keyOf = (pair: { key: unknown }) => String(isScalar(pair.key) ? pair.key.value : pair.key);
  map.items = map.items.filter((pair) => {
    const key = keyOf(pair);
    return key in value;
  });
  for (const pair of map.items) pair.value = patch(doc, pair.value, value[keyOf(pair)]);
  const present = new Set(map.items.map(keyOf));
  const keys = [...order, ...Object.keys(value).filter((key) => !order.includes(key))];
  keys.forEach((key, index) => {
    if (present.has(key) || !(key in value)) return;
    const pair = doc.createPair(key, value[key]);
    const before = keys
      .slice(0, index)
      .reverse()
      .find((earlier) => present.has(earlier));
    const at = before === undefined ? 0 : map.items.findIndex((item) => keyOf(item) === before) + 1;
    map.items.splice(at, 0, pair as never);
    present.add(key);
  });
}

/**
 * Reads a YAML file into entry data, remembering its text. A single value of one of `listFields` (see
 * `listFieldNames`) is read as a one-item list, which the form shows, and which is written back as it was.
 */
export function yamlFromFile(content: string, listFields: readonly string[] = []): Data {
  const doc = parseDocument(content);
  if (doc.errors.length > 0)
    throw new Error(`YAML illisible : ${doc.errors.map((error) => error.message).join(' ; ')}`);
  const data: unknown = doc.toJSON();
  const fields = isPlainObject(data) ? data : {};
  for (const key of listFields) {
    const value = fields[key];
    if (typeof value === 'string' || typeof value === 'number') fields[key] = [value];
  }
  return { ...fields, [SOURCE_KEY]: content };
}

/** Identifiers (`afpa`, `jeunes-16-25`), dates and numbers-as-text stay unquoted, as editors write them. */
const BARE = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*|\d{4}-\d{2}-\d{2})$/;

/** Gives text the form created the style of the files: sentences between double quotes, identifiers and dates bare. */
function styleNewText(node: unknown): unknown {
  visit(node as Node, {
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && scalar.type === undefined) {
        scalar.type = BARE.test(scalar.value) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE;
      }
    },
  });
  return node;
}

/** One top-level `key: value` written alone, in the style its node carries. */
function pairText(key: string, node: unknown): string {
  const doc = new Document({});
  const map = doc.contents as unknown as YAMLMap;
  map.items.push(doc.createPair(key, null));
  map.items[0]!.value = styleNewText(node);
  return doc.toString(WRITE_OPTIONS);
}

/** Index just past the end of the line on which `index - 1` lies. */
function lineEnd(text: string, index: number): number {
  if (index > 0 && text[index - 1] === '\n') return index;
  const next = text.indexOf('\n', index);
  return next === -1 ? text.length : next + 1;
}

/** A new file: the form's values (without blanks: yamlToFile), in the form's order. */
function freshYaml(values: Data, order: readonly string[]): string {
  const keys = [...order.filter((key) => key in values), ...Object.keys(values).filter((key) => !order.includes(key))];
  const doc = new Document(Object.fromEntries(keys.map((key) => [key, values[key]])));
  for (const pair of (doc.contents as unknown as YAMLMap).items) styleNewText(pair.value);
  return doc.toString(WRITE_OPTIONS);
}

/**
 * Writes entry data as YAML. An edited file is the text read with only the changed top-level fields re-written
 * (each in the style it had: quotes, block lists); removed fields are cut, new ones inserted after the field that
 * precedes them in the form's order. A new file is written in the form's order. Blank values are left out at
 * every depth (`withoutBlanks`).
 */
export function yamlToFile(data: Data, order: readonly string[] = []): string {
  const { [SOURCE_KEY]: source, ...filled } = data;
  const values = withoutBlanks(filled) as Data;
  if (typeof source !== 'string') return freshYaml(values, order);
  const doc = parseDocument(source);
  if (!isMap(doc.contents)) return freshYaml(values, order);
  const map = doc.contents as YAMLMap;
  const edits: { start: number; end: number; text: string }[] = [];
  const spans = new Map<string, { start: number; end: number }>();
  for (const pair of map.items) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
    const valueRange = (pair.value as Node | null)?.range ?? keyRange;
    if (!keyRange || !valueRange) continue;
    const span = { start: keyRange[0], end: lineEnd(source, valueRange[1]) };
    spans.set(key, span);
    if (!(key in values)) edits.push({ ...span, text: '' });
    else if (!sameOrListed((pair.value as Node | null)?.toJSON() ?? null, values[key])) {
      edits.push({ ...span, text: pairText(key, patch(doc, pair.value, values[key])) });
    }
  }
  const keys = [...order, ...Object.keys(values).filter((key) => !order.includes(key))];
  keys.forEach((key, index) => {
    if (spans.has(key) || !(key in values)) return;
    const before = keys
      .slice(0, index)
      .reverse()
      .find((earlier) => spans.has(earlier));
    const at =
      before === undefined
        ? spans.size > 0
          ? Math.min(...[...spans.values()].map((span) => span.start))
          : source.length
        : spans.get(before)!.end;
    edits.push({ start: at, end: at, text: pairText(key, doc.createNode(values[key])) });
    spans.set(key, { start: at, end: at });
  });
  // Inserts at one place keep the form's order; edits apply from the end so that earlier offsets stay valid.
  return edits
    .map((edit, rank) => ({ ...edit, rank }))
    .sort((a, b) => b.start - a.start || b.rank - a.rank)
    .reduce((text, edit) => `${text.slice(0, edit.start)}${edit.text}${text.slice(edit.end)}`, source);
}

/** Splits a Markdown file into its frontmatter text and its body. */
function splitFrontmatter(content: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(content);
  return match ? { frontmatter: `${match[1]!}\n`, body: match[2]! } : { frontmatter: '', body: content };
}

/** Reads a Markdown file with YAML frontmatter: the fields, `body` for the text. */
export function frontmatterFromFile(content: string, listFields: readonly string[] = []): Data {
  const { frontmatter, body } = splitFrontmatter(content);
  const { [SOURCE_KEY]: source, ...fields } = yamlFromFile(frontmatter, listFields);
  return { ...fields, body, [SOURCE_KEY]: source };
}

/** Writes a Markdown file: the frontmatter patched like a YAML file, then the body as the form has it. */
export function frontmatterToFile(data: Data, order: readonly string[] = []): string {
  const { body, ...fields } = data;
  const text = typeof body === 'string' ? body : '';
  return `${FENCE}\n${yamlToFile(fields, order)}${FENCE}\n${text}`;
}
