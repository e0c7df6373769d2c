import { describe, expect, it } from 'vitest';
import {
  breadcrumbList,
  jsonLdText,
  openingHoursSpecification,
  reportThing,
  structureThing,
} from '../../src/lib/structuredData.ts';
import type { Structure } from '../../src/schemas/structure.ts';

const structure: Structure = {
  nom: 'Centre d’essai',
  sigle: 'CE',
  type: 'cio',
  bassin: 'vendome',
  description: 'Une structure de test.',
  dans_le_reseau: undefined,
  adresse: '1 rue de l’Essai',
  code_postal: '41100',
  commune: 'Vendôme',
  latitude: 47.79,
  longitude: 1.07,
  telephone: '02 54 00 00 00',
  courriel: 'accueil@essai.example',
  site_web: 'https://essai.example/',
  horaires_accueil: 'Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off',
  publics: ['jeunes-16-25'],
  publics_a_confirmer: [],
  services: [],
  membre: true,
  commune_inconnue: false,
  date_maj: new Date('2026-11-28'),
  verifie: true,
};
const facts = { data: structure, url: 'https://exemple.fr/structures/essai/', networkUrl: 'https://exemple.fr/' };
/** A JSON-LD value as search engines receive it: plain JSON. */
const plain = (thing: unknown) => JSON.parse(JSON.stringify(thing)) as Record<string, unknown>;
const CONTACT_KEYS = ['address', 'location', 'telephone', 'email', 'sameAs'];

describe('données structurées d’une structure', () => {
  it('publie adresse, position, téléphone et horaires quand les coordonnées peuvent l’être', () => {
    const thing = plain(structureThing(facts));
    expect(thing['@type']).toBe('GovernmentOffice');
    expect(Object.keys(thing)).toEqual(expect.arrayContaining(CONTACT_KEYS));
    expect(thing['telephone']).toBe('02 54 00 00 00');
    expect(JSON.stringify(thing['location'])).toContain('"latitude":47.79');
    expect(JSON.stringify(thing['location'])).toContain('OpeningHoursSpecification');
  });

  it('ne publie que le nom, le type, le territoire servi, le code postal et la commune quand personne ne les a vérifiées', () => {
    const thing = plain(structureThing({ ...facts, data: { ...structure, verifie: false } }));
    for (const key of CONTACT_KEYS.filter((key) => key !== 'address')) expect(thing, key).not.toHaveProperty(key);
    // The postal code goes with the town, as the page's town line and the open data give them: no street.
    expect(thing['address']).toEqual({
      '@type': 'PostalAddress',
      postalCode: '41100',
      addressLocality: 'Vendôme',
      addressCountry: 'FR',
    });
    const text = JSON.stringify(thing);
    expect(text).not.toContain('1 rue de l’Essai');
    expect(text).not.toContain('02 54');
    expect(text).toContain('Bassin d’emploi de Vendôme');
  });

  it('publie une valeur qui porte sa source, et seulement elle, quand la fiche n’est pas vérifiée', () => {
    const source = { source: 'data·inclusion (dora)', id: undefined, lien: undefined, date: new Date('2026-10-01') };
    const thing = plain(
      structureThing({
        ...facts,
        data: { ...structure, verifie: false, sources: { telephone: source } },
      }),
    );
    expect(thing['telephone']).toBe('02 54 00 00 00');
    for (const key of ['location', 'email', 'sameAs']) expect(thing, key).not.toHaveProperty(key);
    expect(thing['address']).not.toHaveProperty('streetAddress');
    // A sourced street is published with it.
    const street = plain(
      structureThing({ ...facts, data: { ...structure, verifie: false, sources: { adresse: source } } }),
    );
    expect(street['address']).toMatchObject({ streetAddress: '1 rue de l’Essai', postalCode: '41100' });
    expect(street).not.toHaveProperty('telephone');
  });

  it('sans commune connue, ne publie ni la commune du repère ni son bassin : le territoire servi est le département', () => {
    const data = { ...structure, verifie: false, commune: 'Blois', bassin: 'blois' as const, commune_inconnue: true };
    const thing = plain(structureThing({ ...facts, data }));
    expect(thing['areaServed']).toEqual({ '@type': 'AdministrativeArea', name: 'Loir-et-Cher' });
    expect(thing).not.toHaveProperty('address');
    const text = JSON.stringify(thing);
    expect(text).not.toContain('Blois');
    expect(text).not.toContain('Bassin');
  });

  it('sans code postal ni rue publiable, ne donne pas d’adresse', () => {
    const thing = plain(structureThing({ ...facts, data: { ...structure, verifie: false, code_postal: undefined } }));
    expect(thing).not.toHaveProperty('address');
  });

  it.each([
    ['cfa', 'EducationalOrganization'],
    ['mission-locale', 'Organization'],
    ['gip', 'GovernmentOrganization'],
  ] as const)('une structure de type %s est un·e %s', (type, schemaType) => {
    expect(plain(structureThing({ ...facts, data: { ...structure, type } }))['@type']).toBe(schemaType);
  });
});

describe('openingHoursSpecification', () => {
  it('regroupe les jours qui ont les mêmes horaires', () => {
    expect(openingHoursSpecification('Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off')).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
        opens: '09:00',
        closes: '12:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
        opens: '14:00',
        closes: '17:00',
      },
    ]);
  });

  it.each(['Mo 09:00-12:00 "sur rendez-vous"', 'Mo-Fr 09:00-12:00 unknown', 'week 1-10 Mo 09:00-10:00'])(
    '« %s » n’est pas traduit : une partie est incertaine ou change selon la semaine',
    (value) => {
      expect(openingHoursSpecification(value)).toBeUndefined();
    },
  );
});

describe('points d’étape, fil d’Ariane et texte JSON-LD', () => {
  it('un point d’étape est un Report daté, publié par le réseau', () => {
    const report = plain(
      reportThing({
        title: 'Point d’étape',
        summary: 'Résumé.',
        url: 'https://exemple.fr/points-etape/a/',
        published: new Date('2009-06-15'),
        authors: ['Groupe AIOA 41'],
        networkUrl: 'https://exemple.fr/',
      }),
    );
    expect(report).toMatchObject({ '@type': 'Report', datePublished: '2009-06-15', headline: 'Point d’étape' });
    expect(report).not.toHaveProperty('publication');
  });

  it('un point d’étape publié d’abord ailleurs dit où, à la date de sa publication', () => {
    const report = plain(
      reportThing({
        title: 'Point d’étape',
        summary: 'Résumé.',
        url: 'https://exemple.fr/points-etape/a/',
        published: new Date('2009-06-15'),
        publishedOn: 'le site régional Etoile',
        authors: ['Groupe AIOA 41'],
        networkUrl: 'https://exemple.fr/',
      }),
    );
    expect(report).toMatchObject({
      datePublished: '2009-06-15',
      publication: {
        '@type': 'PublicationEvent',
        name: 'Première publication sur le site régional Etoile',
        startDate: '2009-06-15',
      },
    });
  });

  it('le fil numérote ses éléments à partir de 1', () => {
    const list = plain(
      breadcrumbList([
        { name: 'Accueil', url: 'https://exemple.fr/' },
        { name: 'Carte', url: 'https://exemple.fr/carte/' },
      ]),
    ) as { itemListElement: { position: number; name: string }[] };
    expect(list.itemListElement.map((item) => [item.position, item.name])).toEqual([
      [1, 'Accueil'],
      [2, 'Carte'],
    ]);
  });

  it('échappe < pour qu’aucune valeur ne ferme la balise script, et reste du JSON valide', () => {
    const text = jsonLdText([{ '@type': 'Thing', name: '</script><b>' }]);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@type': 'Thing', name: '</script><b>' });
    expect(plain(JSON.parse(jsonLdText([{ '@type': 'Thing' }, { '@type': 'Thing' }])))['@graph']).toHaveLength(2);
  });
});
