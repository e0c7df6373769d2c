import { describe, expect, it } from 'vitest';
import { isNotIndexed, robotsTxt } from '../../src/lib/robots.ts';
import { sectionOf, shareImagePath } from '../../src/lib/shareImages.ts';
import { shareSections } from '../../src/navigation.ts';
import { absoluteUrl } from '../../src/lib/url.ts';

describe('robots.txt', () => {
  it.each([
    ['/', 'https://exemple.fr/sitemap-index.xml', 'Disallow: /admin/'],
    ['/aioa41/', 'https://exemple.fr/aioa41/sitemap-index.xml', 'Disallow: /aioa41/admin/'],
  ])('sous la base %s, nomme le plan du site et ferme l’interface des éditeurs', (base, sitemapUrl, disallow) => {
    const lines = robotsTxt({ base, sitemapUrl }).split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain(disallow);
    expect(lines).toContain(`Sitemap: ${sitemapUrl}`);
    // The embedded map must stay reachable: its noindex tag keeps it out of results.
    expect(lines.filter((line) => line.startsWith('Disallow:') && line.includes('embed'))).toEqual([]);
  });

  it.each([
    ['/admin/', true],
    ['/embed/carte/', true],
    ['/carte/', false],
    ['/', false],
  ])('%s hors du plan du site : %s', (path, expected) => {
    expect(isNotIndexed(path)).toBe(expected);
  });
});

describe('images des aperçus de liens', () => {
  it.each([
    ['/', 'accueil'],
    ['/structures/mission-locale-blaisois/', 'structures'],
    ['/carte/integrer/', 'carte'],
    ['/points-etape/2004-presentation-du-groupe/', 'points-etape'],
    ['/accessibilite/grille/', 'accessibilite'],
    ['/mentions-legales/', 'accueil'],
  ])('%s montre l’image de la rubrique %s', (path, id) => {
    expect(sectionOf(path, shareSections).id).toBe(id);
  });

  it('une image par rubrique, chacune à son propre nom de fichier', () => {
    const paths = shareSections.map(shareImagePath);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('/partage/structures.png');
  });

  it.each([
    ['https://exemple.fr', '/', '/partage/carte.png', 'https://exemple.fr/partage/carte.png'],
    ['https://exemple.fr/', '/aioa41/', '/sitemap-index.xml', 'https://exemple.fr/aioa41/sitemap-index.xml'],
  ])('adresse absolue : %s + %s + %s', (site, base, path, expected) => {
    expect(absoluteUrl(path, site, base)).toBe(expected);
  });
});
