import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/headers.ts';

/**
 * Headers a Cloudflare Pages host sends for `path` from a `_headers` file: every matching rule applies in
 * order, a repeated header is joined with a comma, `! Name` removes what earlier rules set.
 */
function headersFor(file: string, path: string): Record<string, string> {
  const headers = new Map<string, string>();
  let applies = false;
  for (const line of file.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replaceAll('*', '.*')}$`);
      applies = pattern.test(path);
      continue;
    }
    if (!applies) continue;
    const removal = /^\s+!\s*(.+)$/.exec(line);
    if (removal) {
      headers.delete(removal[1]!.trim().toLowerCase());
      continue;
    }
    const [name, ...value] = line.trim().split(':');
    const key = name!.toLowerCase();
    const text = value.join(':').trim();
    const previous = headers.get(key);
    headers.set(key, previous ? `${previous}, ${text}` : text);
  }
  return Object.fromEntries(headers);
}

describe.each([
  { base: '/', prefix: '' },
  { base: '/aioa41/', prefix: '/aioa41' },
])('_headers construit pour le chemin de base $base', ({ base, prefix }) => {
  const file = headersFile(base);

  it.each([
    ['/', "frame-ancestors 'self'"],
    ['/structures/bij-41/', "frame-ancestors 'self'"],
    ['/carte/integrer/', "frame-ancestors 'self'"],
    ['/embed/carte/', 'frame-ancestors *'],
  ])('%s : %s et le référent réduit à l’origine', (path, frameAncestors) => {
    const headers = headersFor(file, prefix + path);
    expect(headers['content-security-policy']).toBe(frameAncestors);
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['/embed/carte/', 'noindex'],
    ['/embed/carte.js', 'noindex'],
    ['/carte/', undefined],
  ])('%s : X-Robots-Tag %s (la carte encadrée reste hors des résultats)', (path, robots) => {
    expect(headersFor(file, prefix + path)['x-robots-tag']).toBe(robots);
  });

  it.each([
    ['/_astro/BaseLayout.DsENRhCv.css', 'public, max-age=31536000, immutable'],
    [
      '/_astro/StructureMapScript.astro_astro_type_script_index_0_lang.CHVC-ToR.js',
      'public, max-age=31536000, immutable',
    ],
    ['/structures/bij-41/', undefined],
    ['/carte/structures.json', undefined],
  ])('%s : Cache-Control %s (seuls les fichiers à empreinte sont gardés sans redemander)', (path, cacheControl) => {
    expect(headersFor(file, prefix + path)['cache-control']).toBe(cacheControl);
  });

  it('ne touche pas aux adresses du domaine hors du site', () => {
    if (prefix) expect(headersFor(file, '/autre-site/')).toEqual({});
  });
});
