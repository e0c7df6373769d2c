/**
 * What a structure's page and result cards say of how to reach it while the site has none of its contacts,
 * besides its network's national site (networkSiteOf): the advice of `site.reachByType`, with its links, or the
 * general advice: ask one of the structures the reader can reach. Pure: content.ts gives it the content.
 */
import type { ReachAdvice } from '../../site.config.ts';

/** A structure as this module needs it. */
export interface ReachStructure {
  id: string;
  nom: string;
  type: string;
  bassin: string;
  /** Whether the site gives a confirmed way to reach it (canBeReached). */
  reachable: boolean;
}

/** A site of the sitothèque linked after the advice: its title, its address, the domain a reader recognises. */
export interface ReachSite {
  titre: string;
  href: string;
  domaine: string;
}

/** A list of structures that holds those a page leaves out: one type's, or all types' (`type` undefined). */
export interface ReachList {
  type: string | undefined;
  /** Its area; undefined for the whole territory. */
  area: string | undefined;
}

/**
 * The advice of the structure's type, with the site and the structures it links (`relais`, same area first): at
 * most `shown` of each relay type, and the lists that hold the others (`more`).
 */
export interface TypeAdvice {
  texte: string;
  site: ReachSite | undefined;
  relais: ReachStructure[];
  more: ReachList[];
}

/**
 * What to say: the type's advice, and the general advice when neither a national site nor the advice leads out of
 * the unconfirmed pages: the structures of `general` (same area first), each reachable or with a national site, can
 * tell the reader how to reach it. `area` is their area, undefined when they come from the whole territory; with no
 * such structure anywhere, the list is empty and the page links the list of its area's structures.
 */
export interface Reach {
  advice: TypeAdvice | undefined;
  /** At most `shown` structures, and the list that holds the others when some are left out (`more`, one or none). */
  general: { area: string | undefined; structures: ReachStructure[]; more: ReachList[] } | undefined;
}

/** What the advice needs to know besides the structure. */
export interface ReachContext {
  advice: Readonly<Record<string, ReachAdvice>>;
  /** Types that have a national site (site.networkSites): they need no general advice. */
  networkTypes: ReadonlySet<string>;
  sites: ReadonlyMap<string, ReachSite>;
  structures: readonly ReachStructure[];
  /**
   * Structures a list of ways names at most (site.diagnosticStructuresShown): the others are in the list it links, so
   * that a page does not grow with the whole network.
   */
  shown: number;
}

/** A context's structures grouped as reachOf looks them up: by type, and those that lead out, each also by area. */
interface ReachIndex {
  ofType: Map<string, ReachStructure[]>;
  ofTypeInArea: Map<string, ReachStructure[]>;
  leadingOut: ReachStructure[];
  leadingOutInArea: Map<string, ReachStructure[]>;
}

/**
 * Grouped once per context: reachOf runs for every structure page and result card, and scanning every structure
 * each time made a build grow with the square of the structures.
 */
const indexes = new WeakMap<ReachContext, ReachIndex>();

const leadsOut = (other: ReachStructure, context: ReachContext) =>
  other.reachable || context.networkTypes.has(other.type);

function indexOf(context: ReachContext): ReachIndex {
  let index = indexes.get(context);
  if (!index) {
    const leadingOut = context.structures.filter((other) => leadsOut(other, context));
    index = {
      ofType: Map.groupBy(context.structures, (other) => other.type),
      ofTypeInArea: Map.groupBy(context.structures, (other) => `${other.type} ${other.bassin}`),
      leadingOut,
      leadingOutInArea: Map.groupBy(leadingOut, (other) => other.bassin),
    };
    indexes.set(context, index);
  }
  return index;
}

/** Whether an advice is for some of these readers: always when it names no public or the readers are unknown. */
function speaksTo(advice: ReachAdvice, readerPublics: ReadonlySet<string> | undefined): boolean {
  return !advice.publics || !readerPublics || advice.publics.some((code) => readerPublics.has(code));
}

/**
 * The structures of a group that `keep` keeps in `area` (`inArea`, in the group's order), or all those it keeps
 * (`all`) when none is there; with the area they were found in, undefined for the whole territory.
 */
function nearFirst(
  area: string,
  inArea: readonly ReachStructure[] | undefined,
  all: readonly ReachStructure[] | undefined,
  keep: (other: ReachStructure) => boolean,
): { structures: ReachStructure[]; area: string | undefined } {
  const near = (inArea ?? []).filter(keep);
  return near.length > 0 ? { structures: near, area } : { structures: (all ?? []).filter(keep), area: undefined };
}

/**
 * How to reach `structure` when it is not `reachable` (the site gives none of its contacts): the advice of its type,
 * and the general advice unless its national site, the advice's site or one of its relays leads out (a relay is a
 * way out when the site can reach it or its type has a national site: never a page that only sends the reader on,
 * or back); undefined when there is nothing to add to its national site. A relay type with no structure in the same
 * area links those of the whole territory. `mayRelay` keeps the structures the reader may turn to: on a
 * self-diagnostic's result, those that receive the person (a 15-year-old is not sent to a Mission Locale). Structures
 * of `nearArea` come first: the reader's employment area on a result (a Romorantin reader is not sent to Blois to ask
 * about a chamber based there), the structure's own area otherwise. `readerPublics`, on a result, holds the publics of
 * its readers (undefined when some reader's are unknown): an advice meant for other publics is then left out.
 */
export function reachOf(
  structure: ReachStructure,
  context: ReachContext,
  mayRelay: (other: ReachStructure) => boolean = () => true,
  nearArea: string = structure.bassin,
  readerPublics?: ReadonlySet<string>,
): Reach | undefined {
  if (structure.reachable) return undefined;
  const index = indexOf(context);
  const isOther = (other: ReachStructure) => other.id !== structure.id && mayRelay(other);
  const typeAdvice = context.advice[structure.type];
  const given = typeAdvice && speaksTo(typeAdvice, readerPublics) ? typeAdvice : undefined;
  const relays = (given?.relais ?? []).map((type) => ({
    type,
    ...nearFirst(nearArea, index.ofTypeInArea.get(`${type} ${nearArea}`), index.ofType.get(type), isOther),
  }));
  const advice: TypeAdvice | undefined = given && {
    texte: given.texte,
    site: given.site === undefined ? undefined : context.sites.get(given.site),
    relais: relays.flatMap(({ structures }) => structures.slice(0, context.shown)),
    more: relays.flatMap(({ type, area, structures }) => (structures.length > context.shown ? [{ type, area }] : [])),
  };
  const linked =
    context.networkTypes.has(structure.type) ||
    (advice !== undefined &&
      (advice.site !== undefined ||
        relays.some(({ structures }) => structures.some((relay) => leadsOut(relay, context)))));
  if (linked) return advice && { advice, general: undefined };
  // Here no relay leads out, so none of them is among the ways.
  const ways = nearFirst(nearArea, index.leadingOutInArea.get(nearArea), index.leadingOut, isOther);
  // No way at all keeps the near area: the page then links that area's list.
  const area = ways.structures.length === 0 ? nearArea : ways.area;
  return {
    advice,
    general: {
      area,
      structures: ways.structures.slice(0, context.shown),
      more: ways.structures.length > context.shown ? [{ type: undefined, area }] : [],
    },
  };
}
