import type { ContentFile } from '../../src/lib/readContentFile.ts';

/** Where an address was found: the file and the field (or "texte" for the Markdown body). */
export interface LinkOccurrence {
  file: string;
  field: string;
}

const WEB_ADDRESS = /^https?:\/\/\S+$/;
/** Addresses in Markdown text: `[text](https://…)`, `<https://…>` or bare. Stops at spaces, quotes and brackets. */
const ADDRESS_IN_TEXT = /https?:\/\/[^\s<>()[\]"'`]+/g;

function* addressesIn(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') {
    if (WEB_ADDRESS.test(value.trim())) yield [path, value.trim()];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* addressesIn(item, `${path}[${index}]`);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* addressesIn(item, path ? `${path}.${key}` : key);
  }
}

/**
 * Every external address of the files, each with the places that hold it. Any field counts
 * (`url`, `site_web`, `lien`, `liens[].url`, `documents[].url`…), so a new field is checked
 * without touching this code; so do links written in Markdown bodies.
 */
export function collectLinks(files: readonly ContentFile[]): Map<string, LinkOccurrence[]> {
  const links = new Map<string, LinkOccurrence[]>();
  const add = (url: string, occurrence: LinkOccurrence) => {
    const clean = url.replace(/[.,;:!?]+$/, ''); // Punctuation that ends a sentence is not part of the address.
    const known = links.get(clean) ?? [];
    if (!known.some((other) => other.file === occurrence.file && other.field === occurrence.field)) {
      links.set(clean, [...known, occurrence]);
    }
  };
  for (const { file, data, body } of files) {
    for (const [field, url] of addressesIn(data, '')) add(url, { file, field });
    for (const url of body.match(ADDRESS_IN_TEXT) ?? []) add(url, { file, field: 'texte' });
  }
  return links;
}
