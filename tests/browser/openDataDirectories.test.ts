import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';

const siteUrl = inject('siteUrl');
const entriesIn = (folder: string) => readdirSync(`content/${folder}`).filter((file) => /\.(ya?ml|md)$/.test(file));

describe.each([
  ['donnees/sitotheque.json', 'sitotheque', ['titre', 'url', 'thematiques', 'publics', 'date_verification', 'page']],
  [
    'donnees/structures.json',
    'structures',
    ['nom', 'type', 'description', 'localisation', 'publics_libelles', 'verifie', 'page'],
  ],
  [
    'donnees/stages.json',
    'stages',
    ['nom', 'pour', 'duree', 'cadre_legal', 'convention', 'gratification', 'structures'],
  ],
])('le téléchargement %s', (path, folder, fields) => {
  it('donne une fiche par fichier de contenu, avec ses champs, et la page de donnees le propose', async () => {
    const response = await fetch(new URL(path, siteUrl));
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const records = (await response.json()) as Record<string, unknown>[];
    expect(records.map((record) => record['id']).sort()).toEqual(
      entriesIn(folder)
        .map((file) => file.replace(/\.\w+$/, ''))
        .sort(),
    );
    for (const field of fields) expect(records[0]).toHaveProperty(field);
    const page = await (await fetch(new URL('donnees/', siteUrl))).text();
    expect(page).toContain(`href="/${path}"`);
    // The page's field table names every field the file holds.
    const file = path.replace('donnees/', '');
    const table =
      new RegExp(`<caption[^>]*>[^<]*${file.replace('.', '\\.')}[^<]*</caption>[\\s\\S]*?</table>`).exec(page)?.[0] ??
      '';
    for (const field of Object.keys(records[0]!)) expect(table).toMatch(new RegExp(`<code[^>]*>${field}</code>`));
  });
});
