/**
 * <structure-map>: a Leaflet map of the structures listed in the server-rendered
 * element named by `data-source` (items `[data-structure]` with `data-lat`, `data-lng`,
 * `data-name`, `data-label`, `data-href`, `data-code`, `data-marker-class`, `data-summary`, and
 * `data-approximate` when the point only stands in the town).
 * Markers follow the items' `hidden` state, set by <structure-directory>. Markers that
 * would overlap at the current zoom become one group marker listing its structures.
 *
 * Leaflet comes from `loadLeaflet`: a dynamic import on the site's pages, the bundled
 * module in the classic script of the embed page (no module loads in opaque origins).
 */
import type * as Leaflet from 'leaflet';
import { FILTER_EVENT } from '../lib/structures/filters.ts';
import { groupNearby } from '../lib/structures/groupNearby.ts';

type LeafletModule = typeof Leaflet;

/** Share of the visible map a pan button moves. */
const PAN_SHARE = 1 / 3;
/** Markers closer than this, in pixels, are grouped: they would overlap. */
const GROUP_DISTANCE = 44;

const latLngOf = (item: HTMLElement): [number, number] => [Number(item.dataset['lat']), Number(item.dataset['lng'])];

function structureLink(item: HTMLElement, linkTarget: string | undefined): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = item.dataset['href'] ?? '#';
  link.textContent = item.dataset['name'] ?? '';
  if (linkTarget) link.target = linkTarget;
  return link;
}

function singlePopup(item: HTMLElement, linkTarget: string | undefined): HTMLElement {
  const content = document.createElement('div');
  const title = document.createElement('p');
  title.append(structureLink(item, linkTarget));
  const summary = document.createElement('p');
  summary.textContent = item.dataset['summary'] ?? '';
  content.append(title, summary);
  if (item.dataset['approximate'] !== undefined) {
    const placement = document.createElement('p');
    placement.textContent = 'Repère placé dans la commune : l’adresse exacte reste à confirmer.';
    content.append(placement);
  }
  return content;
}

function groupPopup(items: HTMLElement[], linkTarget: string | undefined, zoomIn: () => void): HTMLElement {
  const content = document.createElement('div');
  const title = document.createElement('p');
  title.textContent = `${items.length} structures à cet endroit :`;
  const list = document.createElement('ul');
  for (const item of items) {
    const entry = document.createElement('li');
    entry.append(structureLink(item, linkTarget));
    list.append(entry);
  }
  const zoom = document.createElement('button');
  zoom.type = 'button';
  zoom.textContent = 'Zoomer sur ce groupe';
  zoom.addEventListener('click', zoomIn);
  content.append(title, list, zoom);
  return content;
}

function icon(L: LeafletModule, className: string, text: string): Leaflet.DivIcon {
  const pill = document.createElement('span');
  pill.className = className;
  pill.setAttribute('aria-hidden', 'true');
  pill.textContent = text;
  return L.divIcon({ html: pill, className: 'map-marker-icon', iconSize: [48, 32], iconAnchor: [24, 16] });
}

export function defineStructureMap(loadLeaflet: () => Promise<LeafletModule>) {
  class StructureMap extends HTMLElement {
    #L: LeafletModule | undefined;
    #map: Leaflet.Map | undefined;
    #layer: Leaflet.LayerGroup | undefined;
    #items: HTMLElement[] = [];
    #started = false;

    connectedCallback() {
      // Pages load this module only when the map is about to show (see StructureMapScript.astro).
      void this.#start();
    }

    #say(message: string) {
      const box = this.querySelector<HTMLElement>('[data-map-message]');
      if (!box || box.textContent === message) return;
      box.textContent = message;
      box.hidden = false;
    }

    async #start() {
      if (this.#started) return;
      this.#started = true;
      let L: LeafletModule;
      try {
        L = await loadLeaflet();
      } catch {
        this.#say('La carte n’a pas pu se charger. Toutes les structures restent dans la liste.');
        return;
      }
      this.#L = L;
      this.querySelector('[data-map-fallback]')?.remove();
      // The canvas takes room only once there is a map to show.
      this.dataset['started'] = '';
      const { dataset } = this;
      const centre = (dataset['centre'] ?? '0,0').split(',').map(Number) as [number, number];
      const zoom = Number(dataset['zoom'] ?? 9);
      const map = L.map(this.querySelector<HTMLElement>('[data-map-canvas]')!, {
        zoomControl: false,
        center: centre,
        zoom,
      });
      this.#map = map;
      L.tileLayer(dataset['tilesUrl'] ?? '', {
        attribution: dataset['tilesAttribution'] ?? '',
        maxZoom: Number(dataset['tilesMaxZoom'] ?? 19),
        referrerPolicy: 'strict-origin-when-cross-origin',
      })
        .on('tileerror', () =>
          this.#say(
            'Le fond de carte ne s’affiche pas : le serveur de tuiles ne répond pas. Les structures restent toutes dans la liste.',
          ),
        )
        .addTo(map);
      map.attributionControl.setPrefix(false);
      this.#layer = L.layerGroup().addTo(map);
      const source = document.getElementById(dataset['source'] ?? '');
      this.#items = [...(source?.querySelectorAll<HTMLElement>('[data-structure]') ?? [])];
      this.#wireToolbar(centre, zoom);
      map.on('zoomend', () => this.#render());
      document.addEventListener(FILTER_EVENT, () => this.#frame());
      if (dataset['fit'] !== undefined) this.#frame();
      else this.#render();
      this.dataset['markers'] = String(this.#items.length);
      performance.mark('structure-map:markers');
    }

    /** Frames the visible structures (after a filter), then draws them. */
    #frame() {
      const map = this.#map;
      const visible = this.#items.filter((item) => !item.hidden);
      if (map && this.dataset['fit'] !== undefined && visible.length > 0) {
        const bounds = this.#L!.latLngBounds(visible.map(latLngOf));
        map.fitBounds(bounds, { padding: [32, 32], maxZoom: Number(this.dataset['fitMaxZoom'] ?? 13), animate: false });
      }
      this.#render();
    }

    /** Draws one marker per visible structure, or one per group of overlapping ones. */
    #render() {
      const L = this.#L;
      const map = this.#map;
      const layer = this.#layer;
      if (!L || !map || !layer) return;
      layer.clearLayers();
      const visible = this.#items.filter((item) => !item.hidden);
      const placed = visible.map((item) => {
        const { x, y } = map.latLngToLayerPoint(latLngOf(item));
        return { x, y, value: item };
      });
      for (const group of groupNearby(placed, GROUP_DISTANCE)) {
        layer.addLayer(group.length === 1 ? this.#single(L, group[0]!) : this.#group(L, group));
      }
    }

    #single(L: LeafletModule, item: HTMLElement): Leaflet.Marker {
      const marker = L.marker(latLngOf(item), {
        icon: icon(L, item.dataset['markerClass'] ?? 'map-marker', item.dataset['code'] ?? ''),
        keyboard: true,
        riseOnHover: true,
      });
      marker.bindPopup(() => singlePopup(item, this.dataset['linkTarget']));
      return this.#accessible(marker, item.dataset['label'] ?? '');
    }

    #group(L: LeafletModule, items: HTMLElement[]): Leaflet.Marker {
      const bounds = L.latLngBounds(items.map(latLngOf));
      const names = items.map((item) => item.dataset['name'] ?? '').join(' ; ');
      const marker = L.marker(bounds.getCenter(), {
        icon: icon(L, 'map-marker map-marker--group', String(items.length)),
        keyboard: true,
        riseOnHover: true,
      });
      marker.bindPopup(() =>
        groupPopup(items, this.dataset['linkTarget'], () => {
          marker.closePopup();
          this.#map?.fitBounds(bounds, { padding: [48, 48], animate: false });
        }),
      );
      return this.#accessible(marker, `Groupe de ${items.length} structures : ${names}`);
    }

    /** Names the marker, answers Space like a button, and moves focus into and out of its popup. */
    #accessible(marker: Leaflet.Marker, label: string): Leaflet.Marker {
      marker.on('add', () => {
        const element = marker.getElement();
        if (!element) return;
        element.setAttribute('aria-label', label);
        element.addEventListener('keydown', (event) => {
          if (event.key !== ' ') return;
          event.preventDefault();
          marker.openPopup();
        });
      });
      marker.on('popupopen', () => {
        const popup = marker.getPopup()?.getElement();
        popup?.querySelector<HTMLElement>('.leaflet-popup-content a')?.focus();
        // Leaflet closes on Escape only while the map itself has focus, not a link in the popup.
        if (popup && popup.dataset['escape'] === undefined) {
          popup.dataset['escape'] = '';
          popup.addEventListener('keydown', (event) => {
            if (event.key === 'Escape') marker.closePopup();
          });
        }
      });
      marker.on('popupclose', () => {
        // Escape or the close button: focus returns to the marker, unless it went elsewhere on purpose.
        // The popup fades out, so its link may still hold focus for a moment.
        const popup = marker.getPopup()?.getElement();
        const active = document.activeElement;
        if (!active || active === document.body || popup?.contains(active) || active === this.#map?.getContainer()) {
          marker.getElement()?.focus();
        }
      });
      return marker;
    }

    #wireToolbar(centre: [number, number], zoom: number) {
      const map = this.#map!;
      const toolbar = this.querySelector<HTMLElement>('[data-map-toolbar]');
      if (!toolbar) return;
      const actions: Record<string, () => void> = {
        north: () => map.panBy([0, -map.getSize().y * PAN_SHARE]),
        south: () => map.panBy([0, map.getSize().y * PAN_SHARE]),
        west: () => map.panBy([-map.getSize().x * PAN_SHARE, 0]),
        east: () => map.panBy([map.getSize().x * PAN_SHARE, 0]),
        'zoom-in': () => map.zoomIn(),
        'zoom-out': () => map.zoomOut(),
        reset: () => (this.dataset['fit'] !== undefined ? this.#frame() : map.setView(centre, zoom)),
      };
      toolbar.addEventListener('click', (event) => {
        const button = (event.target as Element).closest<HTMLButtonElement>('button[data-map-action]');
        if (button) actions[button.dataset['mapAction'] ?? '']?.();
      });
      for (const button of toolbar.querySelectorAll('button')) button.disabled = false;
      toolbar.hidden = false;
    }
  }

  if (!customElements.get('structure-map')) customElements.define('structure-map', StructureMap);
}
