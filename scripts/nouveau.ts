/**
 * Usage: npm run nouveau -- <genre> "<titre>"
 *   e.g. npm run nouveau -- structure "Mission Locale du Blaisois"
 *
 * Creates a content file with every field present and explained, what is to write marked « À compléter », its
 * name derived from the title; never overwrites a file, nor makes a second file for an id that a file of
 * another extension already has (.yml, .md…): adds -2, -3… instead. Exit code: 0 when the file is created,
 * 1 when it cannot be written, 2 on wrong usage.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_FILES } from '../src/schemas/collectionFiles.ts';
import { contentRoot } from '../src/lib/contentRoot.ts';
import { COLLECTION_FOLDERS } from '../src/schemas/folders.ts';
import { collectionFiles } from '../src/lib/readContentFile.ts';
import { entryKinds, scaffoldEntry } from '../src/lib/scaffoldEntry.ts';
import { PLACEHOLDER, PLACEHOLDER_ID, suggestId } from '../src/lib/entryIds.ts';
import { todayInFrance } from '../src/schemas/fields.ts';
import { cannotWrite } from './lib/cannotWrite.ts';

const kinds = entryKinds();
const [kindName, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
const kind = kinds.find((candidate) => candidate.kind === kindName);

if (!kind || !title) {
  console.error('Usage : npm run nouveau -- <genre> "<titre>"');
  console.error(`Genres : ${kinds.map((candidate) => candidate.kind).join(', ')}.`);
  console.error('Exemple : npm run nouveau -- structure "Mission Locale du Blaisois"');
  process.exit(2);
}

const root = contentRoot();
const folder = join(root, COLLECTION_FOLDERS[kind.collection]);
const extension = COLLECTION_FILES[kind.collection].extensions[0];

/** Ids of the files already there, whatever their extension: two files with one id are two entries for one page. */
const taken = new Map(collectionFiles(root, kind.collection).map((file) => [file.id, file.file]));
const base = suggestId(title);
let id = base;
for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
const path = join(folder, `${id}.${extension}`);
const shown = relative(process.cwd(), path);

try {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path, scaffoldEntry(kind, { title, today: todayInFrance() }), {
    flag: 'wx', // never overwrite, even if a file appeared meanwhile
  });
} catch (error) {
  console.error(`${shown} : ${cannotWrite('la fiche', error, folder, 'la commande')}`);
  process.exit(1);
}

if (id !== base) console.log(`Une fiche ${taken.get(base)} existe déjà : la nouvelle s’appelle ${id}.${extension}.`);
console.log(`Fiche créée : ${shown}`);
console.log(
  `Remplacez chaque « ${PLACEHOLDER} » et chaque ${PLACEHOLDER_ID} (une valeur à choisir) par la vraie valeur, puis vérifiez avec : npm run check:content`,
);
