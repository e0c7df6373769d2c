import type { ConformityStatus } from './lib/rgaaConformity.ts';
import { COLLECTION_FILES } from './schemas/collections.ts';
import type { ShareSection } from './lib/shareImages.ts';

/** One link of a navigation menu; `href` is a site path, without the base. */
export interface NavigationLink {
  href: string;
  label: string;
}

/**
 * The main menu, in the header of every page. Each section adds its entry here. Plain words: readers found the
 * network's own names (« Sitothèque », « Points d’étape », « Autodiagnostic ») opaque, so those stay in the sections'
 * headings, after the plain name. Breadcrumbs, the site map and the search name a section by this label. The plain
 * names of the sections fed by a collection are the collection's `section` (src/schemas/collections.ts), which
 * the editing interface and the field reference show beside the network's word.
 */
export const mainNavigation: NavigationLink[] = [
  { href: '/structures/', label: 'Structures' },
  { href: '/carte/', label: 'Carte' },
  { href: '/diagnostic/', label: COLLECTION_FILES.diagnostic.section },
  { href: '/points-etape/', label: COLLECTION_FILES.reports.section },
  { href: '/sitotheque/', label: COLLECTION_FILES.sites.section },
  { href: '/stages/', label: 'Stages' },
  { href: '/outils/', label: COLLECTION_FILES.tools.section },
];

/** The themes' index, outside the menu: the search's directories, the site map and a theme's breadcrumb. */
export const themesLink: NavigationLink = { href: '/thematiques/', label: COLLECTION_FILES.themes.section };

/** The main menu's entry of a section (`href` as in `mainNavigation`): what a breadcrumb or a heading calls it. */
export function sectionLink(href: string): NavigationLink {
  const link = mainNavigation.find((entry) => entry.href === href);
  if (!link) throw new Error(`Aucune rubrique du menu principal n’a l’adresse ${href} (src/navigation.ts).`);
  return link;
}

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
