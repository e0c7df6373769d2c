import type {
  BreadcrumbList,
  DayOfWeek,
  OpeningHoursSpecification,
  Organization,
  Place,
  PostalAddress,
  Report,
  Thing,
} from 'schema-dts';
import type { Structure, StructureType } from '../schemas/structure.ts';
import { weeklyOpenings } from './structures/openingHours.ts';
import { confirmedContacts, hasPreciseLocation } from './structures/provenance.ts';
import { ofPlace } from './french.ts';
import { areaName } from './structures/record.ts';
import { territory } from '../site.config.ts';

/**
 * schema.org type of each kind of structure: public services that receive people at a desk are offices,
 * training bodies are educational organisations, public bodies without a desk are government organisations.
 */
const TYPE_OF_STRUCTURE: Record<
  StructureType,
  'GovernmentOffice' | 'GovernmentOrganization' | 'EducationalOrganization' | 'Organization'
> = {
  'mission-locale': 'Organization',
  cio: 'GovernmentOffice',
  bij: 'Organization',
  'cad-cma': 'Organization',
  cfa: 'EducationalOrganization',
  mgi: 'GovernmentOffice',
  'france-travail': 'GovernmentOffice',
  afpa: 'EducationalOrganization',
  'chambre-consulaire': 'GovernmentOrganization',
  gip: 'GovernmentOrganization',
  autre: 'Organization',
};

const DAYS: DayOfWeek[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The département, as every structure and the network serve it. */
const departement = (): Place => ({ '@type': 'AdministrativeArea', name: territory.departement.nom });

/** The network as an organisation: on the home page, and as what each member structure belongs to. */
export function networkOrganization(options: { url: string; description?: string }): Organization {
  return {
    '@type': 'Organization',
    name: territory.networkName,
    alternateName: territory.networkLongName,
    url: options.url,
    ...(options.description ? { description: options.description } : {}),
    areaServed: departement(),
  };
}

/**
 * `openingHoursSpecification` from an OpenStreetMap value: one specification per opening time, with every day
 * it applies to. Nothing when the value does not repeat each week or has an uncertain part.
 */
export function openingHoursSpecification(value: string): OpeningHoursSpecification[] | undefined {
  const openings = weeklyOpenings(value);
  if (!openings || openings.length === 0) return undefined;
  const byTime = new Map<string, OpeningHoursSpecification & { dayOfWeek: DayOfWeek[] }>();
  for (const { day, opens, closes } of openings) {
    const key = `${opens}-${closes}`;
    const spec = byTime.get(key) ?? { '@type': 'OpeningHoursSpecification', dayOfWeek: [], opens, closes };
    spec.dayOfWeek.push(DAYS[day]!);
    byTime.set(key, spec);
  }
  return [...byTime.values()];
}

/** What a structure page says about its structure. */
export interface StructureFacts {
  data: Structure;
  /** Canonical address of its page. */
  url: string;
  /** Home page of the network, for `memberOf`. */
  networkUrl: string;
}

/**
 * A structure as search engines read it. Name, kind and area served always, and its postal code and town as its page
 * gives them; each contact (street, position, phone, e-mail, web site, hours) only when a person verified the entry
 * or the value carries a source, as on its page and in the open data.
 */
export function structureThing({ data, url, networkUrl }: StructureFacts): Organization {
  const { adresse, telephone, courriel, site_web, horaires_accueil } = confirmedContacts(data);
  // The postal code goes with the town, which is always published: it places the structure in a town, not at a door.
  // A town nobody knows yet (commune_inconnue) is a stand-in: neither it nor its employment area is published.
  const address: PostalAddress | undefined =
    !data.commune_inconnue && (adresse || data.code_postal)
      ? {
          '@type': 'PostalAddress',
          ...(adresse ? { streetAddress: adresse } : {}),
          ...(data.code_postal ? { postalCode: data.code_postal } : {}),
          addressLocality: data.commune,
          addressCountry: 'FR',
        }
      : undefined;
  // An unconfirmed point only stands somewhere in the town: it is not the structure's position.
  const geo = hasPreciseLocation(data)
    ? { '@type': 'GeoCoordinates' as const, latitude: data.latitude, longitude: data.longitude }
    : undefined;
  const hours = horaires_accueil ? openingHoursSpecification(horaires_accueil) : undefined;
  return {
    '@type': TYPE_OF_STRUCTURE[data.type],
    name: data.nom,
    ...(data.sigle ? { alternateName: data.sigle } : {}),
    description: data.description,
    url,
    areaServed: data.commune_inconnue
      ? departement()
      : {
          '@type': 'Place',
          name: `Bassin d’emploi ${ofPlace(areaName(data.bassin))}`,
          containedInPlace: departement(),
        },
    ...(data.membre ? { memberOf: networkOrganization({ url: networkUrl }) } : {}),
    ...(site_web ? { sameAs: site_web } : {}),
    ...(telephone ? { telephone } : {}),
    ...(courriel ? { email: courriel } : {}),
    ...(address ? { address } : {}),
    ...(geo || hours
      ? {
          location: {
            '@type': 'Place',
            ...(address ? { address } : {}),
            ...(geo ? { geo } : {}),
            ...(hours ? { openingHoursSpecification: hours } : {}),
          },
        }
      : {}),
  };
}

/**
 * A progress report of the group, with its dates and authors. `published` is its first publication (schema.org's
 * `datePublished`); when that was elsewhere (`publishedOn`, « le site régional Etoile »), a `publication` says where,
 * as the page does, rather than let the date pass for this site's.
 */
export function reportThing(report: {
  title: string;
  summary: string;
  url: string;
  published: Date;
  publishedOn?: string | undefined;
  authors: readonly string[];
  networkUrl: string;
}): Report {
  const day = report.published.toISOString().slice(0, 10);
  return {
    '@type': 'Report',
    headline: report.title,
    name: report.title,
    description: report.summary,
    url: report.url,
    inLanguage: 'fr',
    datePublished: day,
    ...(report.publishedOn
      ? {
          publication: {
            '@type': 'PublicationEvent',
            name: `Première publication sur ${report.publishedOn}`,
            startDate: day,
          },
        }
      : {}),
    // Authors are groups and bodies named by the report, not people the site could describe.
    author: report.authors.map((name) => ({ '@type': 'Organization', name })),
    publisher: networkOrganization({ url: report.networkUrl }),
  };
}

/** The trail of a page: each ancestor with its address, then the page itself. */
export function breadcrumbList(items: readonly { name: string; url: string }[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/**
 * The text of a `<script type="application/ld+json">`: one object, or a graph of several. `<` is escaped so
 * that no value can close the script element.
 */
export function jsonLdText(things: readonly Thing[]): string {
  const document =
    things.length === 1
      ? { '@context': 'https://schema.org', ...(things[0] as object) }
      : { '@context': 'https://schema.org', '@graph': things };
  return JSON.stringify(document).replaceAll('<', '\\u003c');
}
