/**
 * Fills in structures' contact details from the national data·inclusion hub: reads files of the hub's
 * shape (JSON arrays of `Structure` / `Service` records, schema v1.0.8), keeps the territory's records,
 * matches them to our entries and plans field-by-field changes. Pure: the files are read and written by
 * `scripts/import-data-inclusion.ts`; `applyChanges` edits YAML text keeping its comments and field order.
 */
import { isMap, isScalar, parseDocument, type Document, type Scalar, type YAMLMap } from 'yaml';
import { structureSchema, tidyOpeningHours, type SourcedField } from '../schemas/structure.ts';
import { territory } from '../site.config.ts';
import { employmentAreaOf } from './employmentAreaOf.ts';
import { countOf } from './french.ts';
import { NETWORK_CODES } from './structures/dataInclusion.ts';
import { UNKNOWN_COMMUNE } from './structures/postalPlace.ts';
import { slugify } from './slugify.ts';
import { townKey } from './townKey.ts';
import { nationalPhone } from '../schemas/phone.ts';
import {
  formatRecordProblem,
  validateDataInclusion,
  type DataInclusionModel,
} from './structures/validateDataInclusion.ts';

/** A structure record of the hub (the fields the import reads). */
export interface HubStructure {
  source: string;
  id: string;
  nom: string;
  date_maj: string;
  siret?: string | null;
  adresse?: string | null;
  complement_adresse?: string | null;
  code_postal?: string | null;
  code_insee?: string | null;
  commune?: string | null;
  telephone?: string | null;
  courriel?: string | null;
  site_web?: string | null;
  horaires_accueil?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  lien_source?: string | null;
  description?: string | null;
  reseaux_porteurs?: string[] | null;
}

/** A service record of the hub (the fields the import reads). */
export interface HubService {
  id: string;
  structure_id: string;
  nom: string;
  publics?: string[] | null;
}

/** One of our structure files, as read from disk. */
export interface LocalEntry {
  /** File name without extension. */
  id: string;
  /** The YAML text of the file. */
  text: string;
  /** Its parsed data. */
  data: Record<string, unknown>;
}

/** A file the import refuses: the message names the file, the record and the field. */
export class HubFileError extends Error {}

/** What a JSON file holds instead of a list, in French. */
const KINDS: Record<string, string> = {
  object: 'un objet seul',
  string: 'un texte',
  number: 'un nombre',
  boolean: 'un booléen',
};

/** How many schema problems a refusal lists before counting the rest. */
const LISTED_PROBLEMS = 20;

/** Parses one downloaded file and checks every record against the national schema; throws `HubFileError`. */
export function parseHubFile(fileName: string, text: string, model: DataInclusionModel): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new HubFileError(
      `${fileName} : ce n’est pas du JSON (${(error as Error).message}) → téléchargez de nouveau le fichier ${model === 'structure' ? 'des structures' : 'des services'} de data·inclusion, au format JSON.`,
    );
  }
  if (!Array.isArray(parsed)) {
    throw new HubFileError(
      `${fileName} : le fichier doit être une liste JSON de fiches ([ {…}, {…} ]), pas ${KINDS[typeof parsed] ?? 'une valeur seule'} → téléchargez le fichier JSON complet de data·inclusion.`,
    );
  }
  const problems = validateDataInclusion(model, parsed);
  if (problems.length > 0) {
    const listed = problems.slice(0, LISTED_PROBLEMS).map((problem) => `  - ${formatRecordProblem(problem)}`);
    const more =
      problems.length > LISTED_PROBLEMS ? [`  … et ${problems.length - LISTED_PROBLEMS} autres problèmes.`] : [];
    throw new HubFileError(
      [
        `${fileName} : ${countOf(problems.length, 'problème')} au regard du schéma data·inclusion v1.0.8 (${model === 'structure' ? 'structures' : 'services'}) → vérifiez que c’est bien le bon fichier, ou corrigez ces fiches :`,
        ...listed,
        ...more,
      ].join('\n'),
    );
  }
  return parsed;
}

/** True when the record lies in the département: by postal or INSEE code, else by its point inside the bounds. */
export function inTerritory(record: HubStructure): boolean {
  const code = territory.departement.code;
  const postal = record.code_postal ?? record.code_insee;
  if (postal) return postal.startsWith(code);
  const { latitude, longitude } = record;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return false;
  const { south, west, north, east } = territory.bounds;
  return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
}

/**
 * A structure's name as it is compared: "Mission Locale  du Blaisois" and "MISSION LOCALE DU BLAISOIS" are equal
 * (accents, case, punctuation ignored). Towns are compared with townKey, which also reads « ST » as « Saint ».
 */
export function nameKey(text: string): string {
  return slugify(text.replace(/[’']/g, ' '));
}

/** How a hub record was matched to one of our entries. */
export type MatchKind = 'siret' | 'nom et commune' | 'nom, commune inconnue des deux côtés';

/** Where an entry or a record is, as names are matched: a town (townKey), or a town unknown to it. */
const placeKey = (town: string | undefined) => (town === undefined ? '?' : `=${townKey(town)}`);

/**
 * Our entries, indexed for `matchEntry` by SIRET and by name (or sigle) and town, so that matching every record of a
 * hub file costs one look-up each, not a scan of every entry. Entries are added in order: a record matches the first
 * one that fits, as a scan would find it. The import grows one for the entries it creates (--nouvelles).
 */
export class EntryIndex {
  /** The first entry of each SIRET. */
  readonly #bySiret = new Map<string, LocalEntry>();
  /** The first entry of each name and place, and the first of them without a SIRET. */
  readonly #byName = new Map<string, { any: LocalEntry; withoutSiret?: LocalEntry }>();

  constructor(entries: Iterable<LocalEntry> = []) {
    for (const entry of entries) this.add(entry);
  }

  /** Adds an entry after those already there. */
  add(entry: LocalEntry): void {
    const { siret, commune, commune_inconnue: unknownTown, nom, sigle } = entry.data;
    if (typeof siret === 'string' && !this.#bySiret.has(siret)) this.#bySiret.set(siret, entry);
    // A town the entry does not know is matched only by a record that does not know it either; an entry with neither
    // a town nor `commune_inconnue` is matched by SIRET only.
    const place = unknownTown === true ? placeKey(undefined) : typeof commune === 'string' ? placeKey(commune) : null;
    if (place === null) return;
    for (const name of [nom, sigle]) {
      if (typeof name !== 'string') continue;
      const key = `${place} ${nameKey(name)}`;
      const first = this.#byName.get(key);
      if (!first) this.#byName.set(key, siret === undefined ? { any: entry, withoutSiret: entry } : { any: entry });
      else if (!first.withoutSiret && siret === undefined) first.withoutSiret = entry;
    }
  }

  /** The entry `matchEntry` gives for `record`. */
  match(record: HubStructure): { entry: LocalEntry; by: MatchKind } | undefined {
    if (record.siret) {
      const bySiret = this.#bySiret.get(record.siret);
      if (bySiret) return { entry: bySiret, by: 'siret' };
    }
    const town = record.commune ? record.commune : undefined;
    const first = this.#byName.get(`${placeKey(town)} ${nameKey(record.nom)}`);
    // A record with a SIRET matches by name only an entry without one: two SIRETs that differ are two structures.
    const byName = record.siret ? first?.withoutSiret : first?.any;
    if (!byName) return undefined;
    return { entry: byName, by: town === undefined ? 'nom, commune inconnue des deux côtés' : 'nom et commune' };
  }
}

/**
 * Our entry for a hub record: SIRET when both have one, else name (or acronym) and town; a record without a town
 * matches by name only an entry whose town is unknown too (`commune_inconnue`, whose export leaves the town out).
 * `entries` is a list, or an index (EntryIndex) to match many records against.
 */
export function matchEntry(
  record: HubStructure,
  entries: readonly LocalEntry[] | EntryIndex,
): { entry: LocalEntry; by: MatchKind } | undefined {
  return (entries instanceof EntryIndex ? entries : new EntryIndex(entries)).match(record);
}

/**
 * What the import decides for one field. `doublon` and `désaccord` only come from `mergedChanges`, for an entry that
 * several hub records match: a value another record already writes, and a value the records disagree on.
 */
export type Decision =
  | 'ajout'
  | 'modification'
  | 'source'
  | 'protégé'
  | 'illisible'
  | 'sans commune'
  | 'sans position'
  | 'doublon'
  | 'désaccord';

/**
 * A field the import writes: a contact field, with its source, or the commune of an entry that had none
 * (`commune_inconnue`), which the schema gives no source.
 */
export type ImportedField = SourcedField | 'commune';

/** One planned change: `after` is the hub's value as our schema writes it. */
export interface FieldChange {
  field: ImportedField;
  before: string | undefined;
  after: string | undefined;
  decision: Decision;
  /** Why a value is left alone. */
  reason?: string;
}

/** The hub's value of each contact field, written as our schema wants it (or a reason it cannot be). */
function hubValues(record: HubStructure): Record<SourcedField, { value?: unknown; problem?: string } | undefined> {
  const text = (value: string | null | undefined) => (value ? value.trim() : undefined);
  const address = [text(record.adresse), text(record.complement_adresse)].filter(Boolean).join(', ') || undefined;
  const phone = text(record.telephone);
  const coordinates =
    typeof record.latitude === 'number' && typeof record.longitude === 'number'
      ? { value: [record.latitude, record.longitude] }
      : undefined;
  return {
    adresse: address ? { value: address } : undefined,
    code_postal: text(record.code_postal) ? { value: text(record.code_postal) } : undefined,
    telephone: phone
      ? nationalPhone(phone)
        ? { value: nationalPhone(phone) }
        : { problem: `numéro illisible « ${phone} »` }
      : undefined,
    courriel: text(record.courriel) ? { value: text(record.courriel) } : undefined,
    site_web: text(record.site_web) ? { value: text(record.site_web) } : undefined,
    horaires_accueil: text(record.horaires_accueil)
      ? { value: tidyOpeningHours(text(record.horaires_accueil)!) }
      : undefined,
    coordonnees: coordinates,
  };
}

/** A field's value as a line of the report. */
function shown(field: SourcedField, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return field === 'coordonnees' ? (value as number[]).map((n) => n.toFixed(5)).join(', ') : (value as string);
}

/** The problem our schema finds with a value, in French, or undefined when it accepts it. */
function schemaProblem(field: ImportedField, value: unknown): string | undefined {
  const checks: [string, unknown][] =
    field === 'coordonnees'
      ? [
          ['latitude', (value as number[])[0]],
          ['longitude', (value as number[])[1]],
        ]
      : [[field, value]];
  for (const [name, item] of checks) {
    const result = structureSchema.shape[name as keyof typeof structureSchema.shape].safeParse(item);
    if (!result.success) return result.error.issues[0]?.message;
  }
  return undefined;
}

/** Fields that say where a structure is: the schema refuses them beside `commune_inconnue`. */
const PLACING_FIELDS: ReadonlySet<SourcedField> = new Set(['adresse', 'code_postal', 'coordonnees']);

/** Changes that touch the file. */
const writes = (change: FieldChange) => ['ajout', 'modification', 'source'].includes(change.decision);

/** Where a value comes from, as `sources.<field>` records it. */
export interface Provenance {
  source: string;
  id: string;
  lien?: string;
  date: string;
}

/** The schema of `sources.<field>.lien`. */
const LINK = structureSchema.shape.sources.unwrap().shape.site_web.unwrap().shape.lien;

/** The record's link as `sources.<field>.lien` when the schema takes it (https:// only); else none, the source and date say enough. */
const sourceLink = (link: string | null | undefined) => (link && LINK.safeParse(link).success ? { lien: link } : {});

/** The provenance of a hub record's values. */
export function provenanceOf(record: HubStructure): Provenance {
  return {
    source: `data·inclusion (${record.source})`,
    id: record.id,
    ...sourceLink(record.lien_source),
    date: record.date_maj,
  };
}

const sameProvenance = (recorded: unknown, provenance: Provenance) => {
  if (!recorded || typeof recorded !== 'object') return false;
  const value = recorded as Record<string, unknown>;
  const date = value['date'] instanceof Date ? value['date'].toISOString().slice(0, 10) : String(value['date']);
  return value['source'] === provenance.source && value['id'] === provenance.id && date === provenance.date;
};

/**
 * What the hub record would change in our entry, field by field. A value a person marked verified
 * (`verifie: true`) is not overwritten unless `force`; a value the hub already gave keeps its source. For an entry
 * whose commune is unknown (`commune_inconnue`), the hub's commune is written first, which lifts the flag, but only
 * with the hub's position: the stand-in point would otherwise pass for the town's centre. Without both, the address,
 * postal code and position are left out, since the build refuses them beside the flag.
 */
export function plannedChanges(entry: LocalEntry, record: HubStructure, { force = false } = {}): FieldChange[] {
  const data = entry.data;
  const provenance = provenanceOf(record);
  const sources = (data['sources'] ?? {}) as Record<string, unknown>;
  const changes: FieldChange[] = [];
  const unknownCommune = data['commune_inconnue'] === true;
  const hubCommune = (unknownCommune && record.commune?.trim()) || undefined;
  const communeProblem = hubCommune && schemaProblem('commune', hubCommune);
  const hubPosition = hubValues(record).coordonnees?.value;
  const positioned = hubPosition !== undefined && !schemaProblem('coordonnees', hubPosition);
  const commune: FieldChange | undefined = hubCommune
    ? {
        field: 'commune',
        before: UNKNOWN_COMMUNE,
        after: hubCommune,
        ...(communeProblem
          ? { decision: 'illisible', reason: communeProblem }
          : positioned
            ? { decision: 'ajout' }
            : {
                decision: 'sans position',
                reason: `data·inclusion donne la commune sans position, et le repère provisoire passerait pour le centre de ${hubCommune} → placez le point (latitude, longitude), retirez commune_inconnue et relancez l’import`,
              }),
      }
    : undefined;
  if (commune) changes.push(commune);
  const placeable = !unknownCommune || (commune !== undefined && writes(commune));
  for (const [field, hub] of Object.entries(hubValues(record)) as [
    SourcedField,
    ReturnType<typeof hubValues>[SourcedField],
  ][]) {
    if (!hub) continue;
    const current =
      field === 'coordonnees'
        ? typeof data['latitude'] === 'number' && typeof data['longitude'] === 'number'
          ? [data['latitude'], data['longitude']]
          : undefined
        : (data[field] as string | undefined);
    const before = shown(field, current);
    if (hub.problem) {
      changes.push({ field, before, after: undefined, decision: 'illisible', reason: hub.problem });
      continue;
    }
    const after = shown(field, hub.value);
    const problem = schemaProblem(field, hub.value);
    if (problem) {
      changes.push({ field, before, after, decision: 'illisible', reason: problem });
      continue;
    }
    if (!placeable && PLACING_FIELDS.has(field)) {
      changes.push({
        field,
        before,
        after,
        decision: 'sans commune',
        reason: hubCommune
          ? 'commune inconnue (commune_inconnue: true), que data·inclusion donne sans position → voir la ligne « commune »'
          : 'commune inconnue (commune_inconnue: true) et absente de data·inclusion → vérifiez la commune, retirez commune_inconnue et relancez l’import',
      });
      continue;
    }
    const same =
      field === 'telephone' && before !== undefined
        ? nationalPhone(before) === after
        : field === 'coordonnees'
          ? // The town centre is not the address: unsourced coordinates count as absent, unless a person checked them.
            before === after && (sources['coordonnees'] !== undefined || data['verifie'] === true)
          : before === after;
    if (same) {
      if (!sameProvenance(sources[field], provenance)) changes.push({ field, before, after, decision: 'source' });
      continue;
    }
    const hasValue = before !== undefined && !(field === 'coordonnees' && !data['verifie'] && !sources['coordonnees']);
    if (hasValue && data['verifie'] === true && !force) {
      changes.push({
        field,
        before,
        after,
        decision: 'protégé',
        reason: 'valeur vérifiée par une personne (verifie: true) → relancez avec --force pour la remplacer',
      });
      continue;
    }
    changes.push({ field, before, after, decision: before === undefined ? 'ajout' : 'modification' });
  }
  if (commune && writes(commune)) {
    // The area was chosen without the commune, and the file's comments may say it is unknown; a point the hub does
    // not move stays where it stood in for the town.
    const moved = changes.some(
      (change) => change.field === 'coordonnees' && ['ajout', 'modification'].includes(change.decision),
    );
    commune.reason = `commune_inconnue retiré → vérifiez la commune, le bassin (${String(data['bassin'])})${moved ? '' : ', la position (que cet import ne change pas)'} et les commentaires de la fiche`;
  }
  return changes;
}

/** Each field's value in a hub record, as `plannedChanges` shows it in `after`, when our schema accepts it. */
function offeredValues(record: HubStructure): Partial<Record<ImportedField, string>> {
  const values: Partial<Record<ImportedField, string>> = {};
  const commune = record.commune?.trim();
  if (commune && !schemaProblem('commune', commune)) values.commune = commune;
  for (const [field, hub] of Object.entries(hubValues(record)) as [
    SourcedField,
    ReturnType<typeof hubValues>[SourcedField],
  ][]) {
    const value = hub?.value !== undefined && !schemaProblem(field, hub.value) ? shown(field, hub.value) : undefined;
    if (value !== undefined) values[field] = value;
  }
  return values;
}

/**
 * The changes of several hub records that match one entry (a Mission Locale listed by dora and by soliguide), one
 * list per record, to apply one after the other: each field is written once, by the first record that brings it,
 * with that record's source, so that what each record brings is kept and every `sources.<field>` stays true. A field
 * the records give different values for is written by none (`désaccord`), for a person to choose; a record whose
 * value a person's verified one stands against (`protégé`) takes no part in that. A value one record already writes,
 * or whose recorded source is one of the records, is not written again (`doublon`). Without this, each record's
 * changes were computed from the same file and the last one written replaced the others. For an entry whose commune
 * is unknown, a record that gives the commune and position places it for all: the address a record without a position
 * brings is then written too, and its commune is a `doublon`.
 */
export function mergedChanges(
  entry: LocalEntry,
  records: readonly HubStructure[],
  { force = false } = {},
): FieldChange[][] {
  const planned = records.map((record) => plannedChanges(entry, record, { force }));
  if (records.length < 2) return planned;
  const offered = records.map(offeredValues);
  const sources = (entry.data['sources'] ?? {}) as Record<string, unknown>;

  /** Decides, field by field, which record writes a value the lists would each write. */
  const settle = (lists: FieldChange[][]) => {
    const written = new Set(
      lists
        .flat()
        .filter(writes)
        .map((change) => change.field),
    );
    for (const field of written) {
      // A record whose value the file's verified one stands against (`protégé`) says so on its own line: it disputes
      // nothing, and a record that confirms the verified value still records its source.
      const given = records.flatMap((record, index) => {
        const value = offered[index]![field];
        const outweighed = lists[index]!.some((change) => change.field === field && change.decision === 'protégé');
        return value === undefined || outweighed ? [] : [{ id: record.id, value }];
      });
      const disputed = new Set(given.map(({ value }) => value)).size > 1;
      // Provenance already recorded from one of the records (same value): no need to note another.
      const sourced = records.some(
        (record, index) => offered[index]![field] !== undefined && sameProvenance(sources[field], provenanceOf(record)),
      );
      let writer: string | undefined;
      lists.forEach((changes, index) => {
        const change = changes.find((candidate) => candidate.field === field && writes(candidate));
        if (!change) return;
        if (disputed) {
          change.decision = 'désaccord';
          change.reason = `les fiches data·inclusion ne donnent pas la même valeur (${given.map(({ id, value }) => `${id} : « ${value} »`).join(' ; ')}) → vérifiez la bonne auprès de la structure et écrivez-la à la main`;
        } else if (change.decision === 'source' && sourced) {
          changes.splice(changes.indexOf(change), 1);
        } else if (writer === undefined) {
          writer = records[index]!.id;
        } else {
          change.decision = 'doublon';
          // The schema records no source for the commune (`sources` has no `commune`).
          change.reason = `même valeur que ${writer}${field === 'commune' ? '' : ', dont la source est notée'}`;
        }
      });
    }
    return lists;
  };
  /** The index of the record that writes the commune, when the records agree on where the structure is. */
  const placer = (lists: FieldChange[][]) => {
    if (lists.flat().some((change) => change.field === 'coordonnees' && change.decision === 'désaccord'))
      return undefined;
    const index = lists.findIndex((changes) => changes.some((change) => change.field === 'commune' && writes(change)));
    return index === -1 ? undefined : index;
  };

  settle(planned);
  if (entry.data['commune_inconnue'] !== true) return planned;
  let merged = planned;
  const placing = placer(planned);
  if (placing !== undefined) {
    // The other records were planned against the entry without its commune: their address, postal code and position
    // were held back (« sans commune »), and their commune asked for the point this run places. Planned again
    // against the entry as placed, what they bring goes through the same choice as any other field.
    const commune = planned[placing]!.find((change) => change.field === 'commune')!.after;
    const asPlaced: LocalEntry = { ...entry, data: { ...entry.data, commune, commune_inconnue: false } };
    merged = settle(
      records.map((record) => {
        const own = plannedChanges(entry, record, { force });
        const line = own.find((change) => change.field === 'commune');
        if (line && writes(line)) return own;
        const rest = plannedChanges(asPlaced, record, { force });
        if (line?.decision !== 'sans position') return line ? [line, ...rest] : rest;
        return [
          { ...line, decision: 'doublon', reason: `même commune que ${records[placing]!.id}, qui donne la position` },
          ...rest,
        ];
      }),
    );
  }
  if (placer(merged) === undefined) {
    // As in plannedChanges: an address or a position goes in only with the commune, and the commune only with a
    // position, or the stand-in point would pass for the town's centre.
    for (const change of merged.flat().filter((candidate) => writes(candidate) || candidate.decision === 'doublon')) {
      if (change.field === 'commune') {
        change.decision = 'désaccord';
        change.reason =
          'les fiches data·inclusion ne donnent pas la même position, et le repère provisoire passerait pour le centre de la commune → placez le point (latitude, longitude), retirez commune_inconnue et relancez l’import';
      } else if (PLACING_FIELDS.has(change.field)) {
        change.decision = 'sans commune';
        change.reason =
          'commune inconnue (commune_inconnue: true), que les fiches data·inclusion ne permettent pas d’écrire → voir la ligne « commune »';
      }
    }
  }
  return merged;
}

/** Order of the fields in a structure file: the schema's. */
const FIELD_ORDER = Object.keys(structureSchema.shape);

/** Fields whose values are codes, written plain like in the editors' files. */
const PLAIN_FIELDS = new Set(['type', 'bassin']);

/** A double-quoted scalar, the style of our files for text. */
function quoted(document: Document, value: string): Scalar {
  const node = document.createNode(value) as Scalar;
  node.type = 'QUOTE_DOUBLE';
  return node;
}

/** Sets `key` in the map: in place when present, else after the fields that precede it in the schema. */
function setInOrder(document: Document, map: YAMLMap, key: string, value: unknown, order: readonly string[]) {
  const node =
    typeof value === 'string' && !PLAIN_FIELDS.has(key) && !/^\d{4}-\d{2}-\d{2}$/.test(value)
      ? quoted(document, value)
      : document.createNode(value);
  const existing = map.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
  if (existing) {
    existing.value = node;
    return;
  }
  const rank = order.indexOf(key);
  const index = map.items.findIndex((pair) => isScalar(pair.key) && order.indexOf(String(pair.key.value)) > rank);
  const pair = document.createPair(key, node);
  if (index === -1) map.items.push(pair);
  else map.items.splice(index, 0, pair);
}

/** The provenance as a YAML map, text quoted and the date plain (AAAA-MM-JJ). */
function provenanceNode(document: Document, provenance: Provenance) {
  const map = document.createNode({}) as YAMLMap;
  for (const [key, value] of Object.entries(provenance) as [string, string][]) {
    map.items.push(document.createPair(key, key === 'date' ? document.createNode(value) : quoted(document, value)));
  }
  return map;
}

/**
 * The file's text with the changes applied: values, `sources.<field>` and `date_maj` (today). Comments,
 * quoting and the order of existing fields are kept; a new field goes where the schema puts it.
 */
export function applyChanges(
  text: string,
  changes: readonly FieldChange[],
  provenance: Provenance,
  today: string,
): string {
  const applied = changes.filter(writes);
  if (applied.length === 0) return text;
  const document = parseDocument(text);
  const root = document.contents;
  if (!isMap(root)) throw new Error('fiche YAML sans champs');
  for (const change of applied) {
    if (change.field === 'commune') {
      // The commune is now a fact: the flag that said no source gives it goes in the same change.
      setInOrder(document, root, 'commune', change.after, FIELD_ORDER);
      root.delete('commune_inconnue');
      continue;
    }
    if (change.decision !== 'source' && change.after !== undefined) {
      if (change.field === 'coordonnees') {
        const [latitude, longitude] = change.after.split(', ').map(Number);
        setInOrder(document, root, 'latitude', latitude, FIELD_ORDER);
        setInOrder(document, root, 'longitude', longitude, FIELD_ORDER);
      } else {
        setInOrder(document, root, change.field, change.after, FIELD_ORDER);
      }
    }
    let sources = root.get('sources');
    if (!isMap(sources)) {
      setInOrder(document, root, 'sources', {}, FIELD_ORDER);
      sources = root.get('sources');
    }
    setInOrder(
      document,
      sources as YAMLMap,
      change.field,
      provenanceNode(document, provenance),
      Object.keys(structureSchema.shape.sources.unwrap().shape),
    );
  }
  setInOrder(document, root, 'date_maj', today, FIELD_ORDER);
  return document.toString({ lineWidth: 0 });
}

/** Our public for each national public, to propose the publics of a new entry. */
const LOCAL_PUBLICS: Record<string, string> = {
  'tous-publics': 'tout-public',
  jeunes: 'jeunes-16-25',
  etudiants: 'etudiants',
  'demandeurs-emploi': 'demandeurs-emploi',
  actifs: 'salaries',
  familles: 'parents',
};

/**
 * A new partner entry (`membre: false`) for a hub record that matches none of ours, or the reason it
 * cannot be written (no point on the map). Type, area and publics are proposals, said so in its comment.
 */
export function newEntry(
  record: HubStructure,
  services: readonly HubService[],
  today: string,
): { text: string } | { problem: string } {
  if (typeof record.latitude !== 'number' || typeof record.longitude !== 'number' || !record.commune) {
    return { problem: 'pas de coordonnées ni de commune dans data·inclusion : fiche à créer à la main' };
  }
  const type =
    Object.entries(NETWORK_CODES).find(([, code]) => record.reseaux_porteurs?.includes(code ?? ''))?.[0] ?? 'autre';
  const publics = [
    ...new Set(
      services
        .flatMap((service) => service.publics ?? [])
        .map((code) => LOCAL_PUBLICS[code])
        .filter(Boolean),
    ),
  ];
  const document = parseDocument('{}');
  const root = document.contents as YAMLMap;
  const data: Record<string, unknown> = {
    nom: record.nom,
    ...(record.siret ? { siret: record.siret } : {}),
    type,
    bassin: employmentAreaOf({ commune: record.commune, latitude: record.latitude, longitude: record.longitude })?.id,
    description:
      record.description && record.description.length >= 5
        ? record.description
        : 'Structure repérée dans data·inclusion ; description à écrire.',
    commune: record.commune,
    publics: publics.length > 0 ? publics : ['tout-public'],
    services: services.map((service) => service.nom),
    membre: false,
    date_maj: today,
    verifie: false,
  };
  for (const [key, value] of Object.entries(data)) setInOrder(document, root, key, value, FIELD_ORDER);
  root.flow = false;
  document.commentBefore = ` Importée de data·inclusion (${record.id}) le ${today} : partenaire (membre: false) à relire.\n Type, bassin et publics sont proposés d’après la fiche nationale : vérifiez-les avant de publier.`;
  const entry: LocalEntry = { id: '', text: document.toString({ lineWidth: 0 }), data: { ...data, verifie: false } };
  const changes = plannedChanges(entry, record);
  return { text: applyChanges(entry.text, changes, provenanceOf(record), today) };
}

/** File name (without extension) for a new entry, unique among `taken`. */
export function newEntryId(record: HubStructure, taken: ReadonlySet<string>): string {
  const base = slugify(`${record.nom} ${record.commune ?? ''}`) || 'structure';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
