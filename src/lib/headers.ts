/**
 * The text of `_headers`, the HTTP headers file that Cloudflare Pages and Netlify read at the root of what they
 * publish. Every path carries the site's base, as in robots.txt: under a sub-path, a rule for `/embed/*` would not
 * match `/aioa41/embed/carte/`, whose frame would then get `frame-ancestors 'self'` and go blank on partners' sites.
 * Explanations, the nginx variant and the sub-path case: docs/hebergement.md.
 */
export function headersFile(base: string): string {
  const prefix = base.replace(/\/$/, '');
  return `# En-têtes HTTP pour les hébergeurs qui lisent ce fichier (Cloudflare Pages, Netlify…).
# Une balise <meta> ne peut pas porter frame-ancestors : il est ici. Referrer-Policy aussi, pour toutes les pages
# d’un coup ; l’autodiagnostic et la recherche en portent une plus stricte dans leur page (<meta name="referrer">).
# Les chemins portent le chemin de base du site (${base}). Explications et variante nginx : docs/hebergement.md.

${prefix}/*
  Content-Security-Policy: frame-ancestors 'self'
  Referrer-Policy: strict-origin-when-cross-origin
  X-Content-Type-Options: nosniff

# La carte à intégrer s’affiche dans les sites des partenaires : tout site peut l’encadrer.
# Elle reste hors des résultats des moteurs de recherche (la page porte aussi une balise noindex).
${prefix}/embed/*
  ! Content-Security-Policy
  Content-Security-Policy: frame-ancestors *
  X-Robots-Tag: noindex

# Les fichiers que la construction écrit sous ${prefix}/_astro/ (styles, scripts) ont leur empreinte dans leur nom : un
# fichier modifié change de nom. Le navigateur les garde donc un an sans redemander, d’une page à l’autre.
${prefix}/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;
}
