import type { ConformityStatus } from './lib/rgaaConformity.ts';
import { ofPlace } from './lib/french.ts';
import { sectionNames } from './lib/sectionNames.ts';
import type { ShareSection } from './lib/shareImages.ts';

/** One link of a navigation menu; `href` is a site path, without the base. */
export interface NavigationLink {
  href: string;
  label: string;
}

/**
 * The main menu, in the header of every page. Each section adds its entry here, with its plain name
 * (src/lib/sectionNames.ts). Breadcrumbs, the site map and the search name a section by this label.
 */
export const mainNavigation: NavigationLink[] = [
  { href: '/structures/', label: sectionNames.structures },
  { href: '/carte/', label: sectionNames.map },
  { href: '/diagnostic/', label: sectionNames.diagnostic },
  { href: '/points-etape/', label: sectionNames.reports },
  { href: '/sitotheque/', label: sectionNames.sites },
  { href: '/stages/', label: sectionNames.internships },
  { href: '/outils/', label: sectionNames.tools },
];

/** The themes' index, outside the menu: the search's directories, the site map and a theme's breadcrumb. */
export const themesLink: NavigationLink = { href: '/thematiques/', label: sectionNames.themes };

/** The main menu's entry of a section (`href` as in `mainNavigation`): what a breadcrumb or a heading calls it. */
export function sectionLink(href: string): NavigationLink {
  const link = mainNavigation.find((entry) => entry.href === href);
  if (!link) throw new Error(`Aucune rubrique du menu principal n’a l’adresse ${href} (src/navigation.ts).`);
  return link;
}

/** Title of a theme's page in the sitothèque, « Sites utiles : Emploi »: its heading, and the name of links to it. */
export function themeSitesTitle(themeTitle: string): string {
  return `${sectionLink('/sitotheque/').label} : ${themeTitle}`;
}

/** Title of an employment area's list of structures, « Structures du bassin de Blois », and the name of links to it. */
export function areaStructuresTitle(areaName: string): string {
  return `Structures du bassin ${ofPlace(areaName)}`;
}

/** Title of a family's list of tools, « Outils de la famille « Accueil » », and the name of links to it. */
export function toolFamilyTitle(familyLabel: string): string {
  return `Outils de la famille « ${familyLabel} »`;
}

/** Title of the printable directory of internships (/stages/imprimer/), and the name of links to it. */
export const printableDirectoryTitle = 'Répertoire des stages à imprimer';

/** The main menu's entry the header marks current on a page (`path` without the base): its own page or one below it. */
export function menuEntryOf(path: string): NavigationLink | undefined {
  return mainNavigation.find((link) => path.startsWith(link.href));
}

/** The search page, where the header's search launcher is a plain link marked current. */
export function isSearchPage(path: string): boolean {
  return path === '/recherche/';
}

/** The site map: in the footer, and a way on from the search. */
export const siteMapLink: NavigationLink = { href: '/plan-du-site/', label: 'Plan du site' };

/**
 * Links in the footer of every page. The first declares `accessibility`, the status the audit grid computes
 * (`accessibilityStatus()` of src/content.ts), as the statement does.
 */
export function footerNavigation(accessibility: ConformityStatus): NavigationLink[] {
  return [
    { href: '/accessibilite/', label: `Accessibilité : ${accessibility}` },
    { href: '/mentions-legales/', label: 'Mentions légales et confidentialité' },
    siteMapLink,
    // For a reader who does not know the network's sigles (CIO, CFA…): what each one means.
    { href: '/sigles/', label: 'Sigles du réseau' },
    { href: '/donnees/', label: 'Données ouvertes' },
    // Partners (town halls, schools, associations) look for it where the site speaks to them, not on the map alone.
    { href: '/carte/integrer/', label: 'Intégrer la carte sur votre site' },
    { href: '/contribuer/', label: 'Contribuer' },
  ];
}

/**
 * Sections with a link-preview image of their own (src/pages/partage/): the home page, which is also the
 * fallback for pages outside the others, each entry of the main menu, then the other sections with pages.
 */
export const shareSections: ShareSection[] = [
  { id: 'accueil', title: 'Le réseau', path: '/' },
  ...mainNavigation.map((link) => ({ id: link.href.replaceAll('/', ''), title: link.label, path: link.href })),
  { id: 'thematiques', title: themesLink.label, path: themesLink.href },
  { id: 'donnees', title: 'Données ouvertes', path: '/donnees/' },
  { id: 'recherche', title: 'Recherche', path: '/recherche/' },
  { id: 'contribuer', title: 'Contribuer', path: '/contribuer/' },
  { id: 'accessibilite', title: 'Accessibilité', path: '/accessibilite/' },
];
