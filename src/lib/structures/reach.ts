/**
 * What a structure's page and result cards say of how to reach it while the site has none of its contacts,
 * besides its network's national site (networkSiteOf): the advice of `site.reachByType`, with its links, or the
 * general advice for a type that has neither. Pure: content.ts gives it the content.
 */
import type { ReachAdvice } from '../../site.config.ts';

/** A structure as this module needs it. */
export interface ReachStructure {
  id: string;
  nom: string;
  type: string;
  bassin: string;
}

/** A site of the sitothèque linked after the advice: its title, its address, the domain a reader recognises. */
export interface ReachSite {
  titre: string;
  href: string;
  domaine: string;
}

/** The advice of the structure's type, with the site and the structures it links (`relais`, same area first). */
export interface TypeAdvice {
  texte: string;
  site: ReachSite | undefined;
  relais: ReachStructure[];
}

/**
 * What to say: the type's advice, and the general advice (the structures of `generalArea`, which redirect the
 * public) when neither a national site nor the advice gives a link.
 */
export interface Reach {
  advice: TypeAdvice | undefined;
  generalArea: string | undefined;
}

/** What the advice needs to know besides the structure. */
export interface ReachContext {
  advice: Readonly<Record<string, ReachAdvice>>;
  /** Types that have a national site (site.networkSites): they need no general advice. */
  networkTypes: ReadonlySet<string>;
  sites: ReadonlyMap<string, ReachSite>;
  structures: readonly ReachStructure[];
}

/**
 * How to reach `structure` when `reachable` is false (the site gives none of its contacts): the advice of its type,
 * and the general advice unless its national site or the advice links somewhere; undefined when there is nothing to
 * add to its national site. A relay type with no structure in the same area links those of the whole territory.
 */
export function reachOf(structure: ReachStructure, reachable: boolean, context: ReachContext): Reach | undefined {
  if (reachable) return undefined;
  const given = context.advice[structure.type];
  const advice = given && {
    texte: given.texte,
    site: given.site === undefined ? undefined : context.sites.get(given.site),
    relais: (given.relais ?? []).flatMap((type) => {
      const ofType = context.structures.filter((other) => other.type === type && other.id !== structure.id);
      const near = ofType.filter((other) => other.bassin === structure.bassin);
      return near.length > 0 ? near : ofType;
    }),
  };
  const linked =
    context.networkTypes.has(structure.type) ||
    (advice !== undefined && (advice.site !== undefined || advice.relais.length > 0));
  if (!advice && linked) return undefined;
  return { advice, generalArea: linked ? undefined : structure.bassin };
}
