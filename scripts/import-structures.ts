/**
 * Usage: npm run import:structures -- fichier.csv [--remplacer] [--essai]
 *
 * Turns a spreadsheet of structures (CSV, `;` or `,`, UTF-8 with or without BOM) into files of
 * content/structures/, one per row that is not refused. Columns are matched by their title (nom, type,
 * bassin, commune, latitude, longitude, code postal, téléphone, courriel, site web…). A sheet without
 * `bassin` gets it from the town or the point; required fields it lacks (type, description, publics…)
 * are written « À compléter » and the row counts as imported, to complete. A row with a wrong value
 * (a latitude that is not a number, a point outside the territory) is refused with its line number and
 * nothing is written for it; an existing file (.yaml or .yml) is left alone unless --remplacer is given, which
 * rewrites that very file; --essai checks without writing. Exit code: 0 when every row was written or kept, 1 when
 * one was refused or could not be written, 2 on wrong usage or an unreadable file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { stringify } from 'yaml';
import { contentRoot } from '../src/lib/contentRoot.ts';
import { collectionFiles } from '../src/lib/readContentFile.ts';
import { countOf, plural } from '../src/lib/french.ts';
import { COLLECTION_FOLDERS } from '../src/schemas/folders.ts';
import { importStructures, type ImportedRow } from '../src/lib/importStructures.ts';
import { PLACEHOLDER, PLACEHOLDER_ID } from '../src/lib/entryIds.ts';
import { todayInFrance } from '../src/schemas/fields.ts';
import { cannotWrite } from './lib/cannotWrite.ts';

const args = process.argv.slice(2);
const replace = args.includes('--remplacer');
const dryRun = args.includes('--essai');
const files = args.filter((arg) => !arg.startsWith('--'));
const unknown = args.filter((arg) => arg.startsWith('--') && !['--remplacer', '--essai'].includes(arg));

if (files.length !== 1 || unknown.length > 0) {
  console.error('Usage : npm run import:structures -- fichier.csv [--remplacer] [--essai]');
  process.exit(2);
}
const csvPath = files[0]!;
let text: string;
try {
  text = readFileSync(csvPath, 'utf8');
} catch {
  console.error(`${csvPath} : fichier introuvable → vérifiez son chemin.`);
  process.exit(2);
}

// The day an editor writes, France's, as the schemas and check:freshness count it.
const today = todayInFrance();
const { rows, ignoredColumns, fileProblem } = importStructures(text, today);
if (fileProblem) {
  console.error(`${csvPath} : ${fileProblem}`);
  process.exit(2);
}
if (ignoredColumns.length > 0) {
  console.log(`Colonnes ignorées (aucun champ de ce nom) : ${ignoredColumns.join(', ')}.`);
}

/** Comment lines at the top of a written file: where it comes from and what an editor still has to do. */
function originComment(row: ImportedRow): string {
  const lines = [`Importé de ${basename(csvPath)}, ligne ${row.line}, le ${today}.`];
  if (row.toComplete.length > 0) {
    lines.push(`À compléter : ${row.toComplete.join(', ')} (npm run check:content les liste).`);
  }
  if (row.areaFrom === 'centre') lines.push('Bassin déduit du centre de bassin le plus proche : vérifiez-le.');
  lines.push('Vérifiez les coordonnées avant de passer verifie à true.');
  return lines.map((line) => `# ${line}\n`).join('');
}

const root = contentRoot();
const folder = join(root, COLLECTION_FOLDERS.structures);
/** The files already there, by id, whatever their extension: one id is one entry, so never a second file for it. */
const existing = new Map(collectionFiles(root, 'structures').map((file) => [file.id, file.absolutePath]));
let written = 0;
let toComplete = 0;
let kept = 0;
let rejected = 0;
let unwritten = 0;
for (const row of rows) {
  if (row.problems.length > 0) {
    rejected += 1;
    for (const problem of row.problems) console.error(`${csvPath}:${row.line}: ${problem}`);
    continue;
  }
  const path = existing.get(row.id) ?? join(folder, `${row.id}.yaml`);
  const shown = relative(process.cwd(), path);
  if (existing.has(row.id) && !replace) {
    kept += 1;
    console.log(`ligne ${row.line} : ${shown} existe déjà, laissé tel quel (--remplacer pour l’écraser).`);
    continue;
  }
  if (!dryRun) {
    try {
      mkdirSync(folder, { recursive: true });
      writeFileSync(path, originComment(row) + stringify(row.data, { lineWidth: 0 }));
    } catch (error) {
      unwritten += 1;
      console.error(`${csvPath}:${row.line}: ${cannotWrite(shown, error, folder, 'l’import')}`);
      continue;
    }
  }
  written += 1;
  if (row.toComplete.length > 0) {
    toComplete += 1;
    console.log(`ligne ${row.line} : ${shown}, à compléter : ${row.toComplete.join(', ')}.`);
  }
  if (row.areaFrom === 'centre') {
    console.log(
      `ligne ${row.line} : bassin « ${String(row.data['bassin'])} » déduit du centre le plus proche → vérifiez-le.`,
    );
  }
}

const verb = dryRun ? 'à écrire (essai : rien n’a été écrit)' : plural(written, 'écrite');
console.log(
  `\n${countOf(rows.length, 'ligne')} : ${countOf(written, 'fiche')} ${verb}${toComplete > 0 ? ` (dont ${toComplete} à compléter)` : ''}, ${countOf(kept, 'déjà présente')}, ${countOf(rejected, 'refusée')}${unwritten > 0 ? `, ${countOf(unwritten, 'non écrite')}` : ''}.`,
);
if (toComplete > 0) {
  console.log(
    `Remplacez chaque « ${PLACEHOLDER} » et chaque ${PLACEHOLDER_ID} (une valeur à choisir) par la vraie valeur, puis vérifiez avec npm run check:content.`,
  );
}
if (rejected > 0) {
  console.error(
    'Corrigez les lignes refusées dans le tableur puis relancez l’import : les fiches déjà écrites seront laissées telles quelles.',
  );
}
if (rejected > 0 || unwritten > 0) process.exit(1);
