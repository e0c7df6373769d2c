/**
 * Whether a structure's contact details can be published as facts: a person checked the entry
 * (`verifie: true`), or the value carries a source (`sources.<field>`, written by the data·inclusion import).
 */
import type { SourcedField, Structure } from '../../schemas/structure.ts';

type Provenance = Pick<Structure, 'verifie' | 'sources'>;

/** True when `field` was checked by a person or comes from a named source with a date. */
export function isContactConfirmed(data: Provenance, field: SourcedField): boolean {
  return data.verifie || data.sources?.[field] !== undefined;
}

/** True when the point is at the address; false when it only stands somewhere in the town. */
export function hasPreciseLocation(data: Provenance): boolean {
  return isContactConfirmed(data, 'coordonnees');
}

/** True when a person checked the entry or at least one contact value has a source. */
export function hasConfirmedContacts(data: Provenance): boolean {
  return data.verifie || Object.values(data.sources ?? {}).some((value) => value !== undefined);
}

/** The contact values a page or a download publishes, each only when given and confirmed. */
type Contacts = Provenance &
  Partial<Pick<Structure, 'adresse' | 'telephone' | 'courriel' | 'site_web' | 'horaires_accueil'>>;

/** The contact fields confirmedContacts() keeps only when confirmed. */
const CONFIRMED_FIELDS = ['adresse', 'telephone', 'courriel', 'site_web', 'horaires_accueil'] as const;
type ConfirmedField = (typeof CONFIRMED_FIELDS)[number];

/** The contact fields written in the file that nothing publishes: neither checked by a person nor sourced. */
export function unpublishedContacts(data: Contacts): ConfirmedField[] {
  return CONFIRMED_FIELDS.filter((field) => data[field] !== undefined && !isContactConfirmed(data, field));
}

/**
 * The address, phone, e-mail, web site and opening hours that can be published as facts, on the pages and in the
 * open data: given, and checked by a person or sourced; the others are left out (« Nothing unverified is published
 * as fact », SITE.md).
 */
export function confirmedContacts(data: Contacts): Pick<Contacts, ConfirmedField> {
  const kept = (field: ConfirmedField) => (isContactConfirmed(data, field) ? data[field] : undefined);
  return {
    adresse: kept('adresse'),
    telephone: kept('telephone'),
    courriel: kept('courriel'),
    site_web: kept('site_web'),
    horaires_accueil: kept('horaires_accueil'),
  };
}

/** True when the site gives a confirmed way to reach the structure from afar: a phone, an e-mail or a web site. */
export function canBeReached(data: Contacts): boolean {
  const { telephone, courriel, site_web } = confirmedContacts(data);
  return Boolean(telephone || courriel || site_web);
}

/** The sources of a structure's contact details, one per distinct source and date, newest first. */
export function contactSources(data: Provenance) {
  const byKey = new Map<string, { source: string; lien: string | undefined; date: Date; fields: SourcedField[] }>();
  for (const [field, value] of Object.entries(data.sources ?? {}) as [
    SourcedField,
    NonNullable<Provenance['sources']>[SourcedField],
  ][]) {
    if (!value) continue;
    const key = `${value.source}|${value.lien ?? ''}|${value.date.toISOString()}`;
    const entry = byKey.get(key) ?? { source: value.source, lien: value.lien, date: value.date, fields: [] };
    entry.fields.push(field);
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.date.getTime() - a.date.getTime());
}
