/**
 * Completes the structure list from the map's data file, in the markup of StructureList.astro
 * (which, at scale, renders only the first structures of each area) and from the same record (`MapStructure`).
 * The two writers of an item are held equal by tests/build/pagination.test.ts (« s’écrit comme le serveur »).
 */
import { markerClass, markerCode } from '../lib/structures/markers.ts';
import { nameWithSigle } from '../lib/structures/nameWithSigle.ts';
import {
  NETWORK_SITE_LEAD,
  networkSiteOf,
  structureSummary,
  type MapData,
  type MapStructure,
  type NetworkSiteLink,
} from '../lib/structures/mapData.ts';

/** Items added per task: a few milliseconds of work, so that the page answers clicks and keys while the list fills. */
const ITEMS_PER_TASK = 150;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** As NetworkSiteLink.astro writes it. */
function networkSiteLine(network: NetworkSiteLink, linkTarget: string | undefined) {
  const line = document.createElement('p');
  line.className = 'network-site';
  line.setAttribute('data-pagefind-ignore', 'all');
  const link = document.createElement('a');
  link.href = network.href;
  link.textContent = network.texte;
  if (linkTarget) link.target = linkTarget;
  line.append(`${NETWORK_SITE_LEAD} `, link, ` (${network.domaine}).`);
  return line;
}

function item(structure: MapStructure, data: MapData, nameHeading: string, linkTarget: string | undefined) {
  const element = document.createElement('li');
  // Only the identifier: <structure-directory> filters and frames the map from its own records of the data file,
  // so the other attributes of `structureItemAttributes` (read where there is no data file) would go unread here.
  element.dataset['structure'] = structure.id;
  const heading = document.createElement(nameHeading);
  const link = document.createElement('a');
  link.href = structure.href;
  link.textContent = nameWithSigle(structure.nom, structure.sigle);
  if (linkTarget) link.target = linkTarget;
  heading.append(link);
  const line = document.createElement('p');
  const code = document.createElement('span');
  code.className = markerClass(structure.type);
  code.setAttribute('aria-hidden', 'true');
  code.textContent = markerCode(structure.type);
  line.append(code, ` ${structureSummary(structure, data.types)}`);
  element.append(heading, line);
  if (!structure.confirmed) {
    const unverified = document.createElement('p');
    unverified.className = 'structure-list__unverified';
    // As the server writes it (StructureList.astro), where it keeps search excerpts free of placeholders.
    unverified.setAttribute('data-pagefind-ignore', 'all');
    unverified.textContent = 'Coordonnées à confirmer';
    element.append(unverified);
  }
  const network = networkSiteOf(structure, data.networks);
  if (network) element.append(networkSiteLine(network, linkTarget));
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
    const added: HTMLElement[] = [];
    for (let start = 0; start < missing.length; start += ITEMS_PER_TASK) {
      await nextTask();
      const batch = missing.slice(start, start + ITEMS_PER_TASK).map((structure) => {
        const element = item(structure, data, nameHeading, linkTarget);
        element.hidden = hide(structure);
        return element;
      });
      added.push(...batch);
      items.append(...batch);
    }
    const more = section.querySelector('[data-more]');
    const hadFocus = more?.contains(document.activeElement) ?? false;
    more?.remove();
    if (hadFocus) focusAfterMore(section, added);
  }
}

/**
 * The link to the area’s pages is gone while a keyboard reader was on it: rather than back to the top of the page,
 * focus goes to the first structure added after those shown before, or else to the area's heading.
 */
function focusAfterMore(section: HTMLElement, added: HTMLElement[]) {
  const link = added.find((element) => !element.hidden)?.querySelector('a');
  if (link) return link.focus();
  const headingId = section.getAttribute('aria-labelledby');
  const heading = headingId ? section.ownerDocument.getElementById(headingId) : null;
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}
