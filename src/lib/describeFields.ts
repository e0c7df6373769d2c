/**
 * Reads a collection's zod schema as documentation: each field's description, type,
 * whether it is required, its allowed values. The field reference page, `npm run nouveau`,
 * `npm run check:content` and the CSV import all read schemas through this module, so what
 * they say cannot drift from what validation accepts.
 */
import { z } from 'astro/zod';
import type { FieldMeta } from '../schemas/fields.ts';
import { COLLECTION_FOLDERS } from '../schemas/folders.ts';

/** What kind of value a field holds, as far as an editor is concerned. */
export type FieldKind =
  | 'text'
  | 'date'
  | 'url'
  | 'email'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'choice'
  | 'literal'
  | 'reference'
  | 'object'
  | 'list'
  | 'union'
  | 'other';

/** One field of a schema, described for editors. */
export interface FieldDoc {
  name: string;
  /** The field's own schema, to try a value against it. */
  schema: z.ZodType;
  kind: FieldKind;
  /** What to write, in French (from the schema's metadata). */
  description: string;
  /** True when leaving the field out is an error. */
  required: boolean;
  /** The value used when the field is left out, if any. */
  defaultValue?: unknown;
  /** Allowed values of a choice (or the fixed value of a literal). */
  values?: readonly string[];
  /** French labels of a choice's values, when the schema names them. */
  labels?: Readonly<Record<string, string>>;
  /** The editing interface's label, help and format message, when they differ from the file's (see FieldMeta). */
  label?: string;
  formHint?: string;
  formError?: string;
  formPattern?: string;
  /** True for the name of a file that editors upload (a report's document). */
  upload?: boolean;
  /** Collection a reference points into. */
  reference?: string;
  example?: string;
  minimum?: number;
  maximum?: number;
  /** A list's element. */
  item?: FieldDoc;
  /** An object's sub-fields. */
  fields?: FieldDoc[];
  /** The forms a field may take, when it accepts several (one name, or a list of names). */
  options?: FieldDoc[];
}

/** One shape a file may take: most collections have one, the diagnostic has "question" and "resultat". */
export interface SchemaVariant {
  /** The field and value that select this shape (`type: question`), when there are several. */
  discriminator?: { field: string; value: string };
  fields: FieldDoc[];
}

/** The parts of zod's internal definition this module reads. */
interface LooseDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
  options?: readonly z.ZodType[];
  discriminator?: string;
  format?: string;
  checks?: readonly { _zod: { def: { format?: unknown } } }[];
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as LooseDef;
const metaOf = (schema: z.ZodType) => (z.globalRegistry.get(schema) ?? {}) as FieldMeta;

/** Wrappers that change whether a value is required, not what it is. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Walks through wrappers and pipes to the schema that says what the value is, gathering metadata (outer wins). */
function core(schema: z.ZodType): { schema: z.ZodType; meta: FieldMeta } {
  let current = schema;
  let meta: FieldMeta = {};
  for (;;) {
    meta = { ...metaOf(current), ...meta };
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    // A pipe validates with its input, unless the input is a preprocessing step.
    else if (def.type === 'pipe' && def.in && def.out) current = defOf(def.in).type === 'transform' ? def.out : def.in;
    else return { schema: current, meta };
  }
}

function kindOf(schema: z.ZodType, meta: FieldMeta): FieldKind {
  if (meta.format === 'date') return 'date';
  if (meta.reference) return 'reference';
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return def.format === 'url' ? 'url' : def.format === 'email' ? 'email' : 'text';
    case 'number':
      return def.checks?.some((check) => /int/.test(String(check._zod.def.format))) ? 'integer' : 'number';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return 'choice';
    case 'literal':
      return 'literal';
    case 'array':
      return 'list';
    case 'object':
      return 'object';
    case 'union':
      return 'union';
    default:
      return 'other';
  }
}

/** Describes one field; `name` is its key in the file. */
function describeField(name: string, schema: z.ZodType): FieldDoc {
  const missing = schema.safeParse(undefined);
  const { schema: inner, meta } = core(schema);
  const def = defOf(inner);
  const kind = kindOf(inner, meta);
  const doc: FieldDoc = { name, schema, kind, description: meta.description ?? '', required: !missing.success };
  if (missing.success && missing.data !== undefined) doc.defaultValue = missing.data;
  if (meta.example !== undefined) doc.example = meta.example;
  if (meta.reference !== undefined) doc.reference = meta.reference;
  if (meta.label !== undefined) doc.label = meta.label;
  if (meta.formHint !== undefined) doc.formHint = meta.formHint;
  if (meta.formError !== undefined) doc.formError = meta.formError;
  if (meta.formPattern !== undefined) doc.formPattern = meta.formPattern;
  if (meta.format === 'file') doc.upload = true;
  if (kind === 'choice' && def.entries) doc.values = Object.values(def.entries).map(String);
  if (kind === 'choice' && meta.labels) doc.labels = meta.labels;
  if (kind === 'literal' && def.values) {
    doc.values = def.values.map(String);
    doc.description ||= `Toujours « ${doc.values.join(' » ou « ')} » pour ce genre de fiche.`;
  }
  if (kind === 'number' || kind === 'integer') {
    const { minValue, maxValue } = inner as z.ZodNumber;
    // `.int()` alone sets the safe-integer bounds, which say nothing to an editor.
    const meaningful = (bound: number | null): bound is number =>
      bound !== null && Math.abs(bound) < Number.MAX_SAFE_INTEGER;
    if (meaningful(minValue)) doc.minimum = minValue;
    if (meaningful(maxValue)) doc.maximum = maxValue;
  }
  if (kind === 'list' && def.element) doc.item = describeField(name, def.element);
  if (kind === 'object' && def.shape) doc.fields = describeShape(def.shape);
  if (kind === 'union' && def.options) {
    doc.options = def.options.map((option) => describeField(name, option));
    doc.description ||= doc.options.map((option) => option.description).find(Boolean) ?? '';
  }
  return doc;
}

function describeShape(shape: Record<string, z.ZodType>): FieldDoc[] {
  return Object.entries(shape).map(([name, field]) => describeField(name, field));
}

const described = new WeakMap<z.ZodType, SchemaVariant[]>();

/** The shapes a collection's files may take, each with its fields in the schema's order (computed once per schema). */
export function describeSchema(schema: z.ZodType): SchemaVariant[] {
  let variants = described.get(schema);
  if (!variants) {
    variants = describeVariants(schema);
    described.set(schema, variants);
  }
  return variants;
}

function describeVariants(schema: z.ZodType): SchemaVariant[] {
  const { schema: inner } = core(schema);
  const def = defOf(inner);
  if (def.type === 'union' && def.options) {
    return def.options.map((option) => {
      const fields = describeSchema(option).flatMap((variant) => variant.fields);
      const selector = def.discriminator ? fields.find((field) => field.name === def.discriminator) : undefined;
      const value = selector?.values?.[0];
      return selector && value !== undefined ? { discriminator: { field: selector.name, value }, fields } : { fields };
    });
  }
  return def.shape ? [{ fields: describeShape(def.shape) }] : [];
}

const TYPE_LABELS: Record<Exclude<FieldKind, 'list' | 'reference' | 'union'>, string> = {
  text: 'texte',
  date: 'date AAAA-MM-JJ',
  url: 'adresse web complète (https://…)',
  email: 'adresse électronique',
  number: 'nombre décimal, avec un point',
  integer: 'nombre entier',
  boolean: 'true (oui) ou false (non)',
  choice: 'une valeur de la liste',
  literal: 'valeur fixe',
  object: 'groupe de champs',
  other: 'valeur',
};

/** The type of a field in French, e.g. "liste de : date AAAA-MM-JJ". */
export function typeLabel(field: FieldDoc): string {
  if (field.kind === 'list' && field.item) return `liste (une ligne « - » par élément) de : ${typeLabel(field.item)}`;
  if (field.kind === 'reference') {
    const folders: Partial<Record<string, string>> = COLLECTION_FOLDERS;
    const folder = folders[field.reference ?? ''] ?? field.reference;
    return `nom d’une fiche de content/${folder}/, sans extension`;
  }
  if (field.kind === 'union' && field.options) return field.options.map(typeLabel).join(', ou ');
  return TYPE_LABELS[field.kind === 'list' || field.kind === 'union' ? 'other' : field.kind];
}

/** Allowed values of a field or of a list's elements, if the field restricts them. */
export function allowedValues(field: FieldDoc): readonly string[] | undefined {
  return field.values ?? field.item?.values ?? field.options?.map(allowedValues).find(Boolean);
}

/** French labels of the values `allowedValues` gives, as the site shows them, when the schema names them. */
export function allowedValueLabels(field: FieldDoc): Readonly<Record<string, string>> | undefined {
  return field.labels ?? field.item?.labels ?? field.options?.map(allowedValueLabels).find(Boolean);
}
