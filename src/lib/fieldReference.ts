/**
 * The field reference published at /contribuer/champs/: for every collection and every
 * shape of file, one row per field (sub-fields of lists and groups included), read from the schemas.
 */
import { collectionLabel, COLLECTION_FILES } from '../schemas/collectionFiles.ts';
import { COLLECTION_FOLDERS, type CollectionName } from '../schemas/folders.ts';
import type { FieldDoc } from './describeFields.ts';
import { entryKinds } from './scaffoldEntry.ts';

/** One row of the reference: a field, and the fields it sits in (`['documents', 'titre']`). */
export interface ReferenceRow {
  path: string[];
  field: FieldDoc;
}

/** One shape of file of a collection, and the command that creates one. */
export interface ReferenceVariant {
  kind: string;
  discriminator?: { field: string; value: string } | undefined;
  rows: ReferenceRow[];
}

/** Everything the reference says about one collection. */
export interface CollectionReference {
  collection: CollectionName;
  label: string;
  folder: string;
  extensions: readonly string[];
  variants: ReferenceVariant[];
}

/** A field's row, then its sub-fields' rows (those of a group, or of each element of a list). */
function rowsOf(field: FieldDoc, parents: string[] = []): ReferenceRow[] {
  const path = [...parents, field.name];
  const children = field.fields ?? field.item?.fields ?? [];
  return [{ path, field }, ...children.flatMap((child) => rowsOf(child, path))];
}

/** The reference of every collection, in the order of `src/schemas/collectionFiles.ts` (the site's menu first). */
export function fieldReference(): CollectionReference[] {
  const kinds = entryKinds();
  return (Object.keys(COLLECTION_FILES) as CollectionName[]).map((collection) => ({
    collection,
    label: collectionLabel(collection),
    folder: COLLECTION_FOLDERS[collection],
    extensions: COLLECTION_FILES[collection].extensions,
    variants: kinds
      .filter((kind) => kind.collection === collection)
      .map(({ kind, variant }) => ({
        kind,
        discriminator: variant.discriminator,
        rows: variant.fields.flatMap((field) => rowsOf(field)),
      })),
  }));
}
