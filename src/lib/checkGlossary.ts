import { entryFile, type ContentProblem, type EntryLike } from './contentProblem.ts';
import { comparable } from './spellOutSigles.ts';

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
