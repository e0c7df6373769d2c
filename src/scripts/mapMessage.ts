/**
 * The one way a map tells its reader what went wrong (its `[data-map-message]` box, `role="alert"` until said in
 * full: an error, announced as it appears): used by the map itself (a tile server that does not answer) and by its
 * loader when the map's code could not load at all. The message speaks of the list only as the reader sees it, and
 * follows it when the filters change, silently then: the list's count speaks of each change.
 */
import { FILTER_EVENT } from '../lib/structures/filters.ts';
import { mapProblemMessage, type MapProblem, type VisibleList } from '../lib/structures/mapProblem.ts';
import type { DirectoryElement } from './structureDirectory.ts';

/** The element holding the items the map places (its `data-source`). */
const sourceOf = (map: HTMLElement) => map.ownerDocument.getElementById(map.dataset['source'] ?? '');

/** The list beside the map as the reader sees it; undefined when the map has none, or it is hidden or not ready. */
function visibleList(map: HTMLElement): VisibleList | undefined {
  const list = sourceOf(map);
  const directory = list?.closest<DirectoryElement>('structure-directory');
  if (!list || !directory || list.closest('[hidden]') || directory.dataset['ready'] === undefined) return undefined;
  return { shown: directory.visiblePoints.length, total: directory.total };
}

function write(map: HTMLElement, box: HTMLElement, problem: MapProblem) {
  const list = visibleList(map);
  const message = mapProblemMessage(problem, list);
  // The same message again (each failing tile repeats it) would be announced again.
  if (box.textContent === message) return;
  // Said once in full, with the list: afterwards the list's own count speaks of each change, not this too (RGAA 7.5).
  if (box.dataset['said'] !== undefined) box.removeAttribute('role');
  box.textContent = message;
  box.hidden = false;
  if (list) box.dataset['said'] = '';
}

/** Shows what went wrong in the map's message box, with what the list beside it still offers; then follows the list. */
export function showMapMessage(map: HTMLElement, problem: MapProblem): void {
  const box = map.querySelector<HTMLElement>('[data-map-message]');
  if (!box) return;
  write(map, box, problem);
  if (box.dataset['follows'] !== undefined) return;
  box.dataset['follows'] = '';
  const directory = sourceOf(map)?.closest('structure-directory');
  directory?.addEventListener(FILTER_EVENT, () => write(map, box, problem));
}
