/**
 * Usage: npm run import:structures -- fichier.csv [--remplacer] [--essai]
 *
 * Turns a spreadsheet of structures (CSV, `;` or `,`, UTF-8 with or without BOM) into files of
 * content/structures/, one per valid row. Columns are matched by their title (nom, type, bassin,
 * commune, latitude, longitude, code postal, téléphone, courriel, site web…). A bad row is reported
 * with its line number and nothing is written for it; an existing file is left alone unless
 * --remplacer is given; --essai checks without writing. Exit code: 0 when every row is valid,
 * 1 when a row was rejected, 2 on wrong usage or an unreadable file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { stringify } from 'yaml';
import { contentRoot } from '../src/lib/contentRoot.ts';
import { COLLECTION_FOLDERS } from '../src/schemas/folders.ts';
import { importStructures } from '../src/lib/importStructures.ts';

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

const today = new Date().toISOString().slice(0, 10);
const { rows, ignoredColumns, fileProblem } = importStructures(text, today);
if (fileProblem) {
  console.error(`${csvPath} : ${fileProblem}`);
  process.exit(2);
}
if (ignoredColumns.length > 0) {
  console.log(`Colonnes ignorées (aucun champ de ce nom) : ${ignoredColumns.join(', ')}.`);
}

const folder = join(contentRoot(), COLLECTION_FOLDERS.structures);
let written = 0;
let kept = 0;
let rejected = 0;
for (const row of rows) {
  if (row.problems.length > 0) {
    rejected += 1;
    for (const problem of row.problems) console.error(`${csvPath}:${row.line}: ${problem}`);
    continue;
  }
  const path = join(folder, `${row.id}.yaml`);
  const shown = relative(process.cwd(), path);
  if (existsSync(path) && !replace) {
    kept += 1;
    console.log(`ligne ${row.line} : ${shown} existe déjà, laissé tel quel (--remplacer pour l’écraser).`);
    continue;
  }
  if (!dryRun) {
    mkdirSync(folder, { recursive: true });
    const origin = `# Importé de ${basename(csvPath)}, ligne ${row.line}, le ${today}. Vérifiez les coordonnées avant de passer verifie à true.\n`;
    writeFileSync(path, origin + stringify(row.data, { lineWidth: 0 }));
  }
  written += 1;
}

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;
const verb = dryRun
  ? 'à écrire (essai : rien n’a été écrit)'
  : plural(written, 'écrite').slice(String(written).length + 1);
console.log(
  `\n${plural(rows.length, 'ligne')} : ${plural(written, 'fiche')} ${verb}, ${plural(kept, 'déjà présente')}, ${plural(rejected, 'refusée')}.`,
);
if (rejected > 0) {
  console.error(
    'Corrigez les lignes refusées dans le tableur puis relancez l’import : les fiches déjà écrites seront laissées telles quelles.',
  );
  process.exit(1);
}
