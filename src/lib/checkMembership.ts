/**
 * Who is a member of the group rests on its reports: the newest report that lists its members (`membres`) is the
 * record, and each structure's `membre` must agree with it, so that « d’après son point d’étape, le groupe compte
 * N membres » on the home page says what the report says. Without any such list, nothing is checked.
 */
import { entryFile, type ContentProblem, type EntryLike } from './contentProblem.ts';

interface ReportMembers {
  date?: unknown;
  membres?: readonly { id: string }[];
}

/** The newest report that lists the group's members, if any. */
export function membersReport<T extends EntryLike>(reports: readonly T[]): T | undefined {
  const time = (entry: EntryLike) => {
    const date = (entry.data as ReportMembers).date;
    return date instanceof Date ? date.getTime() : 0;
  };
  return reports
    .filter((entry) => ((entry.data as ReportMembers).membres ?? []).length > 0)
    .toSorted((a, b) => time(b) - time(a))[0];
}

/** Structures whose `membre` the newest report's list of members contradicts, and members it lists as partners. */
export function checkMembership(structures: readonly EntryLike[], reports: readonly EntryLike[]): ContentProblem[] {
  const record = membersReport(reports);
  if (!record) return [];
  const ids = ((record.data as ReportMembers).membres ?? []).map((ref) => ref.id);
  const listed = new Set(ids);
  const reportFile = entryFile(record, 'reports');
  // The home page counts the list: a structure named twice would be counted twice.
  const repeated: ContentProblem[] = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))].map((id) => ({
    file: reportFile,
    field: 'membres',
    message: `« ${id} » est nommée deux fois dans la liste → gardez-la une seule fois : l’accueil compte chaque ligne comme un membre.`,
  }));
  const structureFile = (entry: EntryLike) => entryFile(entry, 'structures');
  return repeated.concat(
    structures.flatMap((entry): ContentProblem[] => {
      const member = (entry.data as { membre?: unknown }).membre === true;
      if (member && !listed.has(entry.id)) {
        return [
          {
            file: structureFile(entry),
            field: 'membre',
            message: `membre: true, mais le dernier point d’étape qui nomme les membres du groupe (${reportFile}) ne la nomme pas → écrivez membre: false (partenaire), ou ajoutez « ${entry.id} » à la liste membres d’un point d’étape plus récent qui la nomme.`,
          },
        ];
      }
      if (!member && listed.has(entry.id)) {
        return [
          {
            file: reportFile,
            field: 'membres',
            message: `« ${entry.id} » est nommée membre du groupe, mais sa fiche dit membre: false → écrivez membre: true dans ${structureFile(entry)}, ou retirez-la de la liste.`,
          },
        ];
      }
      return [];
    }),
  );
}
