/**
 * The structures and their services in the national data·inclusion schema, version 1.0.8
 * (github.com/gip-inclusion/data-inclusion-schema, vendored in `standards/data-inclusion-v1.0.8/`).
 * Only values of the national lists are emitted: a structure type the list of networks does not
 * know travels in words in the description, never as a code of our own.
 */
import { territory } from '../../site.config.ts';
import { PAST_ACTION_END } from '../../schemas/structure.ts';
import { slugify } from '../slugify.ts';
import type { StructureRecord } from './record.ts';
import { toE164 } from '../../schemas/phone.ts';
import {
  isAlsoForEmployers,
  isForEmployersOnly,
  serviceCodesOf,
  servesPublic,
  type ServiceCodes,
} from './serviceCodes.ts';

/** data·inclusion `reseaux_porteurs` codes for our structure types; the others have no national network. */
export const NETWORK_CODES: Record<string, string | undefined> = {
  'mission-locale': 'mission-locale',
  bij: 'reseau-information-jeunesse',
  'cad-cma': 'chambres-consulaires',
  'chambre-consulaire': 'chambres-consulaires',
  'france-travail': 'france-travail',
  afpa: 'afpa',
};

/** data·inclusion `publics` codes for our publics; publics it has no code for are only named in `publics_precisions`. */
export const PUBLIC_CODES: Record<string, string | undefined> = {
  'collegiens-lyceens': 'jeunes',
  etudiants: 'etudiants',
  'jeunes-16-25': 'jeunes',
  apprentis: 'jeunes',
  'demandeurs-emploi': 'demandeurs-emploi',
  salaries: 'actifs',
  parents: 'familles',
};

/** Our public for "everyone", and the national code that must then stand alone. */
const EVERYONE = { local: 'tout-public', national: 'tous-publics' } as const;

/**
 * A `nom` as the schema wants it: without a final full stop. Its length is never fixed here: the check bounds what
 * editors write (src/schemas/structure.ts), and a name still out of bounds stops the build with its file
 * (publishableForDataInclusion), rather than reaching the hub cut with « … » or padded with words nobody wrote.
 */
function schemaName(text: string): string {
  return text.trim().replace(/\.+$/, '');
}

/** Identifiers for a structure's service lines, unique even when two lines slug alike ("-2", "-3"…). */
export function serviceIds(lines: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const slug = slugify(line) || 'service';
    const count = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, count);
    return count === 1 ? slug : `${slug}-${count}`;
  });
}

/** Drops unknown values (undefined or null) and empty lists: the hub's producers leave them out. */
function compact<T extends Record<string, unknown>>(object: T): Partial<{ [K in keyof T]: NonNullable<T[K]> }> {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0),
    ),
  ) as Partial<{ [K in keyof T]: NonNullable<T[K]> }>;
}

const uniq = (values: (string | undefined)[]) => [...new Set(values.filter((value): value is string => !!value))];

/** The point, only when it is at the address: a point in the town is not a position for the hub. */
function position(record: StructureRecord) {
  return record.localisation === 'adresse'
    ? { latitude: record.latitude, longitude: record.longitude }
    : { latitude: undefined, longitude: undefined };
}

/**
 * Where the structure is and how to reach it: the same fields in its `Structure` and in each of its `Service`s. The
 * record already leaves out what nobody checked nor sourced (toStructureRecord), so the hub gets no guess as fact.
 */
function placeAndContact(record: StructureRecord) {
  return {
    commune: record.commune,
    code_postal: record.code_postal,
    adresse: record.adresse,
    ...position(record),
    telephone: toE164(record.telephone),
    courriel: record.courriel,
  };
}

/** What the description of a structure nobody checked with yet ends with: the schema has no field for it. */
export const UNCHECKED_STRUCTURE = 'Fiche pas encore vérifiée auprès de la structure.';

/** The end of a sentence: a full stop, « ! », « ? » or « … », maybe inside a closing quote (« … ici ! »). */
const SENTENCE_END = /[.!?…][\s\u00a0\u202f]*»?$/u;

/** `text` ending as a sentence: as written when it already does (« Venez ! »), otherwise with a full stop. */
function asSentence(text: string): string {
  return SENTENCE_END.test(text) ? text : `${text}.`;
}

/**
 * The structure's description, with its kind in words when no national network code says it, and, until a person
 * checked the entry with the structure (`verifie`), a last sentence that says so. Editors may end their text without
 * a full stop: one is added before what follows, so that the hub never reads « … des adultes Type de structure ».
 */
function structureDescription(record: StructureRecord): string {
  const added = [
    NETWORK_CODES[record.type]
      ? ''
      : `Type de structure dans le réseau ${territory.networkName} : ${record.type_libelle}.`,
    record.verifie ? '' : UNCHECKED_STRUCTURE,
  ].filter(Boolean);
  if (added.length === 0) return record.description;
  return [asSentence(record.description), ...added].join(' ');
}

/** A structure in the data·inclusion v1 `Structure` model. `source` names the producer (this site). */
export function toDataInclusionStructure(record: StructureRecord, source: string) {
  const network = NETWORK_CODES[record.type];
  return compact({
    source,
    id: `${source}--${record.id}`,
    // The hub matches and deduplicates structures across producers by their SIRET.
    siret: record.siret,
    nom: schemaName(record.nom),
    description: structureDescription(record),
    date_maj: record.date_maj,
    lien_source: record.page,
    ...placeAndContact(record),
    site_web: record.site_web,
    horaires_accueil: record.horaires_accueil,
    reseaux_porteurs: network ? [network] : [],
  });
}

/** National `publics` of a structure: `tous-publics` alone when it receives everyone. */
function nationalPublics(publics: readonly string[]): string[] {
  if (publics.includes(EVERYONE.local)) return [EVERYONE.national];
  return uniq(publics.map((code) => PUBLIC_CODES[code]));
}

/**
 * The publics a structure's services are published for: codes and labels of those a source confirms. A public no
 * source confirms yet (`publics_a_confirmer`) stays on the site, marked « à confirmer », but the national schema has
 * no way to say so: it is left out rather than published as fact.
 */
function confirmedPublics(record: StructureRecord) {
  return record.publics
    .map((code, index) => ({ code, label: record.publics_libelles[index]! }))
    .filter(({ code }) => !record.publics_a_confirmer.includes(code));
}

/**
 * The confirmed publics one line serves: those its row of `SERVICE_CODES` names (`publics`), or, when the row names
 * none, all but the employers unless the row adds them (`alsoEmployers`): « Information des entreprises sur
 * l’alternance » is not for young people, and « Contrat d’engagement jeune » not for employers, though their
 * structures receive both.
 */
function servicePublics(line: string, confirmed: readonly { code: string; label: string }[]) {
  const row = serviceCodesOf(line);
  const kept = confirmed.filter(({ code }) => servesPublic(row, code));
  return {
    publics: nationalPublics(kept.map(({ code }) => code)),
    // Left out rather than empty when the line serves none of the structure's confirmed publics.
    publics_precisions: kept.map(({ label }) => label).join(', ') || undefined,
  };
}

/** The publics one of a structure's lines is published for in services.json (`publics_precisions`), if any. */
export function linePublicsLabel(line: string, record: StructureRecord): string | undefined {
  return servicePublics(line, confirmedPublics(record)).publics_precisions;
}

/** The lines of `SERVICE_CODES` that services.json publishes for employers, as /donnees/ names them. */
export interface EmployerLines {
  /** Lines written for employers alone. */
  only: string[];
  /**
   * Lines that serve employers besides others, each with the publics services.json publishes it for: from each
   * structure that has the line (its own confirmed publics, for `alsoEmployers`), every distinct label once.
   */
  also: { ligne: string; publics: string[] }[];
}

/** Of `rows` (the table's rows the content uses), those published for employers, alone or with others (`records`). */
export function employerLines(rows: readonly ServiceCodes[], records: readonly StructureRecord[]): EmployerLines {
  return {
    only: rows.filter(isForEmployersOnly).map((row) => row.ligne),
    also: rows.filter(isAlsoForEmployers).map((row) => ({
      ligne: row.ligne,
      publics: [
        ...new Set(
          records.flatMap((record) =>
            record.services
              .filter((line) => serviceCodesOf(line)?.ligne === row.ligne)
              .flatMap((line) => linePublicsLabel(line, record) ?? []),
          ),
        ),
      ],
    })),
  };
}

/**
 * Whether a line of `services` is a past action: one that only the group's reports back, which the
 * line cites in brackets at its end, « (point d’étape 2013) ». The national schema has no field for an
 * offer that has ended, so such a line is not exported as a service.
 */
export function isPastAction(service: string): boolean {
  return PAST_ACTION_END.test(service.trim());
}

/**
 * Whether a structure's services go to data·inclusion: only once a person checked them with the structure
 * (`verifie`). No line of `services` has a source of its own (the only lines that cite one, the group's reports, are
 * past actions, see `isPastAction`): until then they are the usual missions of a structure of its type, which the
 * site shows as not yet confirmed. The national schema cannot say « à confirmer », so, like a public no source
 * confirms, they are left out rather than published as established offers; they stay on the site and in its files.
 */
export function publishesServices(record: Pick<StructureRecord, 'verifie'>): boolean {
  return record.verifie;
}

/**
 * A service's description: the line as the editor wrote it, who offers it (a label, so that no article or agreement
 * is guessed), the structure. A line or a name that already ends a sentence (« Venez ! ») gets no full stop after it.
 */
function serviceDescription(line: string, record: StructureRecord): string {
  return `${asSentence(line)} Structure qui propose ce service : ${asSentence(record.nom)} ${record.description}`;
}

/** The line's `thematiques`, `type`, `frais` and `modes_accueil` from the table `SERVICE_CODES` (none if it has no row). */
function nationalCodes(line: string) {
  const codes = serviceCodesOf(line);
  return {
    thematiques: codes ? [...codes.thematiques] : [],
    type: codes?.type,
    frais: codes?.frais,
    modes_accueil: codes?.modes_accueil ? [...codes.modes_accueil] : [],
  };
}

/**
 * Each current line of a checked structure's `services` as a data·inclusion v1 `Service` (past actions stay on
 * the page only, see `isPastAction`; an unchecked structure's lines too, see `publishesServices`). The schema requires a description: nobody wrote one per service,
 * so it names the structure and repeats the structure's own. `lien_source` is the services section of
 * the structure's page. Its national codes come from the table `SERVICE_CODES` (`serviceCodes.ts`).
 */
export function toDataInclusionServices(record: StructureRecord, source: string) {
  if (!publishesServices(record)) return [];
  const ids = serviceIds(record.services);
  const confirmed = confirmedPublics(record);
  return record.services.flatMap((service, index) => {
    if (isPastAction(service)) return [];
    const line = service.replace(/\.$/, '');
    return [
      compact({
        source,
        id: `${source}--${record.id}--${ids[index]!}`,
        structure_id: `${source}--${record.id}`,
        nom: schemaName(line),
        description: serviceDescription(service, record),
        date_maj: record.date_maj,
        lien_source: `${record.page}#services`,
        ...servicePublics(line, confirmed),
        ...placeAndContact(record),
        horaires_accueil: record.horaires_accueil,
        ...nationalCodes(line),
      }),
    ];
  });
}
