import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toInternshipRecord, toSiteRecord } from '../../src/lib/openDataDirectories.ts';
import {
  fieldTables,
  INTERNSHIP_FIELDS,
  OPEN_DATA_DOWNLOADS,
  pickFields,
  SITE_FIELDS,
  STRUCTURE_FIELDS,
  unnamedMembersNote,
} from '../../src/lib/openDataRegistry.ts';
import { toStructureRecord } from '../../src/lib/structures/record.ts';
import { CSV_COLUMNS } from '../../src/lib/structures/serialise.ts';

const names = (fields: readonly { name: string }[]) => fields.map((field) => field.name);

const structure = toStructureRecord(
  {
    id: 'ml',
    data: {
      nom: 'Mission Locale de test',
      sigle: undefined,
      adresse: undefined,
      type: 'mission-locale',
      bassin: 'blois',
      description: 'Fiche de test.',
      dans_le_reseau: undefined,
      commune: 'Blois',
      latitude: 47.586,
      longitude: 1.336,
      publics: ['jeunes-16-25'],
      publics_a_confirmer: [],
      services: [],
      membre: true,
      commune_inconnue: false,
      date_maj: new Date('2026-11-28'),
      verifie: false,
    },
  },
  (id) => `https://exemple.invalid/structures/${id}/`,
);
const site = toSiteRecord(
  {
    id: 'onisep',
    data: {
      titre: 'Onisep',
      url: 'https://exemple.invalid/',
      description: 'Test.',
      thematiques: [{ id: 'orientation' }],
      publics: ['tout-public'],
    },
  },
  'https://exemple.invalid/sitotheque/orientation/',
);
const internshipData = {
  nom: 'Stage de test',
  pour: ['grand-public'],
  public_concerne: 'Test',
  age_ou_niveau: 'Test',
  duree: 'Test',
  cadre_legal: 'Test',
  convention: true,
  gratification: 'Test',
  structures: [],
  structures_informent: false,
  liens: [],
  date_verification: new Date('2026-11-01'),
  verifie: false,
};
const internship = toInternshipRecord({ id: 'stage', data: internshipData }, 'https://exemple.invalid/stages/stage/');

describe('le registre des données ouvertes', () => {
  it.each([
    ['structures', structure, STRUCTURE_FIELDS],
    ['sitothèque', site, SITE_FIELDS],
    ['stages', internship, INTERNSHIP_FIELDS],
  ] as const)('documente chaque champ des fiches %s, et rien de plus', (_, record, fields) => {
    expect(Object.keys(record).sort()).toEqual(names(fields).sort());
    expect(Object.keys(pickFields(record as Record<string, unknown>, fields))).toEqual(names(fields));
    for (const field of fields) expect(field.description.length).toBeGreaterThan(5);
  });

  it.each([
    ['structures', structure, STRUCTURE_FIELDS],
    ['sitothèque', site, SITE_FIELDS],
    ['stages', internship, INTERNSHIP_FIELDS],
  ] as const)('garde en JSON chaque champ des fiches %s, null quand il est vide', (_, record, fields) => {
    const published = JSON.parse(JSON.stringify(pickFields(record as Record<string, unknown>, fields))) as object;
    expect(Object.keys(published)).toEqual(names(fields));
  });

  it('décrit chaque champ booléen des fiches publiées comme chaque fichier l’écrit', () => {
    // A reuser filters on the documented value: true / false in JSON, whatever the CSV writes.
    const records = [
      [structure, STRUCTURE_FIELDS],
      [site, SITE_FIELDS],
      [internship, INTERNSHIP_FIELDS],
    ] as const;
    const booleans = records.flatMap(([record, fields]) =>
      fields.filter((field) => typeof (record as Record<string, unknown>)[field.name] === 'boolean'),
    );
    expect(booleans.length).toBeGreaterThan(0);
    for (const field of booleans) expect(field.description, field.name).toMatch(/true \/ false/);
  });

  it('ne date la vérification d’un stage que si ses règles ont été comparées aux textes officiels', () => {
    expect(internship).toMatchObject({ date_maj: '2026-11-01', date_verification: null });
    const checked = toInternshipRecord(
      { id: 'stage', data: { ...internshipData, verifie: true } },
      'https://exemple.invalid/',
    );
    expect(checked).toMatchObject({ date_maj: '2026-11-01', date_verification: '2026-11-01' });
  });

  it('donne ses colonnes au CSV', () => {
    expect(CSV_COLUMNS).toEqual(names(STRUCTURE_FIELDS));
  });

  it.each(OPEN_DATA_DOWNLOADS.map((download) => download.path))('a une page qui produit %s', (path) => {
    expect(existsSync(`src/pages${path}.ts`)).toBe(true);
  });

  it('décrit une fois les champs partagés par le GeoJSON, le CSV et le JSON des structures', () => {
    expect(fieldTables().map((table) => [table.title, table.files])).toEqual([
      ['Structures', ['structures.geojson', 'structures.csv', 'structures.json']],
      ['Sitothèque', ['sitotheque.json']],
      ['Stages', ['stages.json']],
    ]);
  });
});

describe('le champ membre, quand le point d’étape compte des membres sans les nommer', () => {
  const report = { date: '10 avril 2013', count: 16 };

  it('dit le compte du point d’étape, le membre qu’il ne nomme pas, et combien de fiches valent true', () => {
    expect(unnamedMembersNote(report, ['un CFA agricole'])).toBe(
      'le point d’étape du 10 avril 2013 compte 16 membres, dont un CFA agricole qu’il ne désigne pas précisément : aucune fiche n’est marquée membre pour lui, et membre ne vaut true (oui dans le CSV) que pour 15 structures, celles qu’il nomme',
    );
  });

  it('accorde avec plusieurs membres non nommés, et avec une seule structure nommée', () => {
    expect(unnamedMembersNote({ date: '1 mars 2020', count: 3 }, ['un CFA agricole', 'une Mission Locale'])).toBe(
      'le point d’étape du 1 mars 2020 compte 3 membres, dont un CFA agricole et une Mission Locale qu’il ne désigne pas précisément : aucune fiche n’est marquée membre pour eux, et membre ne vaut true (oui dans le CSV) que pour 1 structure, celle qu’il nomme',
    );
  });

  it('ne dit rien quand le point d’étape nomme tous ses membres', () => {
    expect(unnamedMembersNote(report, [])).toBeUndefined();
  });

  it('s’ajoute à la description du champ qu’elle complète, dans la table des structures seulement', () => {
    const [structures, ...others] = fieldTables(OPEN_DATA_DOWNLOADS, { membre: 'une précision' });
    const described = (name: string) => structures?.fields.find((field) => field.name === name)?.description;
    const original = (name: string) => STRUCTURE_FIELDS.find((field) => field.name === name)?.description;
    expect(described('membre')).toBe(`${original('membre')} ; une précision`);
    expect(described('verifie')).toBe(original('verifie'));
    expect(others.flatMap((table) => table.fields)).toEqual([...SITE_FIELDS, ...INTERNSHIP_FIELDS]);
  });
});
