/**
 * Lists the entries whose check date is too old, or missing, for the editors to review. See USAGE.
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/contentRoot.ts';
import type { CollectionName } from '../src/schemas/folders.ts';
import { isInFuture, isStale, monthsBefore, readDate } from './lib/freshness.ts';
import { readContent } from '../src/lib/readContentFile.ts';

const USAGE = `Usage : npm run check:freshness -- [--months 12] [--json]

Liste les fiches dont la date de vérification est plus ancienne que l'âge donné (12 mois par défaut),
ou absente : sitothèque (date_verification), structures (date_maj), stages (date_verification).

Options :
  --months <n>   âge maximal en mois (défaut : 12)
  --json         écrit la liste en JSON plutôt qu'en texte
  --help         affiche cette aide

Le dossier de contenu est content/, ou celui de la variable CONTENT_DIR.
Code de sortie : 0 tout est à jour, 1 au moins une fiche à revoir, 2 erreur d'utilisation ou contenu illisible.`;

/** The date field that says when a person last checked an entry, per collection. */
const CHECK_DATE_FIELDS: Partial<Record<CollectionName, string>> = {
  sites: 'date_verification',
  structures: 'date_maj',
  internships: 'date_verification',
};

/** An entry to review. */
interface StaleEntry {
  file: string;
  field: string;
  /** AAAA-MM-JJ, or null when the entry was never checked. */
  checked: string | null;
}

function main(): number {
  let months: number;
  let json: boolean;
  try {
    const { values } = parseArgs({
      options: {
        months: { type: 'string', default: '12' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    months = Number(values.months);
    if (!Number.isInteger(months) || months <= 0) {
      throw new Error(`--months attend un nombre entier de mois, pas « ${values.months} ».`);
    }
    json = values.json;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }

  const today = new Date();
  const cutoff = monthsBefore(today, months);
  const collections = Object.keys(CHECK_DATE_FIELDS) as CollectionName[];
  const stale: StaleEntry[] = readContent(contentRoot(), collections)
    .map(({ collection, file, data }) => {
      const field = CHECK_DATE_FIELDS[collection]!;
      return { file, field, date: readDate(data[field]) };
    })
    .filter(({ date }) => isStale(date, cutoff, today))
    .sort((a, b) => (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0) || a.file.localeCompare(b.file))
    .map(({ file, field, date }) => ({ file, field, checked: date ? date.toISOString().slice(0, 10) : null }));

  const since = cutoff.toISOString().slice(0, 10);
  if (json) {
    console.log(JSON.stringify({ cutoff: since, months, stale }, null, 2));
  } else if (stale.length === 0) {
    console.log(`Toutes les fiches ont été vérifiées depuis le ${since} (${months} mois).`);
  } else {
    console.log(`${stale.length} fiches à revoir (non vérifiées depuis le ${since}, soit ${months} mois) :`);
    for (const entry of stale) {
      console.log(
        `  ${entry.file} : ${entry.field} ${entry.checked ? `= ${entry.checked}` : 'absente (jamais vérifiée)'}${entry.checked && isInFuture(new Date(entry.checked), today) ? ' (dans le futur)' : ''}`,
      );
    }
  }
  return stale.length > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
