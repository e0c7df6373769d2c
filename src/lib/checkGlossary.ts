import { entryFile, type ContentProblem, type EntryLike } from './contentProblem.ts';
import { comparable } from './spellOutSigles.ts';
import { idsOf, type IdsByCollection } from './checkReferences.ts';
import type { CollectionName } from '../schemas/folders.ts';

/** The fields of a glossary entry the check reads. */
interface GlossaryData {
  sigle: string;
  sens: string;
}

/**
 * A sigle written in two files of the glossary: the pages could not say which meaning is right. Two different
 * meanings name the `sens` of each file; the same meaning twice names the second file, which is only a copy.
 */
export function checkGlossary(entries: readonly EntryLike[]): ContentProblem[] {
  const file = (entry: EntryLike) => entryFile(entry, 'glossary');
  const bySigle = Map.groupBy(entries, (entry) => (entry.data as GlossaryData).sigle.toLocaleUpperCase('fr'));
  return [...bySigle.values()].flatMap((group) => {
    if (group.length < 2) return [];
    const meanings = new Set(group.map((entry) => comparable((entry.data as GlossaryData).sens).trim()));
    const { sigle } = group[0]!.data as GlossaryData;
    if (meanings.size === 1) {
      return group.slice(1).map((entry) => ({
        file: file(entry),
        field: 'sigle',
        message: `« ${sigle} » est déjà défini, avec le même sens, dans ${file(group[0]!)} → supprimez l’un des deux fichiers.`,
      }));
    }
    return group.map((entry) => ({
      file: file(entry),
      field: 'sens',
      message: `« ${sigle} » est défini deux fois avec des sens différents (« ${(entry.data as GlossaryData).sens} » ici ; ${group
        .filter((other) => other !== entry)
        .map((other) => `« ${(other.data as GlossaryData).sens} » dans ${file(other)}`)
        .join(', ')}) → gardez un seul fichier pour ce sigle, avec le sens que donne sa source.`,
    }));
  });
}

/**
 * The address of each page a glossary entry may link (`lien`), by the collection of the entry it shows: the glossary
 * names the link by that entry's title (src/content.ts, pageTitles), so a page without one can't be linked.
 */
export const LINKABLE_PAGES = {
  structures: (id: string) => `/structures/${id}/`,
  internships: (id: string) => `/stages/${id}/`,
  reports: (id: string) => `/points-etape/${id}/`,
  tools: (id: string) => `/outils/${id}/`,
  pages: (id: string) => `/${id}/`,
} as const satisfies Partial<Record<CollectionName, (id: string) => string>>;

/** The home page, which the glossary names too. */
export const HOME_PAGE = '/';

/**
 * A glossary entry whose `lien` is no page the site can name: the build stops on it when it writes the glossary.
 * Checked here, with the other rules across entries, so that `npm run check:content` says it too. Runs when the
 * glossary and every linkable collection are loaded. `existing`: the ids of every file, also those their schema refuses
 * (`npm run check:content` reports them in their own file): a link to such a page is not said to be unknown.
 */
export function checkGlossaryLinks(
  collections: Partial<Record<CollectionName, readonly EntryLike[]>>,
  existing: IdsByCollection = idsOf(collections),
): ContentProblem[] {
  const glossary = collections.glossary;
  const kinds = Object.keys(LINKABLE_PAGES) as (keyof typeof LINKABLE_PAGES)[];
  if (!glossary || kinds.some((kind) => !collections[kind])) return [];
  const paths = new Set([
    HOME_PAGE,
    ...kinds.flatMap((kind) => [...(existing[kind] ?? [])].map((id) => LINKABLE_PAGES[kind](id))),
  ]);
  return glossary.flatMap((entry) => {
    const { lien } = entry.data as { lien?: string };
    if (lien === undefined || paths.has(lien)) return [];
    return [
      {
        file: entryFile(entry, 'glossary'),
        field: 'lien',
        message: `le site ne sait pas nommer la page « ${lien} » → liez la page d’une structure, d’une forme de stage, d’un outil, d’un point d’étape ou une page éditoriale (par exemple « /stages/pmsmp/ »), ou retirez lien.`,
      },
    ];
  });
}
