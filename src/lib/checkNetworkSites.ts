/**
 * The checks of `site.networkSites` and `site.reachByType` (src/site.config.ts): each type's national site or advice
 * is a known type's, and links only sites of the sitothèque and types of structure.
 */
import type { NetworkSite, ReachAdvice } from '../site.config.ts';
import type { ContentProblem } from './contentProblem.ts';

const FILE = 'src/site.config.ts';

/** The problem of a setting that names `value` where a type of structure is expected. */
function notAType(value: string, field: string, typeIds: readonly string[]): ContentProblem {
  return {
    file: FILE,
    field,
    message: `« ${value} » n’est pas un type de structure → écrivez l’un des types : ${typeIds.join(', ')}.`,
  };
}

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
    if (!typeIds.includes(type)) problems.push(notAType(type, field, typeIds));
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

/**
 * Problems of the advice by type (`site.reachByType`): a key or a relay that is no type of structure, a site that is
 * not an entry of the sitothèque, an empty sentence, a sentence that announces links (« … auprès d’un CIO : ») with
 * none after it. With `typesInContent` (the types content/structures/ has), a relay of a type no structure has
 * links nothing. Each names the setting and the fix.
 */
export function checkReachAdvice(
  reachByType: Readonly<Record<string, ReachAdvice>>,
  typeIds: readonly string[],
  siteIds: ReadonlySet<string>,
  typesInContent?: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [type, { texte, site, relais = [] }] of Object.entries(reachByType)) {
    const field = `site.reachByType.${type}`;
    if (!typeIds.includes(type)) problems.push(notAType(type, field, typeIds));
    if (texte.trim() === '') {
      problems.push({
        file: FILE,
        field: `${field}.texte`,
        message: 'la phrase est vide → écrivez ce que la personne peut faire pour joindre une structure de ce type.',
      });
    }
    // The page prints the sentence, then its links: without any, it would end on « : » before nothing.
    const linkedRelays = typesInContent ? relais.filter((relay) => typesInContent.has(relay)) : relais;
    if (texte.trimEnd().endsWith(':') && site === undefined && linkedRelays.length === 0) {
      const absent =
        relais.length > 0 ? ` (aucune structure de type ${relais.join(', ')} dans content/structures/)` : '';
      problems.push({
        file: FILE,
        field: `${field}.texte`,
        message: `la phrase du type « ${type} » finit par « : » mais aucun lien ne la suit${absent} → ajoutez « site » (un fichier de content/sitotheque/) ou « relais » (des types de structure présents dans content/structures/), ou finissez la phrase par un point.`,
      });
    }
    if (site !== undefined && !siteIds.has(site)) {
      problems.push({
        file: FILE,
        field: `${field}.site`,
        message: `« ${site} » n’est pas un site de la sitothèque → écrivez le nom d’un fichier de content/sitotheque/, sans .yaml, ou retirez la ligne « site ».`,
      });
    }
    for (const relay of relais)
      if (!typeIds.includes(relay)) problems.push(notAType(relay, `${field}.relais`, typeIds));
  }
  return problems;
}
