/**
 * The checks of `site.networkSites` and `site.reachByType` (src/site.config.ts): each type's national site or advice
 * is a known type's, and links only sites of the sitothèque and types of structure.
 */
import type { NetworkSite, ReachAdvice } from '../site.config.ts';
import { renamedConfigFileAdvice, type ContentProblem } from './contentProblem.ts';

const FILE = 'src/site.config.ts';

/** The problem of a setting that names `value` where a type of structure is expected. */
function notAType(value: string, field: string, typeIds: readonly string[]): ContentProblem {
  return {
    file: FILE,
    field,
    message: `« ${value} » n’est pas un type de structure → écrivez l’un des types : ${typeIds.join(', ')}.`,
  };
}

/** The likeliest cause, said first: the sitothèque's file this setting names was renamed or deleted. */
const renamed = (site: string) => renamedConfigFileAdvice(`content/sitotheque/${site}.yaml`);

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
        message: `« ${site} » n’est pas un site de la sitothèque → ${renamed(site)} ; sinon, écrivez le nom d’un fichier de content/sitotheque/, sans .yaml, ou retirez la ligne « ${type} » : ce type n’aura pas de lien.`,
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
 * The problems of a setting's list of publics (`field`): each code that is none of `publicIds`, with the fix that
 * lists them, then `otherwise` (what else the editor may do).
 */
function unknownPublics(
  codes: readonly string[],
  field: string,
  publicIds: readonly string[],
  otherwise: string,
): ContentProblem[] {
  return codes
    .filter((code) => !publicIds.includes(code))
    .map((code) => ({
      file: FILE,
      field,
      message: `« ${code} » n’est pas un public → écrivez l’un des publics : ${publicIds.join(', ')} ; ou ${otherwise}.`,
    }));
}

/**
 * Problems of the advice by type (`site.reachByType`): a key or a relay that is no type of structure, a site that is
 * not an entry of the sitothèque, an empty sentence, a sentence that announces a link (« … que présente : ») with no
 * site after it, a public (of `publics` or `leadsOutFor`) that is none of `publicIds`. Relays follow in a sentence of their own (« À contacter : … »), written only when the page keeps
 * some: they never complete the advice's sentence. Each names the setting and the fix.
 */
export function checkReachAdvice(
  reachByType: Readonly<Record<string, ReachAdvice>>,
  typeIds: readonly string[],
  siteIds: ReadonlySet<string>,
  publicIds: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [type, { texte, site, relais = [], publics = [], leadsOutFor = [] }] of Object.entries(reachByType)) {
    const field = `site.reachByType.${type}`;
    if (!typeIds.includes(type)) problems.push(notAType(type, field, typeIds));
    if (texte.trim() === '') {
      problems.push({
        file: FILE,
        field: `${field}.texte`,
        message: 'la phrase est vide → écrivez ce que la personne peut faire pour joindre une structure de ce type.',
      });
    }
    // The page prints the sentence, then the site: without one, it would end on « : » before nothing (a result's
    // page may leave out every relay, those that do not receive its reader).
    if (texte.trimEnd().endsWith(':') && site === undefined) {
      problems.push({
        file: FILE,
        field: `${field}.texte`,
        message: `la phrase du type « ${type} » finit par « : » mais aucun site ne la suit → ajoutez « site » (un fichier de content/sitotheque/), ou finissez la phrase par un point : les structures de « relais » suivent dans leur propre phrase.`,
      });
    }
    if (site !== undefined && !siteIds.has(site)) {
      problems.push({
        file: FILE,
        field: `${field}.site`,
        message: `« ${site} » n’est pas un site de la sitothèque → ${renamed(site)} ; sinon, écrivez le nom d’un fichier de content/sitotheque/, sans .yaml, ou retirez la ligne « site ».`,
      });
    }
    for (const relay of relais)
      if (!typeIds.includes(relay)) problems.push(notAType(relay, `${field}.relais`, typeIds));
    problems.push(
      ...unknownPublics(
        publics,
        `${field}.publics`,
        publicIds,
        'retirez « publics » pour que tout lecteur lise la phrase',
      ),
      ...unknownPublics(
        leadsOutFor,
        `${field}.leadsOutFor`,
        publicIds,
        'retirez « leadsOutFor » si la phrase n’envoie personne à un lieu qu’il connaît déjà',
      ),
    );
  }
  return problems;
}
