/**
 * Site paths (without the base) that search engines must not list. The editors' interface is closed to
 * crawlers; the embedded map stays open so that they read its `noindex` and partners' frames keep loading it.
 */
const notIndexed = {
  disallowed: ['/admin/'],
  noindexMeta: ['/embed/'],
} as const;

/** Whether the sitemap leaves a site path (without the base) out. */
export function isNotIndexed(path: string): boolean {
  return [...notIndexed.disallowed, ...notIndexed.noindexMeta].some((prefix) => path.startsWith(prefix));
}

/** The text of robots.txt, with the base in every path and the sitemap's absolute address. */
export function robotsTxt(options: { base: string; sitemapUrl: string }): string {
  const prefix = options.base.replace(/\/$/, '');
  return [
    '# Tout le site peut être indexé, sauf l’interface des éditeurs.',
    `# Les pages ${notIndexed.noindexMeta.map((path) => prefix + path).join(', ')} portent une balise noindex :`,
    '# elles restent ouvertes pour que les moteurs la lisent et que les sites partenaires les encadrent.',
    'User-agent: *',
    ...notIndexed.disallowed.map((path) => `Disallow: ${prefix}${path}`),
    '',
    `Sitemap: ${options.sitemapUrl}`,
    '',
  ].join('\n');
}
