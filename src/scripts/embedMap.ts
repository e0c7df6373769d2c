/**
 * Entry of the embed page's classic script (built by src/pages/embed/carte.js.ts).
 * Framed in a sandbox without `allow-same-origin`, the page has an opaque origin: module
 * scripts and dynamic imports would be CORS requests that a static host refuses, so
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
}
