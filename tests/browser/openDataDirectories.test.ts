import { describe, expect, it } from 'vitest';
import { fetchFile } from '../support/browser.ts';
import { contentFiles } from '../support/loadContent.ts';

describe.each([
  ['donnees/sitotheque.json', 'sites', ['titre', 'url', 'thematiques', 'publics', 'date_verification', 'page']],
  [
    'donnees/structures.json',
    'structures',
    ['nom', 'type', 'description', 'localisation', 'publics_libelles', 'verifie', 'page'],
  ],
  [
    'donnees/stages.json',
    'internships',
    ['nom', 'pour', 'duree', 'cadre_legal', 'convention', 'gratification', 'structures'],
  ],
] as const)('le téléchargement %s', (path, collection, fields) => {
  it('donne une fiche par fichier de contenu, avec ses champs, et la page de donnees le propose', async () => {
    const response = await fetchFile(path);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const records = (await response.json()) as Record<string, unknown>[];
    expect(records.map((record) => record['id']).sort()).toEqual(
      contentFiles(collection)
        .map(({ id }) => id)
        .sort(),
    );
    for (const field of fields) expect(records[0]).toHaveProperty(field);
    const page = await (await fetchFile('donnees/')).text();
    expect(page).toContain(`href="/${path}"`);
    // The page's field table names every field the file holds.
    const file = path.replace('donnees/', '');
    const table =
      new RegExp(`<caption[^>]*>[^<]*${file.replace('.', '\\.')}[^<]*</caption>[\\s\\S]*?</table>`).exec(page)?.[0] ??
      '';
    for (const field of Object.keys(records[0]!)) expect(table).toMatch(new RegExp(`<code[^>]*>${field}</code>`));
  });
});
