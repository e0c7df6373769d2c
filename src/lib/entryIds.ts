/**
 * Entry ids and the text `npm run nouveau` and the imports write where a value is still missing. Pure: the scripts,
 * the scaffold and the field reference import these without the validator, which reads files and parses MDX.
 */
import { slugify } from './slugify.ts';

/** Text that `npm run nouveau` writes where the editor still has something to fill in. */
export const PLACEHOLDER = 'À compléter';
/** The same, for a field that takes a web address. */
export const PLACEHOLDER_URL = 'https://example.org/a-completer';
/** The same, for a field that takes an identifier (lower-case letters and hyphens). */
export const PLACEHOLDER_ID = 'a-completer';

/** A file name an id can be made of: what Astro keeps unchanged as the entry's id. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The id of a new entry made of the words of any text, one file name with no folder: « Mission Locale Blois/Vendôme »
 * → `mission-locale-blois-vendome`; « fiche » when the text has no letter or digit.
 */
export function suggestId(text: string): string {
  return slugify(text) || 'fiche';
}

/** A valid name for an existing file's id, keeping its folders: `Sous Dossier/Ma Fiche` → `sous-dossier/ma-fiche`. */
export function suggestFileName(id: string): string {
  return (
    id
      .split('/')
      .map((segment) => slugify(segment))
      .filter(Boolean)
      .join('/') || 'fiche'
  );
}
