/**
 * Fills in the structures' contact details from files downloaded from the national data·inclusion hub.
 * See USAGE; the work is done by src/lib/importDataInclusion.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { cannotWrite } from './lib/cannotWrite.ts';
import { contentRoot } from '../src/lib/contentRoot.ts';
import {
  applyChanges,
  EntryIndex,
  HubFileError,
  inTerritory,
  matchEntry,
  mergedChanges,
  newEntry,
  newEntryId,
  parseHubFile,
  provenanceOf,
  type HubService,
  type HubStructure,
  type LocalEntry,
  type MatchKind,
} from '../src/lib/importDataInclusion.ts';
import { formatImportReport, type ImportReport } from '../src/lib/importDataInclusionReport.ts';
import { collectionFiles, parseContent, readContent } from '../src/lib/readContentFile.ts';
import { todayInFrance } from '../src/schemas/fields.ts';
import { COLLECTION_FOLDERS } from '../src/schemas/folders.ts';
import { territory } from '../src/site.config.ts';

const USAGE = `Usage : npm run import:data-inclusion -- <structures.json> [<services.json>] [options]

Lit les fiches de data·inclusion (fichiers JSON téléchargés de l’API ou de data.gouv.fr), garde celles
${territory.departement.article}, les rapproche des structures du site (SIRET, sinon nom et commune) et liste ce
qu’elles changeraient : adresse, code postal, téléphone, courriel, site web, horaires, coordonnées précises.

Options :
  --write        applique les changements aux fiches (sinon : essai, rien n’est écrit)
  --force        remplace aussi les valeurs vérifiées par une personne (verifie: true)
  --nouvelles    écrit les structures du territoire sans fiche comme partenaires (membre: false), à relire
  --out <fichier>  rapport Markdown (défaut : rapports/data-inclusion.md)
  --help         affiche cette aide

Le dossier de contenu est content/, ou celui de la variable CONTENT_DIR.
Quand plusieurs fiches de data·inclusion décrivent la même structure (dora et soliguide…), chaque champ est écrit
une fois, d’après la première qui le donne ; un champ où elles se contredisent n’est pas écrit (voir le rapport).
Avec --nouvelles, une telle structure donne une seule fiche, créée d’après la première : une valeur que les
suivantes contredisent y reste, et le rapport donne les deux (désaccord) pour la relecture.

Code de sortie : 0 fait (ou essai fait), 1 fichier illisible ou hors schéma (rien n’est écrit) ou fiche
impossible à écrire, 2 erreur d’utilisation.`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      write: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      nouvelles: { type: 'boolean', default: false },
      out: { type: 'string', default: 'rapports/data-inclusion.md' },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`, 2);
}
const { values: options, positionals } = parsed;
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length < 1 || positionals.length > 2) fail(USAGE, 2);
const [structuresPath, servicesPath] = positionals as [string, string | undefined];

function readHub(path: string, model: 'structure' | 'service'): unknown[] {
  if (!existsSync(path)) fail(`${path} : fichier introuvable → vérifiez son chemin.`, 2);
  try {
    return parseHubFile(path, readFileSync(path, 'utf8'), model);
  } catch (error) {
    if (error instanceof HubFileError) fail(`${error.message}\nAucune fiche n’a été modifiée.`, 1);
    throw error;
  }
}

// Every file is read and checked before anything is written.
const hubStructures = readHub(structuresPath, 'structure') as HubStructure[];
const hubServices = servicesPath ? (readHub(servicesPath, 'service') as HubService[]) : [];

const folder = join(contentRoot(), COLLECTION_FOLDERS.structures);
let entries: LocalEntry[];
/** Each entry's own file, .yaml or .yml: a matched entry is written back there, never beside it. */
const fileOf = new Map<string, string>();
try {
  entries = readContent(contentRoot(), ['structures']).map((file) => {
    fileOf.set(file.id, file.absolutePath);
    return { id: file.id, text: readFileSync(file.absolutePath, 'utf8'), data: file.data };
  });
} catch (error) {
  fail(`${(error as Error).message}\nAucune fiche n’a été modifiée.`, 1);
}

const today = todayInFrance();
const local = hubStructures.filter(inTerritory);
const report: ImportReport = {
  date: today,
  mode: options.write ? 'écriture' : 'essai',
  files: [
    { path: structuresPath, records: hubStructures.length },
    ...(servicesPath ? [{ path: servicesPath, records: hubServices.length }] : []),
  ],
  outside: hubStructures.length - local.length,
  matches: [],
  candidates: [],
};
/** One write per file: a file several hub records match is written once, with all their changes. */
const writesToDo: { path: string; text: string }[] = [];
// Every file's id, whatever its extension, even one the site does not read: a new entry never shares an id.
const taken = new Set(collectionFiles(contentRoot(), 'structures').map((file) => file.id));

type MatchedRecord = { record: HubStructure; by: MatchKind; services: HubService[] };
/** The hub records each entry matches, in the hub file's order. */
const matched = new Map<string, { entry: LocalEntry; records: MatchedRecord[] }>();
/**
 * The entries --nouvelles creates, each from the first record of a structure the site lacks, with the later records
 * that match it (the same structure listed by dora and by soliguide): one file per structure, as matchEntry decides.
 */
const created = new Map<string, { entry: LocalEntry; path: string; first: HubStructure; others: MatchedRecord[] }>();
// Indexed once, the files as read and the entries as they are created: one look-up per record, not a scan of each.
const filesIndex = new EntryIndex(entries);
const createdIndex = new EntryIndex();
const servicesOf = new Map<string, HubService[]>();
for (const service of hubServices) {
  const services = servicesOf.get(service.structure_id);
  if (services) services.push(service);
  else servicesOf.set(service.structure_id, [service]);
}
for (const record of local) {
  const services = servicesOf.get(record.id) ?? [];
  const match = matchEntry(record, filesIndex);
  const sibling = match ? undefined : matchEntry(record, createdIndex);
  if (sibling) {
    created.get(sibling.entry.id)!.others.push({ record, by: sibling.by, services });
    continue;
  }
  if (!match) {
    const proposed = options.nouvelles ? newEntry(record, services, today) : undefined;
    let file: string | undefined;
    if (proposed && 'text' in proposed) {
      const id = newEntryId(record, taken);
      taken.add(id);
      file = join(folder, `${id}.yaml`);
      const read = parseContent(proposed.text, 'yaml');
      if ('error' in read) throw new Error(`${id} : ${read.error}`);
      const entry = { id, text: proposed.text, data: read.data };
      created.set(id, { entry, path: file, first: record, others: [] });
      createdIndex.add(entry);
    }
    report.candidates.push({
      hubId: record.id,
      nom: record.nom,
      commune: record.commune ?? '',
      ...(file ? { file: relative(process.cwd(), file) } : {}),
      ...(proposed && 'problem' in proposed ? { problem: proposed.problem } : {}),
    });
    continue;
  }
  const group = matched.get(match.entry.id) ?? { entry: match.entry, records: [] };
  group.records.push({ record, by: match.by, services });
  matched.set(match.entry.id, group);
}

/**
 * The text of `entry` once the hub records that describe its structure have written into it, one after the other
 * (mergedChanges), each record matched to it (`by`) reported under its file; the record a new entry was made from
 * has no `by`, and is reported as a candidate.
 */
function mergeRecords(
  entry: LocalEntry,
  path: string,
  records: readonly (Omit<MatchedRecord, 'by'> & { by?: MatchKind })[],
): string {
  const changes = mergedChanges(
    entry,
    records.map(({ record }) => record),
    { force: options.force },
  );
  let text = entry.text;
  records.forEach(({ record, by, services }, index) => {
    text = applyChanges(text, changes[index]!, provenanceOf(record), today);
    if (!by) return;
    report.matches.push({
      file: relative(process.cwd(), path),
      hubId: record.id,
      by,
      changes: changes[index]!,
      services: services.map((service) => service.nom),
    });
  });
  return text;
}

for (const { entry, records } of matched.values()) {
  const path = fileOf.get(entry.id) ?? join(folder, `${entry.id}.yaml`);
  const text = mergeRecords(entry, path, records);
  if (text !== entry.text) writesToDo.push({ path, text });
}

// A new entry takes what the later records of its structure bring, as a matched file does, and the report lists them
// under its file. A value they give otherwise than the first record is a « désaccord »: the first record's value
// stays in the new entry, which a person reviews anyway (verifie: false).
for (const { entry, path, first, others } of created.values()) {
  const text = others.length > 0 ? mergeRecords(entry, path, [{ record: first, services: [] }, ...others]) : entry.text;
  writesToDo.push({ path, text });
}

// A file that cannot be written is named in French and not counted; the others are still written.
let written = 0;
if (options.write) {
  for (const { path, text } of writesToDo) {
    try {
      writeFileSync(path, text);
      written += 1;
    } catch (error) {
      console.error(`${relative(process.cwd(), path)} : ${cannotWrite('la fiche', error, folder, 'l’import')}`);
    }
  }
}
const unwritten = options.write ? writesToDo.length - written : 0;

const { text, markdown } = formatImportReport(report, options.write ? written : writesToDo.length, unwritten);
console.log(text);
try {
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, markdown);
  console.log(`\nRapport Markdown : ${options.out}`);
} catch (error) {
  console.error(
    `${options.out} : ${cannotWrite('le rapport', error, dirname(options.out), 'l’import, ou donnez un autre fichier à --out')}`,
  );
  process.exitCode = 1;
}
if (!options.write && writesToDo.length > 0) {
  console.log('Essai : aucune fiche n’a été modifiée. Relancez avec --write pour appliquer.');
}
if (unwritten > 0) process.exitCode = 1;
