import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
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

/** The field list /donnees/ documents for one file: the `<code>` row headings of the table whose caption names it. */
function documentedFields(page: string, file: string): string[] {
  const tables = page.split('<table').slice(1);
  const table = tables.find((candidate) =>
    new RegExp(`<caption[^>]*>[^<]*\\b${file.replace('.', '\\.')}\\b[^<]*</caption>`).test(candidate),
  );
  expect(table, `/donnees/ n’a pas de table des champs pour ${file}`).toBeDefined();
  return [...table!.matchAll(/<th scope="row"[^>]*>\s*<code[^>]*>([^<]+)<\/code>/g)].map((match) => match[1]!);
}

describe('les champs publiés sont ceux que /donnees/ documente, pour chaque fiche de chaque fichier', () => {
  let page = '';
  beforeAll(async () => {
    page = await (await fetchFile('donnees/')).text();
  });

  it.each(['structures.json', 'sitotheque.json', 'stages.json'])('%s', async (file) => {
    const fields = documentedFields(page, file);
    const records = (await (await fetchFile(`donnees/${file}`)).json()) as Record<string, unknown>[];
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(Object.keys(record), String(record['id'])).toEqual(fields);
  });

  it('structures.geojson : propriétés, la latitude et la longitude formant le point', async () => {
    const fields = documentedFields(page, 'structures.geojson');
    const { features } = (await (await fetchFile('donnees/structures.geojson')).json()) as {
      features: {
        id: string;
        geometry: { type: string; coordinates: number[] } | null;
        properties: { localisation?: string };
      }[];
    };
    expect(features.length).toBeGreaterThan(0);
    for (const feature of features) {
      expect(Object.keys(feature.properties), feature.id).toEqual(
        fields.filter((field) => field !== 'latitude' && field !== 'longitude'),
      );
      // No point where the town is not known (RFC 7946 allows a Feature without geometry).
      if (feature.properties.localisation === 'inconnue') {
        expect(feature.geometry, feature.id).toBeNull();
        continue;
      }
      expect(feature.geometry?.type).toBe('Point');
      expect(feature.geometry?.coordinates).toHaveLength(2);
    }
  });

  it('structures.csv : les colonnes, et une cellule par colonne à chaque ligne', async () => {
    const fields = documentedFields(page, 'structures.csv');
    const rows: string[][] = parseCsv(await (await fetchFile('donnees/structures.csv')).text(), { bom: true });
    expect(rows[0]).toEqual(fields);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).toHaveLength(fields.length);
  });
});

describe('stages.json', () => {
  it('dit, comme la fiche, quand ses structures ne font qu’informer (l’établissement de l’élève est l’interlocuteur)', async () => {
    const records = (await (await fetchFile('donnees/stages.json')).json()) as Record<string, unknown>[];
    const informing = contentFiles('internships').filter(({ data }) => data['structures_informent'] === true);
    expect(informing.length).toBeGreaterThan(0);
    for (const record of records) {
      const sheet = contentFiles('internships').find(({ id }) => id === record['id']);
      expect(record['structures_informent'], String(record['id'])).toBe(sheet?.data['structures_informent'] === true);
    }
  });

  it('ne donne de date de vérification qu’aux règles comparées aux textes officiels, comme les fiches le disent', async () => {
    const records = (await (await fetchFile('donnees/stages.json')).json()) as Record<string, unknown>[];
    const checked = new Map(contentFiles('internships').map(({ id, data }) => [id, data['verifie'] === true]));
    for (const record of records) {
      expect(record['date_maj'], String(record['id'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (checked.get(String(record['id']))) expect(record['date_verification']).toBe(record['date_maj']);
      else expect(record['date_verification'], String(record['id'])).toBeNull();
    }
    const unchecked = [...checked.values()].filter((verified) => !verified).length;
    const page = await (await fetchFile('donnees/')).text();
    if (unchecked > 0)
      expect(page.replace(/\s+/g, ' ')).toContain(
        `Stages : ${unchecked} ${unchecked > 1 ? 'fiches' : 'fiche'} sur ${checked.size}`,
      );
  });
});

// A reuser who takes one file wants its date, not the newest of the whole page (the sitothèque's links and the
// structures are not checked on the same days).
describe('la liste des téléchargements de /donnees/', () => {
  it('la date de la page ne cite les liens de la sitothèque que si l’un d’eux est daté', async () => {
    const page = (await (await fetchFile('donnees/')).text()).replace(/\s+/g, ' ');
    const anyLinkDated = contentFiles('sites').some(({ data }) => data['date_verification']);
    const covered = /la date la plus récente des fichiers \(([^)]*)\)/.exec(page)?.[1];
    expect(covered).toBe(
      `fiches des structures et des stages${anyLinkDated ? ', liens vérifiés de la sitothèque' : ''}`,
    );
  });

  it.each([
    ['structures.geojson', 'structures.json', 'date_maj'],
    ['structures.csv', 'structures.json', 'date_maj'],
    ['structures.json', 'structures.json', 'date_maj'],
    ['data-inclusion/structures.json', 'data-inclusion/structures.json', 'date_maj'],
    ['data-inclusion/services.json', 'data-inclusion/services.json', 'date_maj'],
    ['sitotheque.json', 'sitotheque.json', 'date_verification'],
    ['stages.json', 'stages.json', 'date_maj'],
  ])(
    'date %s par la plus récente de ses fiches, ou dit pourquoi il n’a pas encore de date',
    async (file, dated, field) => {
      const page = await (await fetchFile('donnees/')).text();
      const item = page
        .split('<li')
        .find((part) => part.includes(`href="/donnees/${file}"`))!
        .split('</li>')[0]!;
      const records = (await (await fetchFile(`donnees/${dated}`)).json()) as Record<string, string | null>[];
      const newest = records
        .map((record) => record[field])
        .filter((date) => date !== null && date !== undefined)
        .sort()
        .at(-1);
      if (newest) expect(item).toMatch(new RegExp(`Mis à jour le <time datetime="${newest}"`));
      else expect(item).toMatch(/Pas encore de date : aucun/);
    },
  );
});
