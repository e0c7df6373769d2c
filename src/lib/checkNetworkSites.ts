/** The check of `site.networkSites` (src/site.config.ts): each type's national site is a known type's, in the sitothèque. */
import type { NetworkSite } from '../site.config.ts';
import type { ContentProblem } from './contentProblem.ts';

const FILE = 'src/site.config.ts';

/**
 * Problems of the national sites by type: a key that is no type of structure, a site that is not an entry of the
 * sitothèque (`siteIds`), an empty text. Each names the setting and the fix, as content problems do.
 */
export function checkNetworkSites(
  networkSites: Readonly<Record<string, NetworkSite>>,
  typeIds: readonly string[],
  siteIds: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [type, { site, texte }] of Object.entries(networkSites)) {
    const field = `site.networkSites.${type}`;
    if (!typeIds.includes(type)) {
      problems.push({
        file: FILE,
        field,
        message: `« ${type} » n’est pas un type de structure → écrivez l’un des types : ${typeIds.join(', ')}.`,
      });
    }
    if (!siteIds.has(site)) {
      problems.push({
        file: FILE,
        field: `${field}.site`,
        message: `« ${site} » n’est pas un site de la sitothèque → écrivez le nom d’un fichier de content/sitotheque/, sans .yaml, ou retirez la ligne « ${type} » : ce type n’aura pas de lien.`,
      });
    }
    if (texte.trim() === '') {
      problems.push({
        file: FILE,
        field: `${field}.texte`,
        message:
          'le texte du lien est vide → écrivez ce qu’est le site, par exemple « le site national des Missions Locales ».',
      });
    }
  }
  return problems;
}
