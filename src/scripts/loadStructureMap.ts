/**
 * The map's code and Leaflet, loaded by the site's pages when a map is about to show. Leaflet is a static
 * import, so that the one dynamic import of this module (StructureMapScript.astro) fetches both at once.
 */
import * as leaflet from 'leaflet';
import { defineStructureMap } from './structureMap.ts';

// Leaflet's package is UMD: depending on the bundler, the API is the namespace or its default export.
defineStructureMap((leaflet as typeof leaflet & { default?: typeof leaflet }).default ?? leaflet);
