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

/** Who reads a self-diagnostic's result, as the advice on its cards needs to know them. */
export interface ReachReader {
  /** Whether the reader may turn to a structure: it receives them (a 15-year-old is not sent to a Mission Locale). */
  mayRelay: (other: ReachStructure) => boolean;
  /** Their employment area: every structure the advice names is from it. */
  area: string;
  /** Their publics, or undefined when some reader's are unknown: an advice meant for other publics is then kept. */
  publics: ReadonlySet<string> | undefined;
}

/** Whether an advice is for some of these readers: always when it names no public or the readers are unknown. */
function speaksTo(advice: ReachAdvice, readerPublics: ReadonlySet<string> | undefined): boolean {
  return !advice.publics || !readerPublics || advice.publics.some((code) => readerPublics.has(code));
}

/**
 * Whether an advice's sentence is itself a way out for every one of these readers (`leadsOutFor`: it sends them to
 * their school): never when the readers are unknown, as on a structure's own page, which adults read too.
 */
function leadsOutForAll(advice: ReachAdvice, readerPublics: ReadonlySet<string> | undefined): boolean {
  const publics = advice.leadsOutFor ?? [];
  return (
    readerPublics !== undefined && readerPublics.size > 0 && [...readerPublics].every((code) => publics.includes(code))
  );
}

/**
 * The structures of a group that `keep` keeps in `area` (`inArea`, in the group's order), or all those it keeps
 * (`all`) when none is there; with the area they were found in, undefined for the whole territory. Without `all`,
 * none is looked for outside the area.
 */
function nearFirst(
  area: string,
  inArea: readonly ReachStructure[] | undefined,
  all: readonly ReachStructure[] | undefined,
  keep: (other: ReachStructure) => boolean,
): { structures: ReachStructure[]; area: string | undefined } {
  const near = (inArea ?? []).filter(keep);
  if (near.length > 0 || all === undefined) return { structures: near, area };
  return { structures: all.filter(keep), area: undefined };
}

/**
 * How to reach `structure` when it is not `reachable` (the site gives none of its contacts): the advice of its type,
 * and the general advice unless its national site, the advice's site or one of its relays leads out (a relay is a
 * way out when the site can reach it or its type has a national site: never a page that only sends the reader on,
 * or back), or the advice sends every reader of a result to their school (`leadsOutFor`); undefined when there is
 * nothing to add to its national site. On a structure's own page, the structures named come from its area first,
 * then from the whole territory. On a self-diagnostic's result (`reader`), they come from the reader's area only (a
 * Vendôme reader is not sent to Blois to ask the way to their own CIO, nor about a chamber based there: with none
 * there, the page links that area's list), and only those that receive the reader; an advice meant for other
 * publics than the readers' is left out.
 */
export function reachOf(structure: ReachStructure, context: ReachContext, reader?: ReachReader): Reach | undefined {
  if (structure.reachable) return undefined;
  const index = indexOf(context);
  const area = reader?.area ?? structure.bassin;
  const isOther = (other: ReachStructure) => other.id !== structure.id && (reader?.mayRelay(other) ?? true);
  const near = (inArea: ReachStructure[] | undefined, all: ReachStructure[] | undefined) =>
    nearFirst(area, inArea, reader ? undefined : all, isOther);
  const typeAdvice = context.advice[structure.type];
  const given = typeAdvice && speaksTo(typeAdvice, reader?.publics) ? typeAdvice : undefined;
  const relays = (given?.relais ?? []).map((type) => ({
    type,
    ...near(index.ofTypeInArea.get(`${type} ${area}`), index.ofType.get(type)),
  }));
  const advice: TypeAdvice | undefined = given && {
    texte: given.texte,
    site: given.site === undefined ? undefined : context.sites.get(given.site),
    relais: relays.flatMap(({ structures }) => structures.slice(0, context.shown)),
    more: relays.flatMap(({ type, area, structures }) => (structures.length > context.shown ? [{ type, area }] : [])),
  };
  const linked =
    context.networkTypes.has(structure.type) ||
    (given !== undefined && leadsOutForAll(given, reader?.publics)) ||
    (advice !== undefined &&
      (advice.site !== undefined ||
        relays.some(({ structures }) => structures.some((relay) => leadsOut(relay, context)))));
  if (linked) return advice && { advice, general: undefined };
  // Here no relay leads out, so none of them is among the ways.
  const ways = near(index.leadingOutInArea.get(area), index.leadingOut);
  // No way at all keeps the near area: the page then links that area's list.
  const waysArea = ways.structures.length === 0 ? area : ways.area;
  return {
    advice,
    general: {
      area: waysArea,
      structures: ways.structures.slice(0, context.shown),
      more: ways.structures.length > context.shown ? [{ type: undefined, area: waysArea }] : [],
    },
  };
}
