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
export interface TypeReach {
  kind: 'type';
  texte: string;
  site: ReachSite | undefined;
  relais: ReachStructure[];
}

/** No advice and no national site for the type: the structures of its area, which redirect the public. */
export interface GeneralReach {
  kind: 'general';
  bassin: string;
}

export type Reach = TypeReach | GeneralReach;

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
 * else the general advice when its type has no national site either, else undefined (the national site says it).
 * A relay type with no structure in the same area links those of the whole territory, rather than none.
 */
export function reachOf(structure: ReachStructure, reachable: boolean, context: ReachContext): Reach | undefined {
  if (reachable) return undefined;
  const advice = context.advice[structure.type];
  if (!advice)
    return context.networkTypes.has(structure.type) ? undefined : { kind: 'general', bassin: structure.bassin };
  const relais = (advice.relais ?? []).flatMap((type) => {
    const ofType = context.structures.filter((other) => other.type === type && other.id !== structure.id);
    const near = ofType.filter((other) => other.bassin === structure.bassin);
    return near.length > 0 ? near : ofType;
  });
  return {
    kind: 'type',
    texte: advice.texte,
    site: advice.site === undefined ? undefined : context.sites.get(advice.site),
    relais,
  };
}
