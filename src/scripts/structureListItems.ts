/**
 * Completes the structure list from the map's data file, in the markup of StructureList.astro
 * (which, at scale, renders only the first structures of each area) and from the same record
 * (`MapStructure`, whose attributes `structureItemAttributes` writes on both sides).
 */
import { markerClass, markerCode, structureItemAttributes } from '../lib/structures/markers.ts';
import { structureSummary, type MapData, type MapStructure } from '../lib/structures/mapData.ts';

/** Items added per task: a few milliseconds of work, so that the page answers clicks and keys while the list fills. */
const ITEMS_PER_TASK = 150;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

function item(structure: MapStructure, types: MapData['types'], nameHeading: string, linkTarget: string | undefined) {
  const element = document.createElement('li');
  for (const [name, value] of Object.entries(structureItemAttributes(structure, types)))
    element.setAttribute(name, value);
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
  line.append(code, ` ${structureSummary(structure, types)}`);
  element.append(heading, line);
  if (!structure.confirmed) {
    const unverified = document.createElement('p');
    unverified.className = 'structure-list__unverified';
    unverified.textContent = 'Coordonnées à confirmer';
    element.append(unverified);
  }
  return element;
}

/**
 * Adds to each area of `list` (`[data-structure-list]`) the structures of the data that the page did not render,
 * after those it did (both in name order), a few per task; `hide` says which ones the filters hide at the time
 * each is added. Resolves when the list holds every structure.
 */
export async function completeStructureList(
  list: HTMLElement,
  data: MapData,
  hide: (structure: MapStructure) => boolean,
): Promise<void> {
  const nameHeading = list.dataset['nameHeading'] ?? 'h3';
  const linkTarget = list.dataset['linkTarget'];
  for (const section of list.querySelectorAll<HTMLElement>('[data-area-group]')) {
    const items = section.querySelector('ul');
    if (!items) continue;
    const rendered = new Set(
      [...items.querySelectorAll<HTMLElement>('[data-structure]')].map((li) => li.dataset['structure']),
    );
    const missing = data.structures.filter(
      (structure) => structure.bassin === section.dataset['areaGroup'] && !rendered.has(structure.id),
    );
    for (let start = 0; start < missing.length; start += ITEMS_PER_TASK) {
      await nextTask();
      items.append(
        ...missing.slice(start, start + ITEMS_PER_TASK).map((structure) => {
          const element = item(structure, data.types, nameHeading, linkTarget);
          element.hidden = hide(structure);
          return element;
        }),
      );
    }
    section.querySelector('[data-more]')?.remove();
  }
}
