/**
 * The structures and their services in the national data·inclusion schema, version 1
 * (github.com/gip-inclusion/data-inclusion-schema, `v1/structures.py` and `v1/services.py`).
 * Field names and codes are the schema's; where it has no code for a kind of structure,
 * a local code is used and listed in LOCAL_NETWORK_CODES (documented on /donnees/).
 */
import type { StructureRecord } from './record.ts';

/** data·inclusion `reseaux_porteurs` codes for our structure types. */
export const NETWORK_CODES: Record<string, string | undefined> = {
  'mission-locale': 'mission-locale',
  bij: 'reseau-information-jeunesse',
  'cad-cma': 'chambres-consulaires',
  'chambre-consulaire': 'chambres-consulaires',
  'france-travail': 'france-travail',
  afpa: 'afpa',
};

/** Local codes, for the types the national list of networks does not have. `autre` gets none. */
export const LOCAL_NETWORK_CODES: Record<string, string | undefined> = {
  cio: 'cio',
  cfa: 'cfa',
  mgi: 'mgi',
  gip: 'gip',
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

/** `+33254000000` from `02 54 00 00 00`: the schema prefers E.164. */
export function toE164(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/\s/g, '');
  return digits.startsWith('+') ? digits : `+33${digits.slice(1)}`;
}

/** A code made of plain lowercase words, for service identifiers. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Drops undefined fields and empty lists, which the schema wants absent rather than null. */
function compact<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as Partial<T>;
}

const uniq = (values: (string | undefined)[]) => [...new Set(values.filter((value): value is string => !!value))];

/** A structure in the data·inclusion v1 `Structure` model. `source` names the producer (this site). */
export function toDataInclusionStructure(record: StructureRecord, source: string) {
  const network = NETWORK_CODES[record.type] ?? LOCAL_NETWORK_CODES[record.type];
  return compact({
    source,
    id: `${source}--${record.id}`,
    nom: record.nom,
    description: record.description,
    date_maj: record.date_maj,
    commune: record.commune,
    code_postal: record.code_postal,
    adresse: record.adresse,
    longitude: record.longitude,
    latitude: record.latitude,
    telephone: toE164(record.telephone),
    courriel: record.courriel,
    site_web: record.site_web,
    horaires_accueil: record.horaires_accueil,
    reseaux_porteurs: network ? [network] : [],
  });
}

/**
 * Each line of a structure's `services` as a data·inclusion v1 `Service`. The schema
 * requires a description of 50 characters or more: the structure's own description
 * stands in, since nobody wrote one per service.
 */
export function toDataInclusionServices(record: StructureRecord, source: string) {
  const publics = uniq(record.publics.map((code) => PUBLIC_CODES[code]));
  return record.services.map((service) =>
    compact({
      source,
      id: `${source}--${record.id}--${slugify(service)}`,
      structure_id: `${source}--${record.id}`,
      nom: service.replace(/\.$/, ''),
      description: `${service.replace(/\.$/, '')}, proposé par ${record.nom}. ${record.description}`,
      date_maj: record.date_maj,
      publics: record.publics.includes('tout-public') ? [] : publics,
      publics_precisions: record.publics_libelles.join(', '),
      commune: record.commune,
      code_postal: record.code_postal,
      adresse: record.adresse,
      longitude: record.longitude,
      latitude: record.latitude,
      telephone: toE164(record.telephone),
      courriel: record.courriel,
      horaires_accueil: record.horaires_accueil,
    }),
  );
}
