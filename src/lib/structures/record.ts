import type { Structure } from '../../schemas/structure.ts';
import { STRUCTURE_TYPES } from '../../schemas/structure.ts';
import { PUBLICS } from '../../schemas/fields.ts';
import { territory } from '../../site.config.ts';
import { hasPreciseLocation } from './provenance.ts';

/** The minimum of a structure entry the serialisers need (a content entry, or a test fixture). */
export interface StructureInput {
  id: string;
  data: Structure;
}

/** One structure as the open data publishes it: flat, French field names, labels beside codes. */
export interface StructureRecord {
  id: string;
  nom: string;
  sigle: string | undefined;
  type: string;
  type_libelle: string;
  bassin: string;
  bassin_libelle: string;
  description: string;
  adresse: string | undefined;
  code_postal: string | undefined;
  commune: string;
  latitude: number;
  longitude: number;
  /** `adresse` when the point is at the address (checked or sourced), `commune` when it only stands in the town. */
  localisation: 'adresse' | 'commune';
  telephone: string | undefined;
  courriel: string | undefined;
  site_web: string | undefined;
  horaires_accueil: string | undefined;
  publics: string[];
  publics_libelles: string[];
  services: string[];
  membre: boolean;
  membre_depuis: number | undefined;
  date_maj: string;
  verifie: boolean;
  /** Absolute address of the structure's page on the site. */
  page: string;
}

/** Label of an employment area id, e.g. "Romorantin-Lanthenay". */
export function areaName(id: string): string {
  return territory.employmentAreas.find((area) => area.id === id)?.nom ?? id;
}

/** Flattens a structure entry; `pageUrl` turns its id into the absolute address of its page. */
export function toStructureRecord(entry: StructureInput, pageUrl: (id: string) => string): StructureRecord {
  const { data } = entry;
  return {
    id: entry.id,
    nom: data.nom,
    sigle: data.sigle,
    type: data.type,
    type_libelle: STRUCTURE_TYPES[data.type],
    bassin: data.bassin,
    bassin_libelle: areaName(data.bassin),
    description: data.description,
    adresse: data.adresse,
    code_postal: data.code_postal,
    commune: data.commune,
    latitude: data.latitude,
    longitude: data.longitude,
    localisation: hasPreciseLocation(data) ? 'adresse' : 'commune',
    telephone: data.telephone,
    courriel: data.courriel,
    site_web: data.site_web,
    horaires_accueil: data.horaires_accueil,
    publics: [...data.publics],
    publics_libelles: data.publics.map((code) => PUBLICS[code]),
    services: [...data.services],
    membre: data.membre,
    membre_depuis: data.membre_depuis,
    date_maj: data.date_maj.toISOString().slice(0, 10),
    verifie: data.verifie,
    page: pageUrl(entry.id),
  };
}
