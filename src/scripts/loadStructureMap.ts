/** The map's code and Leaflet, loaded together by the site's pages when a map is about to show. */
import { defineStructureMap } from './structureMap.ts';

// Leaflet's package is UMD: depending on the bundler, the API is the namespace or its default export.
defineStructureMap(async () => {
  const module = (await import('leaflet')) as typeof import('leaflet') & { default?: typeof import('leaflet') };
  return module.default ?? module;
});
