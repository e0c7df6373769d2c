import { describe, expect, it } from 'vitest';
import { SLUG, suggestFileName, suggestId } from '../../src/lib/entryIds.ts';

describe('le nom de fichier d’une nouvelle fiche', () => {
  it.each([
    ['Mission Locale Blois/Vendôme', 'mission-locale-blois-vendome'],
    ['CIO / CIDJ', 'cio-cidj'],
    ['Mission Locale d’Blois', 'mission-locale-d-blois'],
    ['Main-d’œuvre', 'main-d-oeuvre'],
    ['« … »', 'fiche'],
  ])('« %s » → %s, que le site garde tel quel', (text, id) => {
    expect(suggestId(text)).toBe(id);
    expect(SLUG.test(id)).toBe(true);
  });
});

describe('le nom proposé pour renommer un fichier mal nommé', () => {
  it.each([
    ['Ma Fiche', 'ma-fiche'],
    ['Sous Dossier/Ma Fiche', 'sous-dossier/ma-fiche'],
    ['a / b', 'a/b'],
    ['/', 'fiche'],
  ])('%s → %s', (id, name) => {
    expect(suggestFileName(id)).toBe(name);
  });
});
