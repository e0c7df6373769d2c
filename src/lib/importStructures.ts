/**
 * Turns a spreadsheet of structures (CSV exported by Excel or LibreOffice: `;` or `,`, UTF-8
 * with or without BOM) into structure entries, validated row by row with the site's schema.
 * A partner's list rarely has our own fields: the employment area is read from the town or the point,
 * and what nobody can guess (type, description, publics…) is written « À compléter » for an editor,
 * which `npm run check:content` lists. Columns are matched by header name; the file writing is left to
 * `scripts/import-structures.ts`.
 */
import { parse } from 'csv-parse/sync';
import { structureSchema } from '../schemas/structure.ts';
import { territory } from '../site.config.ts';
import { describeSchema, type FieldDoc } from './describeFields.ts';
import { employmentAreaOf, type AreaOfPlace } from './employmentAreaOf.ts';
import { slugify } from './slugify.ts';
import { fieldPath } from './contentProblem.ts';
import { PLACEHOLDER, PLACEHOLDER_ID, suggestId } from './entryIds.ts';

/** Usual column titles of partners' spreadsheets, normalised (see `headerKey`), for each field. */
const ALIASES: Record<string, string[]> = {
  nom: ['nom_de_la_structure', 'nom_structure', 'structure', 'raison_sociale', 'denomination'],
  type: ['type_de_structure', 'type_structure', 'categorie'],
  bassin: ['bassin_d_emploi', 'bassin_emploi', 'zone'],
  adresse: ['adresse_postale', 'rue', 'voie'],
  code_postal: ['cp', 'code_postale'],
  commune: ['ville', 'localite'],
  latitude: ['lat'],
  longitude: ['lon', 'lng', 'long'],
  telephone: ['tel', 'numero_de_telephone', 'telephone_accueil', 'phone'],
  courriel: ['email', 'e_mail', 'mail', 'adresse_electronique', 'adresse_mail'],
  site_web: ['site', 'site_internet', 'url', 'web'],
  horaires_accueil: ['horaires', 'horaires_d_accueil', 'heures_d_ouverture'],
  membre_depuis: ['annee_d_adhesion', 'adhesion', 'membre_depuis_annee'],
  date_maj: ['date_de_mise_a_jour', 'date_mise_a_jour', 'mise_a_jour', 'maj'],
  verifie: ['verifiee', 'coordonnees_verifiees'],
};

/** "Code postal", "CODE_POSTAL", "Code Postal " → "code_postal". */
export function headerKey(header: string): string {
  return slugify(header).replaceAll('-', '_');
}

/** One row of the spreadsheet, turned into an entry or rejected. */
export interface ImportedRow {
  /** Line of the CSV file where the row starts (the header is line 1). */
  line: number;
  /** File name (without .yaml) the row becomes. */
  id: string;
  /** The entry's fields as they will be written. */
  data: Record<string, unknown>;
  /** What is wrong with the row, `field: message`; empty when the row is valid. */
  problems: string[];
  /** Required fields the sheet left empty, written « À compléter » (or `a-completer` for a choice). */
  toComplete: string[];
  /** Set when the sheet had no area and the import read it from the town or the nearest centre. */
  areaFrom?: AreaOfPlace['from'];
}

export interface ImportResult {
  rows: ImportedRow[];
  /** Columns that match no field: ignored, and said so. */
  ignoredColumns: string[];
  /** A problem with the whole file (no header, no name column…). */
  fileProblem?: string;
}

/** The separator of a CSV file: the one of `;` and `,` that its header line uses most. */
export function detectSeparator(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => header.split(char).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

const TRUE = new Set(['oui', 'o', 'vrai', 'true', 'yes', 'x', '1']);
const FALSE = new Set(['non', 'n', 'faux', 'false', 'no', '0']);

/** A cell as the schema expects it for `field`; unreadable values are kept so that the schema explains them. */
function cellValue(cell: string, field: FieldDoc): unknown {
  switch (field.kind) {
    case 'number':
    case 'integer': {
      const number = Number(cell.replace(',', '.').replace(/\s/g, ''));
      return Number.isNaN(number) ? cell : number;
    }
    case 'boolean': {
      const word = cell.toLowerCase();
      return TRUE.has(word) ? true : FALSE.has(word) ? false : cell;
    }
    case 'date': {
      const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
      return french ? `${french[3]!}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}` : cell;
    }
    case 'choice':
      return field.values?.includes(suggestId(cell)) ? suggestId(cell) : cell;
    case 'list':
      return cell
        .split(/[|;,\n]/)
        .map((item) => item.trim())
        .filter(Boolean)
        .map((item) => (field.item ? cellValue(item, field.item) : item));
    default:
      return cell;
  }
}

/** A row's area from its town or its point; nothing when neither says (a bad latitude is refused later). */
function areaOfRow(data: Record<string, unknown>): AreaOfPlace | undefined {
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
  const commune = typeof data['commune'] === 'string' ? data['commune'] : undefined;
  const [latitude, longitude] = [number(data['latitude']), number(data['longitude'])];
  return employmentAreaOf(
    latitude !== undefined && longitude !== undefined ? { commune, latitude, longitude } : { commune },
  );
}

/**
 * A postcode of another département: its point may still fall inside the territory's bounding box (Tours and
 * Orléans do), so the postcode is what tells that the row is not the territory's.
 */
function outsideDepartement(postcode: unknown): string | undefined {
  const { code, article } = territory.departement;
  if (typeof postcode !== 'string' || !/^\d{5}$/.test(postcode) || postcode.startsWith(code)) return undefined;
  return `code_postal: ${postcode} n’est pas un code postal ${article} (${code}…) → n’importez que les structures ${article}, ou corrigez le code postal.`;
}

/** What a required field the sheet left empty is written as: text to replace, or `a-completer` for a choice. */
function placeholderFor(field: FieldDoc): unknown {
  if (field.kind === 'choice') return PLACEHOLDER_ID;
  if (field.kind === 'list') return [field.item?.kind === 'choice' ? PLACEHOLDER_ID : PLACEHOLDER];
  return PLACEHOLDER;
}

/**
 * Reads a CSV text and validates each row as a structure. `today` (AAAA-MM-JJ) fills `date_maj`
 * when the sheet has none; `verifie` defaults to false: nobody has checked imported contacts yet.
 * A row is refused (`problems`) only for a value that is wrong, such as a latitude that is not a number
 * or a point outside the territory; missing ones are left to complete (`toComplete`).
 */
export function importStructures(csv: string, today: string): ImportResult {
  // csv-parse miscounts lines when a quoted cell holds a Windows line break: read Unix ones only.
  const text = csv.replace(/\r\n?/g, '\n');
  const records = parse(text, {
    bom: true,
    delimiter: detectSeparator(text.replace(/^\uFEFF/, '')),
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [header, ...rows] = records;
  const fields = describeSchema(structureSchema)[0]?.fields ?? [];
  const byKey = new Map<string, FieldDoc>();
  for (const field of fields) {
    byKey.set(field.name, field);
    for (const alias of ALIASES[field.name] ?? []) byKey.set(alias, field);
  }
  const columns = (header?.record ?? []).map((title) => byKey.get(headerKey(title)));
  const ignoredColumns = (header?.record ?? []).filter((_title, index) => !columns[index]);
  if (!columns.some((field) => field?.name === 'nom')) {
    return {
      rows: [],
      ignoredColumns,
      fileProblem:
        'aucune colonne « nom » → la première ligne du tableau doit porter les titres des colonnes, dont « nom ».',
    };
  }

  const seen = new Map<string, number>();
  const imported = rows.map(({ record, info }): ImportedRow => {
    const line = info.lines - record.join('').split('\n').length + 1;
    const data: Record<string, unknown> = {};
    for (const field of fields) {
      const index = columns.findIndex((column) => column === field);
      const cell = index >= 0 ? record[index]?.trim() : undefined;
      if (cell) data[field.name] = cellValue(cell, field);
    }
    data['date_maj'] ??= today;
    data['verifie'] ??= false;
    // A partner's list says who it knows, not who the group counts: a member only when a person writes true.
    data['membre'] ??= false;
    const area = data['bassin'] === undefined ? areaOfRow(data) : undefined;
    if (area) data['bassin'] = area.id;
    const missing = fields.filter((field) => field.required && field.name !== 'nom' && data[field.name] === undefined);
    for (const field of missing) data[field.name] = placeholderFor(field);
    const toComplete = missing.map((field) => field.name);
    const name = data['nom'];
    const id = suggestId(typeof name === 'string' ? name : `ligne-${line}`);
    const result = structureSchema.safeParse(data);
    // A placeholder is no value yet: the schema's complaint about it is the editor's to-do, not a refusal.
    const problems = result.success
      ? []
      : result.error.issues
          .filter((issue) => !toComplete.includes(String(issue.path[0])))
          .map((issue) => `${fieldPath(issue.path) || '(ligne)'}: ${issue.message}`);
    const outside = outsideDepartement(data['code_postal']);
    if (outside) problems.push(outside);
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push(
        `nom: même nom de fichier (${id}.yaml) qu’à la ligne ${first} → distinguez les deux noms, par exemple avec la commune.`,
      );
    } else {
      seen.set(id, line);
    }
    // In the schema's order, as every other structure file: the derived area and placeholders go to their place.
    const ordered = Object.fromEntries(fields.filter((field) => field.name in data).map((f) => [f.name, data[f.name]]));
    return { line, id, data: ordered, problems, toComplete, ...(area ? { areaFrom: area.from } : {}) };
  });
  return { rows: imported, ignoredColumns };
}
