/**
 * Titles of the site's lists: each list page's heading and `<title>`, and the name of every link to it (the site
 * map's, the cut notes', the self-diagnostic's advice), written once so that a link is always named after the page it
 * opens (RGAA 6.1). The lists of one type are in lib/structures/typeListPath.ts.
 */
import { ofPlace } from './french.ts';
import { sectionNames } from './sectionNames.ts';

/** Title of a theme's page in the sitothèque, « Sites utiles : Emploi ». */
export function themeSitesTitle(themeTitle: string): string {
  return `${sectionNames.sites} : ${themeTitle}`;
}

/** Title of the sitothèque's page for one public, « Sites utiles : Parents ». */
export function publicSitesTitle(publicLabel: string): string {
  return `${sectionNames.sites} : ${publicLabel}`;
}

/** Title of an employment area's list of structures, « Structures du bassin de Blois ». */
export function areaStructuresTitle(areaName: string): string {
  return `Structures du bassin ${ofPlace(areaName)}`;
}

/** Title of a family's list of tools, « Outils de la famille « Accueil » ». */
export function toolFamilyTitle(familyLabel: string): string {
  return `Outils de la famille « ${familyLabel} »`;
}

/** Title of the printable directory of internships (/stages/imprimer/). */
export const printableDirectoryTitle = 'Répertoire des stages à imprimer';
