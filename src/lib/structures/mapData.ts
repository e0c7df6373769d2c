/**
 * The structures as the map and the filtered lists need them, in one static file per build
 * (`/carte/structures.json`, and `/embed/structures.js` for the framed map): pages no longer
 * inline every structure, they load this file on use. Pure: the browser runs the readers.
 */
import type { Structure } from '../../schemas/structure.ts';
import { joinFrench } from '../french.ts';
import { labelInSentence, UNCONFIRMED_MARK } from './unconfirmedMark.ts';
import { canBeReached, hasConfirmedContacts, hasPreciseLocation } from './provenance.ts';
import { knownCommune, UNPLACED_ON_MAP } from './postalPlace.ts';

/** One structure on the map and in the filtered list. */
export interface MapStructure {
  id: string;
  nom: string;
  /** As on the structure's page, written only when it has one: lists name the structure with it (nameWithSigle). */
  sigle?: string;
  /** The town as lists and markers write it: « lieu à confirmer, pas sur la carte » when no source gives it. */
  commune: string;
  type: string;
  bassin: string;
  publics: string[];
  /**
   * Where its marker stands. Absent when `unplaced`: the file gives no point a reader could take for the structure's
   * place, as the open data give none (record.ts).
   */
  lat?: number;
  lng?: number;
  /** Checked by a person or with a sourced contact (otherwise the list says « Coordonnées à confirmer »). */
  confirmed: boolean;
  /** The point only stands in the town (its popup says so). */
  approximate: boolean;
  /** No source gives the town: no point (`lat`, `lng`), and no marker on the map. Written only when true. */
  unplaced?: true;
  /**
   * The site gives a confirmed phone, e-mail or web site (otherwise the list links its network's national site).
   * Written only when true: most structures have none yet, and the file need not grow with them.
   */
  reachable?: true;
  /** A partner of the network rather than a member (as the structure's page says); written only when true. */
  partenaire?: true;
  /**
   * The publics no source confirms yet (`publics_a_confirmer`) as the summary ends with them, « peut-être aussi pour
   * les apprentis (à confirmer) »: worded on the server, so that the map's script stays within its budget. Written only when some.
   */
  publicsAConfirmer?: string;
  /** Page of the structure, with the site's base. */
  href: string;
}

/** A link to the national site of a structure's network: its address, its text, the domain a reader recognises. */
export interface NetworkSiteLink {
  href: string;
  texte: string;
  domaine: string;
}

/** The whole file: type labels and network sites once (by type), then the structures by area, then by name. */
export interface MapData {
  types: Record<string, string>;
  networks: Record<string, NetworkSiteLink>;
  structures: MapStructure[];
}

/** The words before a network's national site, wherever a structure is shown (page, result card, list). */
export const NETWORK_SITE_LEAD = 'Pour trouver ses coordonnées à jour :';

/**
 * Where to look for a structure's up-to-date contacts while the site gives no confirmed way to reach it: the
 * national site of its type's network, or undefined when it can be reached or its type has none.
 */
export function networkSiteOf(
  structure: { type: string; reachable?: boolean | undefined },
  networks: MapData['networks'],
): NetworkSiteLink | undefined {
  return structure.reachable ? undefined : networks[structure.type];
}

/** The same, from a structure's own fields (its page, a result card, a one-line list) rather than a map record. */
export function networkSiteOfStructure(
  data: Parameters<typeof canBeReached>[0] & Pick<Structure, 'type'>,
  networks: MapData['networks'],
): NetworkSiteLink | undefined {
  return networkSiteOf({ type: data.type, reachable: canBeReached(data) }, networks);
}

/** Name of the global the embed's data script sets (the framed page cannot fetch: see embedMap.ts). */
export const EMBED_DATA_GLOBAL = 'aioaStructures';

/** What a list item and a marker say of a structure: its type, its town, and whether it is a member or a partner. */
export function structureSummary(
  structure: Pick<MapStructure, 'type' | 'commune' | 'partenaire' | 'publicsAConfirmer'>,
  types: MapData['types'],
): string {
  const summary = `${types[structure.type] ?? structure.type} · ${structure.commune} · ${structure.partenaire ? 'partenaire' : 'membre'} du réseau`;
  return structure.publicsAConfirmer ? `${summary} · ${structure.publicsAConfirmer}` : summary;
}

/**
 * « peut-être aussi pour les étudiants et les apprentis (à confirmer) »: the publics a structure is listed for that no
 * source confirms yet, as lists and popups say them. « public à confirmer : étudiants » read to some as « this place is
 * for students »: the words say it may be, not that it is. `labels` are the publics' labels (`PUBLICS`, plural nouns
 * but « Tout public »), as they start a line.
 */
export function unconfirmedPublicsLine(labels: readonly string[]): string {
  const publics = labels.map((label) => `${/^tout/i.test(label) ? '' : 'les '}${labelInSentence(label)}`);
  return `peut-être aussi pour ${joinFrench(publics)} (${UNCONFIRMED_MARK})`;
}

/**
 * A structure as the map's data file holds it: what the server renders in a list item or an address
 * and what the browser renders from the file go through this one record.
 */
export function toMapStructure(
  id: string,
  data: Pick<
    Structure,
    | 'nom'
    | 'sigle'
    | 'commune'
    | 'commune_inconnue'
    | 'type'
    | 'bassin'
    | 'publics'
    | 'latitude'
    | 'longitude'
    | 'verifie'
    | 'sources'
    | 'telephone'
    | 'courriel'
    | 'site_web'
    | 'membre'
    | 'publics_a_confirmer'
  >,
  href: string,
  /** Labels of the publics (`PUBLICS`), passed in: this module also runs in the browser, which needs no schema. */
  publicLabels: Readonly<Record<string, string>>,
): MapStructure {
  return {
    id,
    nom: data.nom,
    ...(data.sigle ? { sigle: data.sigle } : {}),
    commune: knownCommune(data) ?? UNPLACED_ON_MAP,
    type: data.type,
    bassin: data.bassin,
    publics: [...data.publics],
    // The entry's point only stands in a town no source gives: written nowhere, lest it place the structure there.
    ...(data.commune_inconnue ? { unplaced: true as const } : { lat: data.latitude, lng: data.longitude }),
    confirmed: hasConfirmedContacts(data),
    approximate: !hasPreciseLocation(data),
    ...(canBeReached(data) ? { reachable: true as const } : {}),
    ...(data.membre ? {} : { partenaire: true as const }),
    ...(data.publics_a_confirmer.length > 0
      ? {
          publicsAConfirmer: unconfirmedPublicsLine(data.publics_a_confirmer.map((code) => publicLabels[code] ?? code)),
        }
      : {}),
    href,
  };
}

/** Reads a downloaded map data file; throws in French when it is not one. */
export function readMapData(value: unknown): MapData {
  const data = value as Partial<MapData> | null;
  if (!data || typeof data !== 'object' || !Array.isArray(data.structures) || typeof data.types !== 'object') {
    throw new Error('Le fichier des structures de la carte est illisible.');
  }
  return data as MapData;
}
