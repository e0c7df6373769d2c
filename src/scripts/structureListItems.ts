/**
 * Writes the whole structure list from the map's data file, in the markup of
 * StructureList.astro (which, at scale, renders only the first structures of each area).
 */
import { markerClass, markerCode, mapItemAttributes } from '../lib/structures/markers.ts';
import { structureSummary, type MapData, type MapStructure } from '../lib/structures/mapData.ts';

function item(structure: MapStructure, data: MapData, nameHeading: string, linkTarget: string | undefined) {
  const summary = structureSummary(structure, data.types);
  const element = document.createElement('li');
  const attributes = {
    ...mapItemAttributes(
      structure.id,
      // Provenance as the data file sums it up: a point at the address counts as checked.
      { ...structure, latitude: structure.lat, longitude: structure.lng, verifie: !structure.approximate },
      structure.href,
      summary,
    ),
    'data-bassin': structure.bassin,
    'data-type': structure.type,
    'data-publics': structure.publics.join(' '),
  };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  const heading = document.createElement(nameHeading);
  const link = document.createElement('a');
  link.href = structure.href;
  link.textContent = structure.nom;
  if (linkTarget) link.target = linkTarget;
  heading.append(link);
  const line = document.createElement('p');
  const code = document.createElement('span');
  code.className = markerClass(structure.type);
  code.setAttribute('aria-hidden', 'true');
  code.textContent = markerCode(structure.type);
  line.append(code, ` ${summary}`);
  element.append(heading, line);
  if (!structure.confirmed) {
    const unverified = document.createElement('p');
    unverified.className = 'structure-list__unverified';
    unverified.textContent = 'Coordonnées à confirmer';
    element.append(unverified);
  }
  return element;
}

/** Replaces the items of each area of `list` (`[data-structure-list]`) by every structure of the data. */
export function fillStructureList(list: HTMLElement, data: MapData): void {
  const nameHeading = list.dataset['nameHeading'] ?? 'h3';
  const linkTarget = list.dataset['linkTarget'];
  for (const section of list.querySelectorAll<HTMLElement>('[data-area-group]')) {
    const area = section.dataset['areaGroup'];
    const items = data.structures
      .filter((structure) => structure.bassin === area)
      .map((structure) => item(structure, data, nameHeading, linkTarget));
    section.querySelector('ul')?.replaceChildren(...items);
    section.querySelector('[data-more]')?.remove();
  }
}
