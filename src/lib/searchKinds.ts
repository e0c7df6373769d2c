/**
 * Kinds of content for the search, apart from src/lib/search.ts: only the build needs them (each page's kind, the
 * type filter's labels), and the names they take from the collections would otherwise ship in the search script.
 */
import { sectionNames } from './sectionNames.ts';

/**
 * Kinds of content a result can be, with the labels readers see: one result's kind, and the type filter's name,
 * which is the menu's name of the section (with the network's word after it) where the menu has one.
 */
export const searchKinds = {
  report: { label: sectionNames.reports, plural: `${sectionNames.reports} (points d’étape)` },
  structure: { label: 'Structure', plural: sectionNames.structures },
  site: { label: 'Site utile', plural: `${sectionNames.sites} (sitothèque)` },
  internship: { label: 'Stage', plural: 'Stages et immersions' },
  tool: { label: 'Outil', plural: 'Outils d’orientation' },
  diagnostic: { label: sectionNames.diagnostic, plural: `${sectionNames.diagnostic} (autodiagnostic)` },
  page: { label: 'Page', plural: 'Autres pages' },
} as const;

export type SearchKind = keyof typeof searchKinds;
