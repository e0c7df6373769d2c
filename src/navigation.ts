import { siteAudit } from './lib/readAudit.ts';

/** One link of a navigation menu; `href` is a site path, without the base. */
export interface NavigationLink {
  href: string;
  label: string;
}

/** The main menu, in the header of every page. Each section adds its entry here. */
export const mainNavigation: NavigationLink[] = [
  { href: '/structures/', label: 'Structures' },
  { href: '/carte/', label: 'Carte' },
  { href: '/diagnostic/', label: 'Autodiagnostic' },
  { href: '/points-etape/', label: 'Points d’étape' },
  { href: '/sitotheque/', label: 'Sitothèque' },
  { href: '/stages/', label: 'Stages' },
  { href: '/outils/', label: 'Boîte à outils' },
];

/** Links in the footer of every page. */
export const footerNavigation: NavigationLink[] = [
  // The status the audit grid computes (audit/grille.yaml), as the statement declares it.
  { href: '/accessibilite/', label: `Accessibilité : ${siteAudit().conformity.statut}` },
  { href: '/mentions-legales/', label: 'Mentions légales et confidentialité' },
  { href: '/plan-du-site/', label: 'Plan du site' },
  { href: '/donnees/', label: 'Données ouvertes' },
  { href: '/contribuer/', label: 'Contribuer' },
];
