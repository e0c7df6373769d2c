/**
 * <structure-map>: a Leaflet map of the structures listed in the element named by
 * `data-source` (items `[data-structure]` with `data-lat`, `data-lng`, `data-name`,
 * `data-label`, `data-href`, `data-code`, `data-marker-class`, `data-summary`, and
 * `data-approximate` when the point only stands in the town).
 * Markers follow the items' `hidden` state, set by <structure-directory>; when the list
 * belongs to a directory that fills it from the map's data file, the map waits for it.
 * Markers that would overlap at the current zoom are clustered by supercluster into one
 * group marker naming its structures; only the clusters in view are drawn.
 *
 * Leaflet comes from `loadLeaflet`: a dynamic import on the site's pages, the bundled
 * module in the classic script of the embed page (no module loads in opaque origins).
 */
import type * as Leaflet from 'leaflet';
import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';
import { FILTER_EVENT } from '../lib/structures/filters.ts';

type LeafletModule = typeof Leaflet;

/** Share of the visible map a pan button moves. */
const PAN_SHARE = 1 / 3;
/** Markers closer than this, in pixels, are grouped: they would overlap. */
const GROUP_DISTANCE = 44;
/** A group's accessible name lists its members up to this many; past that, a list of names helps no one. */
const NAMED_MEMBERS_MAX = 25;
/** Up to this many structures, markers are drawn for the whole map, not only around the view (so moves redraw nothing). */
const DRAW_ALL_MAX = 500;
/** Zoom past which every structure has its own marker. */
const CLUSTER_MAX_ZOOM = 16;

type ItemPoint = PointFeature<{ item: HTMLElement }>;

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

function groupPopup(
  items: HTMLElement[],
  count: number,
  linkTarget: string | undefined,
  zoomIn: () => void,
): HTMLElement {
  const content = document.createElement('div');
  const title = document.createElement('p');
  title.textContent =
    items.length < count ? `${count} structures à cet endroit, dont :` : `${count} structures à cet endroit :`;
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
    #index: Supercluster<{ item: HTMLElement }> | undefined;
    /** What the markers on the map cover: a move inside it (a popup's auto-pan…) draws nothing anew. */
    #drawn: { bounds: Leaflet.LatLngBounds; zoom: number } | undefined;
    #visibleCount = 0;
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
      this.#wireToolbar(centre, zoom);
      map.on('moveend', () => {
        const drawn = this.#drawn;
        if (!drawn || drawn.zoom !== Math.round(map.getZoom()) || !drawn.bounds.contains(map.getBounds()))
          this.#render();
      });
      document.addEventListener(FILTER_EVENT, () => this.#frame());
      // A directory that fills its list from the data file says so with `data-ready`: until then, wait for it.
      const directory = document.getElementById(dataset['source'] ?? '')?.closest<HTMLElement>('structure-directory');
      if (!directory || directory.dataset['ready'] !== undefined) this.#frame();
    }

    /** Reads the visible structures of the list (after a filter), indexes them, frames them, then draws them. */
    #frame() {
      const map = this.#map;
      if (!map) return;
      const source = document.getElementById(this.dataset['source'] ?? '');
      this.#items = [...(source?.querySelectorAll<HTMLElement>('[data-structure]') ?? [])];
      const visible = this.#items.filter((item) => !item.hidden);
      this.#visibleCount = visible.length;
      const points: ItemPoint[] = visible.map((item) => {
        const [lat, lng] = latLngOf(item);
        return { type: 'Feature', properties: { item }, geometry: { type: 'Point', coordinates: [lng, lat] } };
      });
      // Supercluster's radius is in 1/extent of a 256 px tile: 256 keeps it in screen pixels.
      this.#index = new Supercluster<{ item: HTMLElement }>({
        radius: GROUP_DISTANCE,
        extent: 256,
        maxZoom: CLUSTER_MAX_ZOOM,
      }).load(points);
      if (this.dataset['fit'] !== undefined && visible.length > 0) {
        const bounds = this.#L!.latLngBounds(visible.map(latLngOf));
        map.fitBounds(bounds, { padding: [32, 32], maxZoom: Number(this.dataset['fitMaxZoom'] ?? 13), animate: false });
      }
      this.#render();
      this.dataset['markers'] = String(visible.length);
      performance.mark('structure-map:markers');
    }

    /** Draws the markers and group markers in view (a little beyond, so that a small pan shows no gap). */
    #render() {
      const L = this.#L;
      const map = this.#map;
      const layer = this.#layer;
      const index = this.#index;
      if (!L || !map || !layer || !index) return;
      layer.clearLayers();
      const zoom = Math.round(map.getZoom());
      const bounds =
        this.#visibleCount <= DRAW_ALL_MAX ? L.latLngBounds([-85, -180], [85, 180]) : map.getBounds().pad(0.5);
      this.#drawn = { bounds, zoom };
      const box: [number, number, number, number] = [
        Math.max(-180, bounds.getWest()),
        Math.max(-85, bounds.getSouth()),
        Math.min(180, bounds.getEast()),
        Math.min(85, bounds.getNorth()),
      ];
      for (const feature of index.getClusters(box, zoom)) {
        const [lng, lat] = feature.geometry.coordinates as [number, number];
        const properties = feature.properties as Partial<ClusterProperties> & { item?: HTMLElement };
        layer.addLayer(
          properties.cluster && properties.cluster_id !== undefined
            ? this.#group(L, index, properties.cluster_id, properties.point_count ?? 0, [lat, lng])
            : this.#single(L, properties.item!),
        );
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

    #group(
      L: LeafletModule,
      index: Supercluster<{ item: HTMLElement }>,
      clusterId: number,
      count: number,
      centre: [number, number],
    ): Leaflet.Marker {
      const members = () => index.getLeaves(clusterId, NAMED_MEMBERS_MAX).map((leaf) => leaf.properties.item);
      const names = count <= NAMED_MEMBERS_MAX ? members().map((item) => item.dataset['name'] ?? '') : [];
      const marker = L.marker(centre, {
        icon: icon(L, 'map-marker map-marker--group', String(count)),
        keyboard: true,
        riseOnHover: true,
      });
      marker.bindPopup(() =>
        groupPopup(members(), count, this.dataset['linkTarget'], () => {
          marker.closePopup();
          this.#map?.setView(centre, Math.min(index.getClusterExpansionZoom(clusterId), CLUSTER_MAX_ZOOM + 1), {
            animate: false,
          });
        }),
      );
      return this.#accessible(
        marker,
        names.length > 0
          ? `Groupe de ${count} structures : ${names.join(' ; ')}`
          : `Groupe de ${count} structures (zoomez ou ouvrez-le pour les voir)`,
      );
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
