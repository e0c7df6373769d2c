import { site as siteConfig } from '../site.config.ts';

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
 * Absolute address of a site path, base included: for canonical links, link previews and robots.txt.
 * `site` is Astro's `site` (SITE_URL at build time); without it, the configured address.
 */
export function absoluteUrl(path: string, site: URL | string = siteConfig.url, base?: string): string {
  return new URL(withBase(path, base), site).href;
}
