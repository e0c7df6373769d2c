/**
 * The one way a map tells its reader what went wrong (its `[data-map-message]` box, `role="status"`): used by the map
 * itself (a tile server that does not answer) and by its loader when the map's code could not load at all.
 */
export function showMapMessage(map: HTMLElement, message: string): void {
  const box = map.querySelector<HTMLElement>('[data-map-message]');
  // The same message again (each failing tile repeats it) would be announced again.
  if (!box || box.textContent === message) return;
  box.textContent = message;
  box.hidden = false;
}
