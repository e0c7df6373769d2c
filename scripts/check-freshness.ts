/**
 * Lists the entries whose check date is too old, or missing, for the editors to review. See USAGE.
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/contentRoot.ts';
import type { CollectionName } from '../src/schemas/folders.ts';
import { VERIFIED_BY_A_PERSON, checkDateState, freshnessFix, readDate, type CheckDateState } from './lib/freshness.ts';
import { countOf } from '../src/lib/french.ts';
import { REVIEW_AFTER_MONTHS, monthsBefore } from '../src/lib/checkAge.ts';
import { todayInFrance } from '../src/schemas/fields.ts';
import { readContent } from '../src/lib/readContentFile.ts';

const USAGE = `Usage : npm run check:freshness -- [--months ${REVIEW_AFTER_MONTHS}] [--json]

Liste d’abord les structures et les stages que personne n’a vérifiés (verifie n’est pas true), puis
les fiches dont la date de vérification est plus ancienne que l’âge donné (${REVIEW_AFTER_MONTHS} mois par défaut),
absente, illisible ou dans le futur : sitothèque (date_verification), structures (date_maj), stages
(date_verification). Chaque ligne dit, après « → », quoi vérifier et quoi écrire.

Options :
  --months <n>   âge maximal en mois (défaut : ${REVIEW_AFTER_MONTHS})
  --json         écrit la liste en JSON plutôt qu’en texte
  --help         affiche cette aide

Le dossier de contenu est content/, ou celui de la variable CONTENT_DIR.
Code de sortie : 0 tout est à jour, 1 au moins une fiche à revoir, 2 erreur d’utilisation ou contenu illisible.`;

/** The date field that says when a person last checked an entry, per collection. */
const CHECK_DATE_FIELDS: Partial<Record<CollectionName, string>> = {
  sites: 'date_verification',
  structures: 'date_maj',
  internships: 'date_verification',
};

/** An entry to review. */
interface StaleEntry {
  file: string;
  /** The field to correct: `verifie` for an entry nobody verified, else its date field. */
  field: string;
  /** AAAA-MM-JJ, or null when the date is absent or unreadable. */
  checked: string | null;
  /** Why it is to review: non-vérifiée, absente, illisible, future or ancienne. */
  state: CheckDateState;
  /** What to do, in one sentence. */
  fix: string;
}

/** How the console says each state, after the field's name. */
const STATE_TEXT: Record<CheckDateState, (checked: string | null, raw: unknown) => string> = {
  // As YAML reads it: `verifie: "true"`, text, shows its quotes.
  'non-vérifiée': (_, raw) =>
    `${raw === undefined ? 'absent' : `= ${JSON.stringify(raw)}`} (personne n’a vérifié la fiche)`,
  absente: () => 'absente (jamais vérifiée)',
  illisible: (_, raw) => `illisible (« ${String(raw)} »)`,
  future: (checked) => `= ${checked ?? '?'} (dans le futur)`,
  ancienne: (checked) => `= ${checked ?? '?'}`,
};

function main(): number {
  let months: number;
  let json: boolean;
  try {
    const { values } = parseArgs({
      options: {
        months: { type: 'string', default: String(REVIEW_AFTER_MONTHS) },
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
  // The day an editor writes: France's, as the schemas count it.
  const day = todayInFrance(today);
  const cutoff = monthsBefore(today, months);
  const collections = Object.keys(CHECK_DATE_FIELDS) as CollectionName[];
  const stale = readContent(contentRoot(), collections)
    .flatMap(({ collection, file, data }) => {
      const field = CHECK_DATE_FIELDS[collection]!;
      const verification = VERIFIED_BY_A_PERSON.includes(collection) ? { verified: data['verifie'] } : undefined;
      const state = checkDateState(data[field], cutoff, today, verification);
      return state ? [{ collection, file, field, state, data, date: readDate(data[field]) }] : [];
    })
    // What nobody verified first: it is what the public pages flag (« À revérifier », « coordonnées à confirmer »).
    .sort(
      (a, b) =>
        Number(b.state === 'non-vérifiée') - Number(a.state === 'non-vérifiée') ||
        (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0) ||
        a.file.localeCompare(b.file),
    )
    .map(({ collection, file, field, state, data, date }) => ({
      entry: {
        file,
        field: state === 'non-vérifiée' ? 'verifie' : field,
        checked: date ? date.toISOString().slice(0, 10) : null,
        state,
        fix: freshnessFix(collection, field, state, day),
      } satisfies StaleEntry,
      raw: state === 'non-vérifiée' ? data['verifie'] : data[field],
    }));

  const since = cutoff.toISOString().slice(0, 10);
  if (json) {
    console.log(JSON.stringify({ cutoff: since, months, stale: stale.map(({ entry }) => entry) }, null, 2));
  } else if (stale.length === 0) {
    console.log(`Toutes les fiches ont été vérifiées depuis le ${since} (${months} mois).`);
  } else {
    console.log(
      `${countOf(stale.length, 'fiche')} à revoir (non vérifiées, ou date de vérification à écrire, à corriger ou d’avant le ${since}, soit ${months} mois) :`,
    );
    for (const { entry, raw } of stale) {
      console.log(`  ${entry.file} : ${entry.field} ${STATE_TEXT[entry.state](entry.checked, raw)} → ${entry.fix}`);
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
