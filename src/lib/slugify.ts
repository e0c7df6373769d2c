/**
 * Plain lowercase words without accents, joined by dashes: « Cité des Métiers » → `cite-des-metiers`,
 * « Main-d’œuvre » → `main-d-oeuvre` (ligatures are written out: they have no accent to strip).
 * File names, service codes, column titles and town names are all written or compared this way.
 * `keep` lists characters that stay as they are (a regular-expression class body, e.g. `/` between folders).
 */
export function slugify(text: string, keep = ''): string {
  return text
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(new RegExp(`[^a-z0-9${keep}]+`, 'g'), '-')
    .replace(/^-+|-+$/g, '');
}
