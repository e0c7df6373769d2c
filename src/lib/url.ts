import { site } from '../site.config.ts';

/**
 * Prefixes a site path with the configured base, so that every link works when
 * the site is deployed under a sub-path (e.g. /aioa41/).
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const suffix = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${suffix}`;
}

/** Removes the base from a pathname, to compare it with site paths. */
export function withoutBase(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) || '/' : pathname;
}

/**
 * The absolute address of a site path, for downloads and feeds that leave the site.
 * `origin` is `Astro.site` (set from SITE_URL); without it, the address in `src/site.config.ts`.
 */
export function absoluteUrl(path: string, origin: URL | string | undefined, base?: string): string {
  return new URL(withBase(path, base), origin ?? site.url).href;
}
