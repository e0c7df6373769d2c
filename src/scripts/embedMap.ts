/**
 * Entry of the embed page's classic script (built by src/pages/embed/carte.js.ts).
 * Framed in a sandbox without `allow-same-origin`, as codes pasted before EMBED_SANDBOX allowed it still frame it, the
 * page has an opaque origin: module scripts and dynamic imports would be CORS requests that a static host refuses, so
 * Leaflet is bundled in, and nothing here touches storage.
 */
import * as L from 'leaflet';
import { LIST_PARAM } from '../lib/structures/embedUrl.ts';
import { defineStructureMap } from './structureMap.ts';
import './structureDirectory.ts';

defineStructureMap(L);

// `liste=non` hides the list; without this script, the list stays, which is the safe side.
if (new URLSearchParams(location.search).get(LIST_PARAM) === 'non') {
  document.querySelector<HTMLElement>('[data-embed-list]')?.setAttribute('hidden', '');
  const skip = document.querySelector<HTMLElement>('[data-embed-skip]');
  if (skip) skip.textContent = 'Passer la carte des structures';
}

// The skip link lands on the frame's last element. Chromium takes a Tab from an element outside the Tab order
// (tabindex="-1") back to the frame's first control instead of out to the partner's page: while the landing has
// focus, it is in the Tab order, so that the next Tab leaves the frame.
const landing = document.getElementById('fin-de-la-carte');
document.querySelector('[data-embed-skip]')?.addEventListener('click', (event) => {
  if (!landing) return;
  event.preventDefault();
  landing.tabIndex = 0;
  landing.focus();
  landing.addEventListener('blur', () => (landing.tabIndex = -1), { once: true });
});
