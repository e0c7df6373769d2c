/**
 * What a map says when it cannot show (its tiles or its code do not load), and what the reader can still use:
 * the list beside it, as the filters left it. A list that is hidden (the embed's `liste=non`) or absent (a
 * structure's page) is not mentioned, and a narrowed list is not called complete.
 */
/** What went wrong: the tile server does not answer, or the map's code could not load. */
export type MapProblem = 'tiles' | 'code';

/** The list the reader sees beside the map: how many structures it shows, out of how many. */
export interface VisibleList {
  shown: number;
  total: number;
}

const PROBLEMS: Record<MapProblem, string> = {
  tiles: 'Le fond de carte ne s’affiche pas : le serveur de tuiles ne répond pas.',
  code: 'La carte n’a pas pu se charger.',
};

/** The sentence about the list, or '' when there is no visible list or it shows nothing (its status says so). */
function listSentence(list: VisibleList | undefined): string {
  if (!list || list.shown === 0) return '';
  if (list.shown >= list.total) return 'Toutes les structures restent dans la liste.';
  return list.shown === 1
    ? 'La structure affichée reste dans la liste.'
    : `Les ${list.shown} structures affichées restent dans la liste.`;
}

/** The message of a map that cannot show, by case: `list` is undefined when no list is in view. */
export function mapProblemMessage(problem: MapProblem, list: VisibleList | undefined): string {
  return [PROBLEMS[problem], listSentence(list)].filter(Boolean).join(' ');
}
