import type { Structure } from '../../schemas/structure.ts';
import { SOURCED_FIELDS, STRUCTURE_TYPES } from '../../schemas/structure.ts';
import { PUBLICS } from '../../schemas/fields.ts';
import { territory } from '../../site.config.ts';
import { confirmedContacts, hasPreciseLocation } from './provenance.ts';
import { knownCommune } from './postalPlace.ts';

/** The minimum of a structure entry the serialisers need (a content entry, or a test fixture). */
export interface StructureInput {
  id: string;
  data: Structure;
}

/**
 * One structure as the open data publishes it: flat, French field names, labels beside codes. A value
 * nobody wrote is `null`, not absent, so that every record of every file has every field (the CSV
 * writes it as an empty cell); so is an address, phone, e-mail, web site or opening hours that nobody
 * checked (`verifie`) nor sourced (`sources`), see confirmedContacts().
 */
export interface StructureRecord {
  id: string;
  nom: string;
  sigle: string | null;
  type: string;
  type_libelle: string;
  bassin: string;
  bassin_libelle: string;
  description: string;
  /** What the structure did with the network, from the group's reports. */
  dans_le_reseau: string | null;
  adresse: string | null;
  code_postal: string | null;
  /** Null when no source gives the town (`commune_inconnue`): the stand-in town is not published as fact. */
  commune: string | null;
  /** Null when no source gives the town (`localisation` « inconnue »): the stand-in point is not published either. */
  latitude: number | null;
  longitude: number | null;
  /**
   * `adresse` when the point is at the address (checked or sourced), `commune` when it only stands in the town,
   * `inconnue` when no source gives the town and the point is a stand-in.
   */
  localisation: 'adresse' | 'commune' | 'inconnue';
  telephone: string | null;
  courriel: string | null;
  site_web: string | null;
  horaires_accueil: string | null;
  publics: string[];
  publics_libelles: string[];
  /** Codes of `publics` that no source confirms yet: listed, but to confirm with the structure. */
  publics_a_confirmer: string[];
  services: string[];
  membre: boolean;
  membre_depuis: number | null;
  date_maj: string;
  verifie: boolean;
  /** Absolute address of the structure's page on the site. */
  page: string;
  /** SIRET of the establishment (14 digits), by which data·inclusion matches structures across producers. */
  siret: string | null;
  /**
   * Where the published contact values come from, as the structure's page says: one « champ : source, date » per
   * sourced value this record publishes (`coordonnees` for the point), e.g. « telephone : data·inclusion (dora),
   * 2026-05-12 ». Empty when none has a source.
   */
  sources: string[];
}

/** Label of an employment area id, e.g. "Romorantin-Lanthenay". */
export function areaName(id: string): string {
  return territory.employmentAreas.find((area) => area.id === id)?.nom ?? id;
}

/**
 * « champ : source, date[, lien] » for each sourced value the record publishes, in the order of `SOURCED_FIELDS`: a
 * source kept for a value that is not published (none written, or held back) would date nothing a reuser can see.
 */
function publishedSources(data: Structure, published: Omit<StructureRecord, 'sources'>): string[] {
  return SOURCED_FIELDS.flatMap((field) => {
    const origin = data.sources?.[field];
    // A source of the point says it stands at the address (a file whose town is unknown can have none).
    const value = field === 'coordonnees' ? published.localisation === 'adresse' : published[field] !== null;
    if (!origin || !value) return [];
    const date = origin.date.toISOString().slice(0, 10);
    return [`${field} : ${origin.source}, ${date}${origin.lien ? `, ${origin.lien}` : ''}`];
  });
}

/** Flattens a structure entry; `pageUrl` turns its id into the absolute address of its page. */
export function toStructureRecord(entry: StructureInput, pageUrl: (id: string) => string): StructureRecord {
  const { data } = entry;
  // Only what a person checked or a named source gives: the downloads and data·inclusion publish these as facts.
  const contacts = confirmedContacts(data);
  const published: Omit<StructureRecord, 'sources'> = {
    id: entry.id,
    nom: data.nom,
    sigle: data.sigle ?? null,
    type: data.type,
    type_libelle: STRUCTURE_TYPES[data.type],
    bassin: data.bassin,
    bassin_libelle: areaName(data.bassin),
    description: data.description,
    dans_le_reseau: data.dans_le_reseau ?? null,
    adresse: contacts.adresse ?? null,
    code_postal: data.code_postal ?? null,
    commune: knownCommune(data) ?? null,
    latitude: data.commune_inconnue ? null : data.latitude,
    longitude: data.commune_inconnue ? null : data.longitude,
    localisation: data.commune_inconnue ? 'inconnue' : hasPreciseLocation(data) ? 'adresse' : 'commune',
    telephone: contacts.telephone ?? null,
    courriel: contacts.courriel ?? null,
    site_web: contacts.site_web ?? null,
    horaires_accueil: contacts.horaires_accueil ?? null,
    publics: [...data.publics],
    publics_libelles: data.publics.map((code) => PUBLICS[code]),
    publics_a_confirmer: [...data.publics_a_confirmer],
    services: [...data.services],
    membre: data.membre,
    membre_depuis: data.membre_depuis ?? null,
    date_maj: data.date_maj.toISOString().slice(0, 10),
    verifie: data.verifie,
    page: pageUrl(entry.id),
    siret: data.siret ?? null,
  };
  return { ...published, sources: publishedSources(data, published) };
}
