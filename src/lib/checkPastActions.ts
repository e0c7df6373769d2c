/**
 * The check of past actions in structures' `services`: a line that only the group's reports back ends with them in
 * brackets, « (point d’étape 2013) » (isPastAction), and is then kept out of data·inclusion's services. A line that
 * cites a report some other way would be exported as a current service without a word: the check says so instead,
 * and that each year cited is a report's.
 */
import { entryFile, fieldPath, type ContentProblem, type EntryLike } from './contentProblem.ts';
import { CITES_A_REPORT } from '../schemas/structure.ts';
import { isPastAction } from './structures/dataInclusion.ts';

/** The years a report is known by: those its file name starts with (« 2010-2011-… ») and the year of its date. */
function reportYears(reports: readonly EntryLike[]): Set<string> {
  const years = new Set<string>();
  for (const { id, data } of reports) {
    for (const year of /^(\d{4})(?:-(\d{4}))?/.exec(id)?.slice(1) ?? []) if (year) years.add(year);
    const date = (data as { date?: unknown }).date;
    if (date instanceof Date) years.add(String(date.getUTCFullYear()));
  }
  return years;
}

/** Problems of the structures' past actions: a report cited without the bracket at the end, a year no report has. */
export function checkPastActions(structures: readonly EntryLike[], reports: readonly EntryLike[]): ContentProblem[] {
  const years = reportYears(reports);
  const known = [...years].sort().join(', ');
  return structures.flatMap((entry) => {
    const services = (entry.data as { services?: unknown }).services;
    if (!Array.isArray(services)) return [];
    const file = entryFile(entry, 'structures');
    return services.flatMap((line: unknown, index): ContentProblem[] => {
      if (typeof line !== 'string' || !CITES_A_REPORT.test(line)) return [];
      const field = fieldPath(['services', index]);
      if (!isPastAction(line)) {
        return [
          {
            file,
            field,
            message: `« ${line} » cite un point d’étape sans finir par lui entre parenthèses : elle serait publiée comme un service actuel → finissez la ligne par « (point d’étape AAAA) » si c’est une action passée, sinon retirez la mention du point d’étape.`,
          },
        ];
      }
      const bracket = /\(([^()]*)\)\.?$/.exec(line.trim())![1]!;
      const unknown = (bracket.match(/\d{4}/g) ?? []).filter((year) => !years.has(year));
      const cited = bracket.match(/\d{4}/g) ?? [];
      if (cited.length > 0 && unknown.length === 0) return [];
      return [
        {
          file,
          field,
          message: `« (${bracket}) » ne nomme ${cited.length === 0 ? 'aucune année' : `aucun point d’étape de ${unknown.join(', ')}`} → écrivez l’année d’un point d’étape de content/points-etape/ (${known}).`,
        },
      ];
    });
  });
}
