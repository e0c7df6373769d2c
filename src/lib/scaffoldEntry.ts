/**
 * Writes a new content file for `npm run nouveau`: every field of the schema, each explained
 * by a comment (from the schema's own description). What the editor must still write says « À compléter » (a text,
 * a number, a yes or no) or a-completer (a choice, a name of a file), which `npm run check:content` reports one by one:
 * never a real value (a bassin, a map point, a public, « convention: false »), which a sheet completed « as told »
 * would publish unchecked.
 */
import type { z } from 'astro/zod';
import { COLLECTION_FILES } from '../schemas/collectionFiles.ts';
import { collectionSchemas } from '../schemas/collections.ts';
import { referenceStandIn } from '../schemas/reference.ts';
import type { CollectionName } from '../schemas/folders.ts';
import { allowedValues, describeSchema, typeLabel, type FieldDoc, type SchemaVariant } from './describeFields.ts';
import { PLACEHOLDER, PLACEHOLDER_ID, PLACEHOLDER_URL } from './entryIds.ts';

/** One kind of file `npm run nouveau` can create. */
export interface EntryKind {
  /** What the editor types: `structure`, `site`, `question`… */
  kind: string;
  collection: CollectionName;
  variant: SchemaVariant;
}

/** Every kind of file, read from the schemas: one per collection, one per variant (`question`, `resultat`). */
export function entryKinds(): EntryKind[] {
  const schemas = collectionSchemas(referenceStandIn) as Record<CollectionName, z.ZodType>;
  return (Object.keys(COLLECTION_FILES) as CollectionName[]).flatMap((collection) =>
    describeSchema(schemas[collection]).map((variant) => ({
      kind: variant.discriminator?.value ?? COLLECTION_FILES[collection].kind,
      collection,
      variant,
    })),
  );
}

/** What a new file is filled with besides the schema. */
export interface ScaffoldContext {
  title: string;
  /** Today, AAAA-MM-JJ. */
  today: string;
}

const yamlText = (text: string) => JSON.stringify(text);

/** A value of `field` that validation accepts, or a placeholder that check:content asks to complete. */
function sampleValue(field: FieldDoc, context: ScaffoldContext, isTitle: boolean): unknown {
  if (field.defaultValue !== undefined && !Array.isArray(field.defaultValue)) return field.defaultValue;
  switch (field.kind) {
    case 'text': {
      // Some text fields only take identifiers (a step of the diagnostic): the first candidate the field accepts.
      const candidates = [...(isTitle ? [context.title] : []), field.example ?? PLACEHOLDER, PLACEHOLDER_ID];
      return candidates.find((text) => field.schema.safeParse(text).success) ?? PLACEHOLDER;
    }
    case 'date':
      return new Date(context.today);
    case 'url':
      return PLACEHOLDER_URL;
    case 'email':
      return field.example ?? 'contact@example.org';
    case 'number':
    case 'integer':
      // A required number is a fact (a map point): the editor writes it; an optional one is shown commented out.
      if (field.required) return PLACEHOLDER;
      if (field.example !== undefined) return Number(field.example);
      if (field.minimum !== undefined && field.maximum !== undefined) return (field.minimum + field.maximum) / 2;
      return field.minimum ?? 0;
    case 'boolean':
      // A yes or no is a statement (« convention: false » says none is needed), unless the schema gives the value
      // that states nothing yet (verifie: false, nobody checked).
      return field.example === undefined ? PLACEHOLDER : field.example === 'true';
    case 'choice':
      return PLACEHOLDER_ID;
    case 'literal':
      return field.values?.[0];
    case 'reference':
      return PLACEHOLDER_ID;
    case 'list':
      return field.item ? [sampleValue(field.item, context, false)] : [];
    case 'union':
      return field.options?.[0] ? sampleValue(field.options[0], context, isTitle) : PLACEHOLDER;
    case 'object': {
      const subFields = field.fields ?? [];
      const sample = Object.fromEntries(
        subFields.filter((sub) => sub.required).map((sub) => [sub.name, sampleValue(sub, context, false)]),
      );
      // A rule across sub-fields (an answer leads to a step or opens a page) may ask for one optional sub-field:
      // the first that makes the sample valid.
      if (field.schema.safeParse(sample).success) return sample;
      const completed = subFields
        .filter((sub) => !sub.required)
        .map((sub) => ({ ...sample, [sub.name]: sampleValue(sub, context, false) }))
        .find((candidate) => field.schema.safeParse(candidate).success);
      return completed ?? sample;
    }
    default:
      return PLACEHOLDER;
  }
}

/** A value as YAML lines, indented by `indent` spaces; the first line follows `key:`. */
function yamlLines(value: unknown, indent: number): string[] {
  if (value instanceof Date) return [` ${value.toISOString().slice(0, 10)}`];
  if (typeof value === 'string') return [` ${yamlText(value)}`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [' []'];
    return ['', ...value.flatMap((item) => listItemLines(item, indent + 2))];
  }
  if (typeof value === 'object' && value !== null) return ['', ...mappingLines(value, indent)];
  return [` ${String(value)}`];
}

/** `key: value` lines of a mapping, at `indent`. */
function mappingLines(value: object, indent: number): string[] {
  return Object.entries(value).flatMap(([key, item]) => {
    const [first = '', ...rest] = yamlLines(item, indent + 2);
    return [`${' '.repeat(indent)}${key}:${first}`, ...rest];
  });
}

/** One `- item` of a list at `indent`; a mapping's first key goes on the dash's line. */
function listItemLines(item: unknown, indent: number): string[] {
  const dash = `${' '.repeat(indent)}- `;
  if (typeof item === 'object' && item !== null && !(item instanceof Date) && !Array.isArray(item)) {
    const [first = '', ...rest] = mappingLines(item, indent + 2);
    return [`${dash}${first.trimStart()}`, ...rest];
  }
  return [`${dash}${(yamlLines(item, indent + 2)[0] ?? '').trimStart()}`];
}

/** The comment above a field: what to write, whether it is required, its type and allowed values. */
function explanation(field: FieldDoc): string {
  const values = allowedValues(field);
  const parts = [
    field.description,
    field.required
      ? 'Obligatoire.'
      : field.defaultValue !== undefined && !Array.isArray(field.defaultValue)
        ? `Facultatif (sans cette ligne : ${JSON.stringify(field.defaultValue)}).`
        : 'Facultatif : retirez le « # » en début de ligne pour le remplir.',
    `Type : ${typeLabel(field)}.`,
    values ? `Valeurs possibles : ${values.join(', ')}.` : '',
  ];
  return `# ${parts.filter(Boolean).join(' ')}`;
}

/** The YAML block of every field of a variant, each under its explanation. */
function scaffoldFields(variant: SchemaVariant, context: ScaffoldContext): string {
  const titleField = variant.fields.find((field) => field.kind === 'text' && field.required);
  return variant.fields
    .map((field) => {
      const value = sampleValue(field, context, field === titleField);
      const lines = yamlLines(value, 0);
      lines[0] = `${field.name}:${lines[0] ?? ''}`;
      // Optional fields without a default are shown commented out: present and explained, not yet filled in.
      const shown = field.required || field.defaultValue !== undefined ? lines : lines.map((line) => `# ${line}`);
      if (!field.required && Array.isArray(field.defaultValue)) {
        const commented = yamlLines(sampleValue(field, context, false), 0);
        commented[0] = `${field.name}:${commented[0] ?? ''}`;
        return [explanation(field), ...commented.map((line) => `# ${line}`)].join('\n');
      }
      return [explanation(field), ...shown].join('\n');
    })
    .join('\n');
}

/** The whole text of a new file of `kind`, in the collection's first file format. */
export function scaffoldEntry(kind: EntryKind, context: ScaffoldContext): string {
  const fields = scaffoldFields(kind.variant, context);
  const extension = COLLECTION_FILES[kind.collection].extensions[0];
  if (extension === 'md') {
    return `---\n${fields}\n---\n\n${PLACEHOLDER} : le texte de la fiche, en Markdown (## pour un intertitre, - pour une liste).\n`;
  }
  return `${fields}\n`;
}
