/**
 * Who is a member of the group rests on its reports: the newest report that lists its members (`membres`) is the
 * record, and each structure's `membre` must agree with it, so that « d’après son point d’étape, le groupe compte
 * N membres » on the home page says what the report says. The members it counts without naming the structure
 * (`membres_non_identifies`) are counted too: each once, and none that is in fact a structure of the directory.
 * Without any such list, nothing is checked.
 */
import { entryFile, type ContentProblem, type EntryLike } from './contentProblem.ts';
import { slugify } from './slugify.ts';

interface ReportMembers {
  date?: unknown;
  membres?: readonly { id: string }[];
  membres_non_identifies?: readonly string[];
}

interface StructureNames {
  membre?: unknown;
  nom?: unknown;
  sigle?: unknown;
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
  const repeated: ContentProblem[] = [...writtenAgain(ids)].map((id) => ({
    file: reportFile,
    field: 'membres',
    message: `« ${id} » est nommée deux fois dans la liste → gardez-la une seule fois : l’accueil compte chaque ligne comme un membre.`,
  }));
  const structureFile = (entry: EntryLike) => entryFile(entry, 'structures');
  return repeated.concat(
    unidentifiedProblems((record.data as ReportMembers).membres_non_identifies ?? [], listed, structures, reportFile),
    structures.flatMap((entry): ContentProblem[] => {
      const member = (entry.data as StructureNames).membre === true;
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

/**
 * The structures each written name designates (compared as `slugify` writes them): by file name, by `nom`, and by
 * `sigle` when no other structure shares it (« CIO » alone would not say which).
 */
function structuresByWrittenName(structures: readonly EntryLike[]): Map<string, EntryLike> {
  const sigles = new Map<string, EntryLike[]>();
  const names = new Map<string, EntryLike>();
  for (const entry of structures) {
    const { nom, sigle } = entry.data as StructureNames;
    names.set(entry.id, entry);
    if (typeof nom === 'string') names.set(slugify(nom), entry);
    if (typeof sigle === 'string') sigles.set(slugify(sigle), [...(sigles.get(slugify(sigle)) ?? []), entry]);
  }
  for (const [sigle, entries] of sigles) if (entries.length === 1 && !names.has(sigle)) names.set(sigle, entries[0]!);
  return names;
}

/**
 * The values written more than once in `values` (compared by `key`), each once, as written the second time: the
 * home page counts each line, so a repeated one would be counted twice.
 */
function writtenAgain(values: readonly string[], key: (value: string) => string = (value) => value): Set<string> {
  const seen = new Set<string>();
  const again = new Map<string, string>();
  for (const value of values) {
    const compared = key(value);
    if (seen.has(compared) && !again.has(compared)) again.set(compared, value);
    seen.add(compared);
  }
  return new Set(again.values());
}

/**
 * Members the record counts without naming them: one written twice would be counted twice on the home page, and one
 * that is a structure's name is not unnamed (counted twice if the list `membres` has it, else missing from it).
 */
function unidentifiedProblems(
  unidentified: readonly string[],
  listed: ReadonlySet<string>,
  structures: readonly EntryLike[],
  reportFile: string,
): ContentProblem[] {
  const field = 'membres_non_identifies';
  const problem = (message: string): ContentProblem => ({ file: reportFile, field, message });
  const names = structuresByWrittenName(structures);
  // Each name as first written: a repeated one is reported once, above, not again for the structure it designates.
  const firstWritten = new Map<string, string>();
  for (const name of unidentified) if (!firstWritten.has(slugify(name))) firstWritten.set(slugify(name), name);
  return [
    ...[...writtenAgain(unidentified, slugify)].map((name) =>
      problem(
        `« ${name} » est écrit deux fois dans la liste → gardez-le une seule fois : l’accueil compte chaque ligne comme un membre.`,
      ),
    ),
    ...[...firstWritten].flatMap(([key, name]) => {
      const structure = names.get(key);
      if (!structure) return [];
      const file = entryFile(structure, 'structures');
      return problem(
        listed.has(structure.id)
          ? `« ${name} » désigne la structure ${file}, déjà dans la liste membres (« ${structure.id} ») → retirez « ${name} » de membres_non_identifies : l’accueil compterait ce membre deux fois.`
          : `« ${name} » désigne la structure ${file} : ce membre est donc nommé → retirez-le de membres_non_identifies, ajoutez « ${structure.id} » à la liste membres et écrivez membre: true dans sa fiche.`,
      );
    }),
  ];
}
