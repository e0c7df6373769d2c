/**
 * <structure-map>: a Leaflet map of the structures listed in the element named by
 * `data-source` (items `[data-structure]` written with `structureItemAttributes`).
 * When that element belongs to a <structure-directory>, the markers are the directory's
 * `visiblePoints` (every structure of the map's data that the filters keep, whether or not
 * the list has rendered it yet), redrawn after each FILTER_EVENT; otherwise they are the items.
 * Markers that would overlap at the current zoom are clustered by supercluster into one
 * group marker naming its structures; only the clusters in view are drawn.
 *
 * Leaflet comes with this module: both are one dynamic import on the site's pages
 * (loadStructureMap.ts), one classic script on the embed page (no module loads in opaque origins).
 */
import type * as Leaflet from 'leaflet';
import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';
import { FILTER_EVENT } from '../lib/structures/filters.ts';
import { pointOfItem, type MarkerPoint, type PlacedPoint } from '../lib/structures/markers.ts';
import { showMapMessage } from './mapMessage.ts';
import type { DirectoryElement } from './structureDirectory.ts';

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

/** The accessible name of a popup's close button (its text is a bare ×). */
const POPUP_CLOSE_LABEL = 'Fermer la fiche';
/** Room a popup leaves between itself and the map's edges, in pixels. */
const POPUP_MARGIN = 8;
/** What Leaflet's popup adds around its content: side margins (20 + 24), the wrapper's border (2) and 1 for rounding. */
const POPUP_FRAME_WIDTH = 47;
/** What Leaflet's popup adds above and below its content (margins, border), plus its tip and half a marker. */
const POPUP_FRAME_HEIGHT = 28 + 20 + 16;
/** Leaflet's own minimum width of a popup's content. */
const POPUP_MIN_WIDTH = 50;

/** A marker's structure, and its rank in the list the map's page shows (in which order a group names its members). */
type Properties = { point: PlacedPoint; rank: number };

const latLngOf = (point: PlacedPoint): [number, number] => [point.lat, point.lng];

function structureLink(point: MarkerPoint, linkTarget: string | undefined): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = point.href;
  link.textContent = point.name;
  if (linkTarget) link.target = linkTarget;
  return link;
}

function singlePopup(point: MarkerPoint, linkTarget: string | undefined): HTMLElement {
  const content = document.createElement('div');
  const title = document.createElement('p');
  title.append(structureLink(point, linkTarget));
  const summary = document.createElement('p');
  summary.textContent = point.summary;
  content.append(title, summary);
  if (point.approximate) {
    const placement = document.createElement('p');
    placement.textContent = 'Repère placé dans la commune : l’adresse exacte reste à confirmer.';
    content.append(placement);
  }
  return content;
}

function groupPopup(
  items: MarkerPoint[],
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

/**
 * A popup's bounds inside a map of this size. Leaflet's default (content up to 300 px wide, any height) is wider
 * than a map on a 320 px phone, whose popup then hid names and its close button past the screen's edge.
 */
function popupBounds(size: Leaflet.Point): Pick<Leaflet.PopupOptions, 'maxWidth' | 'minWidth' | 'maxHeight'> {
  const maxWidth = Math.max(POPUP_MIN_WIDTH, size.x - 2 * POPUP_MARGIN - POPUP_FRAME_WIDTH);
  return {
    maxWidth,
    minWidth: Math.min(POPUP_MIN_WIDTH, maxWidth),
    maxHeight: Math.max(POPUP_MIN_WIDTH, size.y - 2 * POPUP_MARGIN - POPUP_FRAME_HEIGHT),
  };
}

function icon(L: LeafletModule, className: string, text: string): Leaflet.DivIcon {
  const pill = document.createElement('span');
  pill.className = className;
  pill.setAttribute('aria-hidden', 'true');
  pill.textContent = text;
  return L.divIcon({ html: pill, className: 'map-marker-icon', iconSize: [48, 32], iconAnchor: [24, 16] });
}

export function defineStructureMap(L: LeafletModule) {
  class StructureMap extends HTMLElement {
    #map: Leaflet.Map | undefined;
    #layer: Leaflet.LayerGroup | undefined;
    /** The markers on the map, after the filters, in the order of the list (the directory's, or the source's items). */
    #points: PlacedPoint[] = [];
    #index: Supercluster<Properties> | undefined;
    /** What the markers on the map cover: a move inside it (a popup's auto-pan…) draws nothing anew. */
    #drawn: { bounds: Leaflet.LatLngBounds; zoom: number } | undefined;
    /** The markers drawn, each with the structure it shows or its group's id in the index. */
    #shown = new Map<Leaflet.Marker, PlacedPoint | number>();
    #started = false;

    connectedCallback() {
      // Pages load this module only when the map is about to show (see StructureMapScript.astro).
      this.#start();
    }

    #start() {
      if (this.#started) return;
      this.#started = true;
      this.querySelector('[data-map-fallback]')?.remove();
      // The canvas takes room only once there is a map to show.
      this.dataset['started'] = '';
      const { dataset } = this;
      const centre = (dataset['centre'] ?? '0,0').split(',').map(Number) as [number, number];
      const zoom = Number(dataset['zoom'] ?? 9);
      const map = L.map(this.querySelector<HTMLElement>('[data-map-canvas]')!, {
        zoomControl: false,
        // The wheel and a one-finger swipe scroll the page past the map, here and on a partner's page that frames it,
        // instead of being caught by it: the toolbar's buttons, the keyboard and a pinch move the map (the hint under
        // the toolbar says so, under the same media query, StructureMap.astro).
        scrollWheelZoom: false,
        dragging: !matchMedia('(pointer: coarse)').matches,
        center: centre,
        zoom,
      });
      this.#map = map;
      L.tileLayer(dataset['tilesUrl'] ?? '', {
        attribution: dataset['tilesAttribution'] ?? '',
        maxZoom: Number(dataset['tilesMaxZoom'] ?? 19),
        referrerPolicy: 'strict-origin-when-cross-origin',
      })
        .on('tileerror', () => showMapMessage(this, 'tiles'))
        .addTo(map);
      map.attributionControl.setPrefix(false);
      this.#layer = L.layerGroup().addTo(map);
      this.#wireToolbar(centre, zoom);
      this.#boundPopups();
      map.on('moveend', () => {
        const drawn = this.#drawn;
        if (!drawn || drawn.zoom !== Math.round(map.getZoom()) || !drawn.bounds.contains(map.getBounds()))
          this.#render();
      });
      const source = document.getElementById(dataset['source'] ?? '');
      const directory = source?.closest<DirectoryElement>('structure-directory');
      if (!directory) {
        this.#frame(
          [...(source?.querySelectorAll<HTMLElement>('[data-structure]') ?? [])].map((item) =>
            pointOfItem(item.dataset),
          ),
        );
        return;
      }
      directory.addEventListener(FILTER_EVENT, () => this.#frame(directory.visiblePoints));
      // The directory says with `data-ready` that it has read the data file and the filters: until then, wait for it.
      if (directory.dataset['ready'] !== undefined) this.#frame(directory.visiblePoints);
    }

    /**
     * Indexes the structures to show (after a filter), frames them, then draws them. A structure whose town no source
     * gives (`unplaced`) has no point and gets no marker. The page says so under the map (UnplacedNote.astro), and the
     * list keeps it.
     */
    #frame(kept: MarkerPoint[] = this.#points) {
      const map = this.#map;
      if (!map) return;
      const visible = kept.filter((point): point is PlacedPoint => !point.unplaced);
      this.#points = visible;
      const features: PointFeature<Properties>[] = visible.map((point, rank) => ({
        type: 'Feature',
        properties: { point, rank },
        geometry: { type: 'Point', coordinates: [point.lng, point.lat] },
      }));
      // Supercluster's radius is in 1/extent of a 256 px tile: 256 keeps it in screen pixels.
      this.#index = new Supercluster<Properties>({
        radius: GROUP_DISTANCE,
        extent: 256,
        maxZoom: CLUSTER_MAX_ZOOM,
      }).load(features);
      if (this.dataset['fit'] !== undefined && visible.length > 0) {
        const bounds = L.latLngBounds(visible.map(latLngOf));
        // OpenStreetMap's credit lies over the map's bottom edge, across all of it on a 320 px phone (two lines): the
        // markers are framed above it, not under it. Leaflet takes `paddingBottomRight` over `padding` for that corner.
        map.fitBounds(bounds, {
          padding: [32, 32],
          paddingBottomRight: [32, 32 + map.attributionControl.getContainer()!.offsetHeight],
          maxZoom: Number(this.dataset['fitMaxZoom'] ?? 13),
          animate: false,
        });
      }
      this.#render();
      this.dataset['markers'] = String(visible.length);
      performance.mark('structure-map:markers');
    }

    /** Draws the markers and group markers in view (a little beyond, so that a small pan shows no gap). */
    #render() {
      const map = this.#map;
      const layer = this.#layer;
      const index = this.#index;
      if (!map || !layer || !index) return;
      layer.clearLayers();
      this.#shown.clear();
      const zoom = Math.round(map.getZoom());
      const bounds =
        this.#points.length <= DRAW_ALL_MAX ? L.latLngBounds([-85, -180], [85, 180]) : map.getBounds().pad(0.5);
      this.#drawn = { bounds, zoom };
      const box: [number, number, number, number] = [
        Math.max(-180, bounds.getWest()),
        Math.max(-85, bounds.getSouth()),
        Math.min(180, bounds.getEast()),
        Math.min(85, bounds.getNorth()),
      ];
      for (const feature of index.getClusters(box, zoom)) {
        const [lng, lat] = feature.geometry.coordinates as [number, number];
        const properties = feature.properties as Partial<ClusterProperties> & Partial<Properties>;
        const group = properties.cluster ? properties.cluster_id : undefined;
        const marker =
          group !== undefined
            ? this.#group(index, group, properties.point_count ?? 0, [lat, lng])
            : this.#single(properties.point!);
        this.#shown.set(marker, group ?? properties.point!);
        layer.addLayer(marker);
      }
    }

    #single(point: PlacedPoint): Leaflet.Marker {
      const marker = L.marker(latLngOf(point), {
        icon: icon(L, point.markerClass, point.code),
        keyboard: true,
        riseOnHover: true,
      });
      marker.bindPopup(() => singlePopup(point, this.dataset['linkTarget']), this.#popupOptions());
      return this.#accessible(marker, point.label);
    }

    #group(
      index: Supercluster<Properties>,
      clusterId: number,
      count: number,
      centre: [number, number],
    ): Leaflet.Marker {
      // The first members in the list's order: supercluster gives them in its own.
      const members = () =>
        index
          .getLeaves(clusterId, Infinity)
          .sort((a, b) => a.properties.rank - b.properties.rank)
          .slice(0, NAMED_MEMBERS_MAX)
          .map((leaf) => leaf.properties.point);
      const names = count <= NAMED_MEMBERS_MAX ? members().map((point) => point.name) : [];
      const marker = L.marker(centre, {
        icon: icon(L, 'map-marker map-marker--group', String(count)),
        keyboard: true,
        riseOnHover: true,
      });
      marker.bindPopup(
        () =>
          groupPopup(members(), count, this.dataset['linkTarget'], () => {
            const all = new Set(index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.point));
            marker.closePopup();
            this.#map?.setView(centre, Math.min(index.getClusterExpansionZoom(clusterId), CLUSTER_MAX_ZOOM + 1), {
              animate: false,
            });
            // Without animation, the zoom has ended (moveend, which redraws the markers) when setView returns. Not
            // once('moveend'): stopping the popup's auto-pan, if it still runs, fires one before the zoom.
            this.#focusFirstOf(all);
          }),
        this.#popupOptions(),
      );
      return this.#accessible(
        marker,
        names.length > 0
          ? `Groupe de ${count} structures : ${names.join(' ; ')}`
          : `Groupe de ${count} structures (zoomez ou ouvrez-le pour les voir)`,
      );
    }

    /**
     * The zoom on a group redraws the markers, the group's (which had focus) with them. Focus goes to the marker that
     * now shows the group's first structure in the list's order, its own or a smaller group's, which names itself
     * and from which Enter and Tab go on; to the map when the filters have left none of them (RGAA 12.8). A click
     * moves it too: the focus ring shows only after a key, and the page does not scroll.
     */
    #focusFirstOf(members: Set<MarkerPoint>) {
      const first = this.#points.find((point) => members.has(point));
      const holdsFirst = (shown: PlacedPoint | number) =>
        shown === first ||
        (typeof shown === 'number' &&
          !!this.#index?.getLeaves(shown, Infinity).some((leaf) => leaf.properties.point === first));
      const marker = first && [...this.#shown].find(([, shown]) => holdsFirst(shown))?.[0];
      (marker?.getElement() ?? this.#map?.getContainer())?.focus({ preventScroll: true });
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
        // Leaflet names its close button in English (« Close popup »), on every popup it builds.
        popup?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', POPUP_CLOSE_LABEL);
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

    /** A popup that fits the map as it is now (#boundPopups keeps it so if the map's size changes). */
    #popupOptions(): Leaflet.PopupOptions {
      return this.#map ? popupBounds(this.#map.getSize()) : {};
    }

    /** Keeps the open popup inside the map: bounded by its size when it opens, and again when the map is resized. */
    #boundPopups() {
      const map = this.#map!;
      let open: Leaflet.Popup | undefined;
      const bound = () => {
        if (!open) return;
        const bounds = popupBounds(map.getSize());
        const { options } = open;
        if (
          options.maxWidth === bounds.maxWidth &&
          options.minWidth === bounds.minWidth &&
          options.maxHeight === bounds.maxHeight
        )
          return;
        Object.assign(options, bounds);
        // Lays the popup out again and pans the map to show it whole (autoPan).
        open.update();
      };
      map.on('popupopen', (event) => {
        open = event.popup;
        bound();
      });
      map.on('popupclose', () => (open = undefined));
      map.on('resize', bound);
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
