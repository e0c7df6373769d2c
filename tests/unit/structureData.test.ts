import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toStructureRecord, type StructureInput, type StructureRecord } from '../../src/lib/structures/record.ts';
import { toCsv, toGeoJson, CSV_COLUMNS } from '../../src/lib/structures/serialise.ts';
import { readFileSync } from 'node:fs';
import {
  NETWORK_CODES,
  PUBLIC_CODES,
  isPastAction,
  serviceIds,
  toDataInclusionServices,
  toDataInclusionStructure,
} from '../../src/lib/structures/dataInclusion.ts';
import { publishableForDataInclusion, validateDataInclusion } from '../../src/lib/structures/validateDataInclusion.ts';
import {
  DATA_INCLUSION_BOUNDS,
  STRUCTURE_TYPES,
  structureSchema,
  type StructureType,
} from '../../src/schemas/structure.ts';
import { describeOpeningHours } from '../../src/lib/structures/openingHours.ts';

/** A structure as the content collection gives it, with every optional field filled in. */
function structure(id: string, overrides: Partial<StructureInput['data']> = {}): StructureInput {
  return {
    id,
    data: {
      nom: 'Mission Locale du Blaisois',
      sigle: 'ML Blois',
      type: 'mission-locale',
      bassin: 'blois',
      description:
        'Accueille les jeunes de 16 à 25 ans sortis de l’école pour l’emploi, la formation et la vie quotidienne.',
      dans_le_reseau: undefined,
      adresse: undefined,
      code_postal: '41000',
      commune: 'Blois',
      latitude: 47.586,
      longitude: 1.336,
      telephone: undefined,
      courriel: undefined,
      site_web: undefined,
      horaires_accueil: undefined,
      publics: ['jeunes-16-25'],
      publics_a_confirmer: [],
      services: ['Accompagnement vers l’emploi'],
      membre_depuis: undefined,
      membre: true,
      commune_inconnue: false,
      date_maj: new Date('2026-11-28'),
      verifie: false,
      ...overrides,
    },
  };
}

const page = (id: string) => `https://exemple.fr/structures/${id}/`;
const record = (input: StructureInput): StructureRecord => toStructureRecord(input, page);
/** The record of an entry a person checked with its structure: the only one whose services go to data·inclusion. */
const checkedRecord = (input: StructureInput): StructureRecord =>
  record({ id: input.id, data: { ...input.data, verifie: true } });

describe('GeoJSON', () => {
  it.each([
    ['un point à Blois', 47.586, 1.336],
    ['un point à Vendôme', 47.796, 1.07],
  ])('%s garde [longitude, latitude] dans cet ordre', (_, latitude, longitude) => {
    const geojson = toGeoJson([record(structure('a', { latitude, longitude }))]);
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [longitude, latitude] });
    expect(geojson.features[0]!.properties).toMatchObject({
      id: 'a',
      nom: 'Mission Locale du Blaisois',
      bassin: 'blois',
    });
    expect(geojson.features[0]!.properties).not.toHaveProperty('latitude');
  });
});

describe('CSV', () => {
  it.each([
    ['une virgule', 'CIO, Blois'],
    ['des guillemets', 'Le « BIJ » et le "CAD"'],
    ['des accents', 'Vendôme, Romorantin-Lanthenay, Œuvre, ça'],
    ['un saut de ligne', 'Première ligne\nseconde ligne'],
    ['un point-virgule', 'Accueil ; orientation'],
  ])('relit à l’identique un nom avec %s', (_, nom) => {
    const csv = toCsv([record(structure('a', { nom }))]);
    const rows = parse<Record<string, string>>(csv, { bom: true, columns: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]!['nom']).toBe(nom);
  });

  it('a une ligne d’en-tête, des fins de ligne CRLF et un BOM UTF-8', () => {
    const csv = toCsv([record(structure('a')), record(structure('b'))]);
    expect(csv.startsWith('\uFEFFid,nom,sigle,')).toBe(true);
    expect(csv.split('\r\n')[0]!.replace('\uFEFF', '').split(',')).toEqual([...CSV_COLUMNS]);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it.each<[string, Partial<StructureInput['data']>, string]>([
    ['publics', { publics: ['jeunes-16-25', 'parents'] }, 'jeunes-16-25 ; parents'],
    [
      'publics_a_confirmer',
      { publics: ['etudiants', 'apprentis', 'parents'], publics_a_confirmer: ['apprentis', 'parents'] },
      'apprentis ; parents',
    ],
    ['publics_a_confirmer', {}, ''],
    ['verifie', { verifie: true }, 'oui'],
    ['adresse', { adresse: undefined }, ''],
    ['date_maj', {}, '2026-11-28'],
  ])('écrit %s lisiblement', (column, overrides, expected) => {
    const rows = parse<Record<string, string>>(toCsv([record(structure('a', overrides))]), {
      bom: true,
      columns: true,
    });
    expect(rows[0]![column]).toBe(expected);
  });
});

describe('data·inclusion v1', () => {
  it.each([
    ['mission-locale', ['mission-locale']],
    ['bij', ['reseau-information-jeunesse']],
    ['cad-cma', ['chambres-consulaires']],
    ['cio', undefined],
    ['cfa', undefined],
    ['mgi', undefined],
    ['gip', undefined],
    ['autre', undefined],
  ] as const)('une structure de type %s a pour réseaux porteurs %j', (type, expected) => {
    const converted = toDataInclusionStructure(record(structure('a', { type })), 'aioa41');
    expect(converted.reseaux_porteurs).toEqual(expected);
    expect(validateDataInclusion('structure', [converted])).toEqual([]);
  });

  it('écrit en toutes lettres dans la description le type qui n’a pas de réseau national', () => {
    const converted = toDataInclusionStructure(checkedRecord(structure('cio', { type: 'cio' })), 'aioa41');
    expect(converted.description).toMatch(
      /Type de structure dans le réseau AIOA 41 : Centre d’information et d’orientation \(CIO\)\.$/,
    );
  });

  // The editor may end the description without a full stop: what the export adds must still read as sentences.
  it.each([
    ['Accueille des adultes', 'Accueille des adultes.'],
    ['Accueille des adultes.', 'Accueille des adultes.'],
    ['Vous cherchez un emploi ?', 'Vous cherchez un emploi ?'],
    ['Accueil des jeunes, des familles…', 'Accueil des jeunes, des familles…'],
    ['Elle porte la « Garantie jeunes »', 'Elle porte la « Garantie jeunes ».'],
    ['Sa devise : « Ici, on écoute ! »', 'Sa devise : « Ici, on écoute ! »'],
  ])(
    '« %s » : la description exportée en fait une phrase avant d’ajouter le type et « pas encore vérifiée »',
    (description, sentence) => {
      const exported = toDataInclusionStructure(record(structure('a', { type: 'cio', description })), 'aioa41');
      expect(exported.description).toBe(
        `${sentence} Type de structure dans le réseau AIOA 41 : Centre d’information et d’orientation (CIO). Fiche pas encore vérifiée auprès de la structure.`,
      );
      // Nothing added after it (a checked sheet of a national network): the editor's text goes as written.
      const checked = toDataInclusionStructure(checkedRecord(structure('a', { description })), 'aioa41');
      expect(checked.description).toBe(description);
    },
  );

  it('garde les champs du schéma et omet les champs inconnus plutôt que de les inventer', () => {
    const converted = toDataInclusionStructure(record(structure('ml-blois')), 'aioa41');
    expect(converted).toMatchObject({
      source: 'aioa41',
      id: 'aioa41--ml-blois',
      nom: 'Mission Locale du Blaisois',
      date_maj: '2026-11-28',
      lien_source: 'https://exemple.fr/structures/ml-blois/',
      commune: 'Blois',
      code_postal: '41000',
    });
    expect(Object.keys(converted)).not.toContain('telephone');
    expect(Object.keys(converted)).not.toContain('adresse');
  });

  it.each([
    [['jeunes-16-25', 'apprentis'], ['jeunes']],
    [
      ['demandeurs-emploi', 'salaries', 'adultes'],
      ['demandeurs-emploi', 'actifs'],
    ],
    [['tout-public'], ['tous-publics']],
    [['tout-public', 'jeunes-16-25', 'parents'], ['tous-publics']],
    [['adultes'], undefined],
  ] as const)('traduit les publics %j en %j', (publics, expected) => {
    const services = toDataInclusionServices(checkedRecord(structure('a', { publics: [...publics] })), 'aioa41');
    expect(services[0]!.publics).toEqual(expected);
    expect(validateDataInclusion('service', services)).toEqual([]);
  });

  it.each([
    // France Travail: « étudiants », to confirm, has its own national code, which is not published.
    [['demandeurs-emploi', 'etudiants'], ['etudiants'], ['demandeurs-emploi'], 'Demandeurs d’emploi'],
    // A CIO: « apprentis », to confirm, shares the code « jeunes » with a confirmed public, which keeps it.
    [['collegiens-lyceens', 'apprentis', 'adultes'], ['apprentis'], ['jeunes'], 'Collégiens et lycéens, Adultes'],
  ] as const)(
    'ne publie pas à data·inclusion un public à confirmer : %j sans %j',
    (publics, unconfirmed, expected, precisions) => {
      const services = toDataInclusionServices(
        checkedRecord(structure('a', { publics: [...publics], publics_a_confirmer: [...unconfirmed] })),
        'aioa41',
      );
      expect(services[0]!.publics).toEqual(expected);
      expect(services[0]!.publics_precisions).toBe(precisions);
      expect(validateDataInclusion('service', services)).toEqual([]);
    },
  );

  it('fait un service par ligne de services, rattaché à sa structure, avec une description assez longue', () => {
    const services = toDataInclusionServices(
      checkedRecord(structure('ml', { services: ['Accompagnement vers l’emploi', 'Logement des jeunes.'] })),
      'aioa41',
    );
    expect(services.map((service) => service.id)).toEqual([
      'aioa41--ml--accompagnement-vers-l-emploi',
      'aioa41--ml--logement-des-jeunes',
    ]);
    expect(services[1]!.nom).toBe('Logement des jeunes');
    for (const service of services) {
      expect(service.structure_id).toBe('aioa41--ml');
      expect(service.description!.length).toBeGreaterThanOrEqual(50);
    }
  });
});

describe('data·inclusion v1 : des services actuels, décrits en bon français', () => {
  it.each([
    ['Médiation d’été avec le CFA interprofessionnel de Blois (point d’étape 2013)', true],
    ['Accompagnement vers l’apprentissage, expérimenté avec les CFA (point d’étape 2010-2011)', true],
    ['Assistance technique au réseau (points d’étape 2006 à 2013).', true],
    ["Observatoire régional (point d'étape 2004)", true],
    ['Accompagnement vers l’emploi et la formation', false],
    ['Contrat d’engagement jeune (CEJ)', false],
    ['Périodes de mise en situation en milieu professionnel (PMSMP)', false],
  ])('« %s » est une action passée : %s', (line, past) => {
    expect(isPastAction(line)).toBe(past);
  });

  it('n’exporte pas comme service actuel une action que seuls les points d’étape attestent', () => {
    const services = toDataInclusionServices(
      checkedRecord(
        structure('ml', {
          services: ['Accompagnement vers l’emploi', 'Médiation d’été contre les ruptures (point d’étape 2013)'],
        }),
      ),
      'aioa41',
    );
    expect(services.map((service) => service.nom)).toEqual(['Accompagnement vers l’emploi']);
  });

  it.each([
    ['Afpa de Blois', 'Formations qualifiantes pour adultes'],
    ['CFA du bâtiment de Loir-et-Cher', 'Formations en apprentissage'],
    ['Mission Locale du Blaisois', 'Contrat d’engagement jeune'],
  ])('nomme la structure %s sans deviner d’article ni d’accord', (nom, line) => {
    const [service] = toDataInclusionServices(checkedRecord(structure('a', { nom, services: [line] })), 'aioa41');
    expect(service!.description).toMatch(new RegExp(`^${line}\\. Structure qui propose ce service : ${nom}\\. `));
    expect(service!.description).not.toMatch(/proposée? par/);
  });

  // A line or a name may end with its own « ! », « ? » or « … »: the sentence the export writes stays as written.
  it.each([
    [
      'Aide au permis',
      'Mission Locale du Blaisois',
      'Aide au permis. Structure qui propose ce service : Mission Locale du Blaisois.',
    ],
    [
      'Aide au permis.',
      'Mission Locale du Blaisois',
      'Aide au permis. Structure qui propose ce service : Mission Locale du Blaisois.',
    ],
    ['Venez !', 'Mission Locale du Blaisois', 'Venez ! Structure qui propose ce service : Mission Locale du Blaisois.'],
    [
      'Un projet ?',
      'Mission Locale du Blaisois',
      'Un projet ? Structure qui propose ce service : Mission Locale du Blaisois.',
    ],
    [
      'Ateliers CV, lettres…',
      'Mission Locale du Blaisois',
      'Ateliers CV, lettres… Structure qui propose ce service : Mission Locale du Blaisois.',
    ],
    ['Aide au permis', 'Bouge !', 'Aide au permis. Structure qui propose ce service : Bouge !'],
  ])(
    'ligne « %s » de « %s » : la description du service se lit « %s », puis celle de la structure',
    (line, nom, start) => {
      const [service] = toDataInclusionServices(checkedRecord(structure('a', { nom, services: [line] })), 'aioa41');
      expect(service!.description).toBe(`${start} ${structure('a').data.description}`);
    },
  );

  it('n’envoie aucun service d’une fiche pas encore vérifiée, et le dit dans la description de la structure', () => {
    const unchecked = record(structure('a'));
    expect(unchecked.services.length).toBeGreaterThan(0);
    expect(toDataInclusionServices(unchecked, 'aioa41')).toEqual([]);
    const described = toDataInclusionStructure(unchecked, 'aioa41').description!;
    expect(described).toMatch(/ Fiche pas encore vérifiée auprès de la structure\.$/);
    expect(validateDataInclusion('structure', [toDataInclusionStructure(unchecked, 'aioa41')])).toEqual([]);
    const checked = checkedRecord(structure('a'));
    expect(toDataInclusionServices(checked, 'aioa41')).toHaveLength(1);
    expect(toDataInclusionServices(checked, 'aioa41')[0]!.description).not.toMatch(/à confirmer|pas encore vérifi/);
    expect(toDataInclusionStructure(checked, 'aioa41').description).not.toMatch(/pas encore vérifi/);
  });

  it('ne donne aucun point à une structure dont la commune n’est pas connue', () => {
    const unlocated = record(structure('a', { commune_inconnue: true }));
    expect(unlocated).toMatchObject({ localisation: 'inconnue', latitude: null, longitude: null });
    expect(toGeoJson([unlocated]).features[0]!.geometry).toBeNull();
    const [row] = parse<Record<string, string>>(toCsv([unlocated]), { bom: true, columns: true });
    expect(row).toMatchObject({ latitude: '', longitude: '' });
  });

  it('garde hors de data·inclusion ce que la structure a fait avec le réseau', () => {
    const history = 'Elle a pris part aux premières années du groupe, en 2006.';
    const converted = record(structure('a', { dans_le_reseau: history }));
    expect(converted.dans_le_reseau).toBe(history);
    expect(JSON.stringify(toDataInclusionStructure(converted, 'aioa41'))).not.toContain('premières années');
    expect(JSON.stringify(toDataInclusionServices(converted, 'aioa41'))).not.toContain('premières années');
  });
});

describe('data·inclusion v1 : codes des listes nationales', () => {
  const listValues = (name: string) =>
    (
      JSON.parse(readFileSync(`standards/data-inclusion-v1.0.8/schemas/v1/extra/${name}.json`, 'utf8')) as {
        value: string;
      }[]
    ).map((item) => item.value);

  it.each([
    ['reseaux-porteurs', NETWORK_CODES],
    ['publics', PUBLIC_CODES],
  ])('n’emploie que des valeurs de la liste %s', (list, codes) => {
    const values = listValues(list);
    for (const code of Object.values(codes)) expect(values).toContain(code);
  });
});

describe('data·inclusion v1 : fiches plantées que le schéma national refuserait', () => {
  const longLine = `Accompagnement ${'renforcé et personnalisé des jeunes '.repeat(6)}vers l’emploi durable`;

  it('publie sans son point final le nom d’un service dont la ligne finit par un point', () => {
    const services = toDataInclusionServices(
      checkedRecord(structure('ml', { services: ['Aide au permis.'] })),
      'aioa41',
    );
    expect(services[0]!.nom).toBe('Aide au permis');
    expect(services[0]!.description).toMatch(/^Aide au permis\. Structure qui propose ce service/);
    expect(validateDataInclusion('service', services)).toEqual([]);
  });

  // The check refuses such lines and names (src/schemas/structure.ts); a record that still gets here, because the
  // check or the export changed, stops the build with the file to fix, instead of reaching the hub cut with « … ».
  it('ne coupe jamais un nom trop long ni ne complète un nom trop court : l’export s’arrête en nommant la fiche', () => {
    const tooLong = checkedRecord(structure('ml', { nom: `Mission ${'x'.repeat(160)}`, services: [longLine, 'CV'] }));
    const services = toDataInclusionServices(tooLong, 'aioa41');
    expect(services.map((service) => service.nom)).toEqual([longLine, 'CV']);
    const exported = toDataInclusionStructure(tooLong, 'aioa41');
    expect(exported.nom).toBe(tooLong.nom);
    expect(() => publishableForDataInclusion('structure', [exported])).toThrow(
      /fiche « ml » de content\/structures\/ : nom : 168 caractères, 150 au plus/,
    );
    expect(() => publishableForDataInclusion('service', services)).toThrow(
      /fiche « ml » de content\/structures\/ : nom : \d+ caractères, 150 au plus[\s\S]*nom : 2 caractères, 3 au moins/,
    );
    const fine = checkedRecord(structure('ml'));
    const fineServices = toDataInclusionServices(fine, 'aioa41');
    expect(publishableForDataInclusion('service', fineServices)).toBe(fineServices);
  });

  // The check's bounds leave room for what the export adds: the structure's kind and « pas encore vérifiée » after its
  // description, the line and the structure's name before it in each service.
  it('exporte sans rien couper une fiche qui touche chaque limite que la vérification laisse passer', () => {
    const longestKind = Object.keys(STRUCTURE_TYPES)
      .filter((type) => !NETWORK_CODES[type])
      .sort((a, b) => STRUCTURE_TYPES[b as StructureType].length - STRUCTURE_TYPES[a as StructureType].length)[0];
    const data = structureSchema.parse({
      nom: 'N'.repeat(150),
      type: longestKind,
      bassin: 'blois',
      description: 'D'.repeat(9_500),
      commune: 'Blois',
      latitude: 47.586,
      longitude: 1.336,
      publics: ['jeunes-16-25'],
      services: ['S'.repeat(149) + '.', 'Aide'],
      date_maj: '2026-11-28',
      verifie: false,
    });
    const unchecked = record({ id: 'limite', data });
    expect(validateDataInclusion('structure', [toDataInclusionStructure(unchecked, 'aioa41')])).toEqual([]);
    const checked = checkedRecord({ id: 'limite', data });
    expect(validateDataInclusion('structure', [toDataInclusionStructure(checked, 'aioa41')])).toEqual([]);
    expect(validateDataInclusion('service', toDataInclusionServices(checked, 'aioa41'))).toEqual([]);
  });

  it.each(['structure', 'service'] as const)('prend ses limites dans le schéma national (%s.json)', (model) => {
    const schema = JSON.parse(readFileSync(`standards/data-inclusion-v1.0.8/schemas/v1/${model}.json`, 'utf8')) as {
      properties: Record<
        string,
        { minLength?: number; maxLength?: number; anyOf?: { minLength?: number; maxLength?: number }[] }
      >;
    };
    const bounds = (field: string) => {
      const property = schema.properties[field]!;
      const text = property.anyOf?.find((option) => option.maxLength !== undefined) ?? property;
      return { min: text.minLength, max: text.maxLength };
    };
    expect(bounds('nom')).toEqual(DATA_INCLUSION_BOUNDS.nom);
    expect(bounds('description')).toEqual(DATA_INCLUSION_BOUNDS.description);
  });

  it('donne deux identifiants différents à deux lignes de services qui s’écrivent de même', () => {
    const lines = ['Accueil, orientation', 'Accueil : orientation', 'Accueil – orientation'];
    expect(serviceIds(lines)).toEqual(['accueil-orientation', 'accueil-orientation-2', 'accueil-orientation-3']);
    const services = toDataInclusionServices(checkedRecord(structure('ml', { services: lines })), 'aioa41');
    expect(new Set(services.map((service) => service.id)).size).toBe(3);
  });

  it('pointe lien_source vers la fiche de la structure sur le site, et ses services vers leur section', () => {
    const converted = checkedRecord(structure('cio-blois', { type: 'cio', services: ['Entretiens d’orientation'] }));
    expect(toDataInclusionStructure(converted, 'aioa41').lien_source).toBe('https://exemple.fr/structures/cio-blois/');
    expect(toDataInclusionServices(converted, 'aioa41')[0]!.lien_source).toBe(
      'https://exemple.fr/structures/cio-blois/#services',
    );
  });

  it('ne présente pas un point placé dans la commune comme une position', () => {
    const unverified = record(structure('a'));
    expect(unverified.localisation).toBe('commune');
    expect(toDataInclusionStructure(unverified, 'aioa41')).not.toHaveProperty('latitude');
    const sourced = record(
      structure('b', {
        sources: {
          coordonnees: { source: 'data·inclusion (fixture)', id: 'fixture--1', date: new Date('2026-10-01') },
        },
      }),
    );
    expect(sourced.localisation).toBe('adresse');
    expect(toDataInclusionStructure(sourced, 'aioa41')).toMatchObject({ latitude: 47.586, longitude: 1.336 });
  });

  it('ne publie nulle part comme un fait la commune où une fiche ne place qu’un repère provisoire', () => {
    const standIn = record(structure('c', { commune_inconnue: true, code_postal: undefined }));
    expect(standIn).toMatchObject({ commune: null, code_postal: null, localisation: 'inconnue' });
    const structures = [toDataInclusionStructure(standIn, 'aioa41')];
    const services = toDataInclusionServices(standIn, 'aioa41');
    for (const exported of [...structures, ...services]) {
      for (const field of ['commune', 'code_postal', 'latitude', 'longitude'])
        expect(exported).not.toHaveProperty(field);
    }
    expect(validateDataInclusion('structure', structures)).toEqual([]);
    expect(validateDataInclusion('service', services)).toEqual([]);
    const [row] = parse<Record<string, string>>(toCsv([standIn]), { bom: true, columns: true });
    expect(row).toMatchObject({ commune: '', code_postal: '', localisation: 'inconnue' });
    expect(toGeoJson([standIn]).features[0]!.properties).toMatchObject({ commune: null, localisation: 'inconnue' });
  });

  it('signale une date_maj dans le futur, que data·inclusion refuse', () => {
    const converted = toDataInclusionStructure(record(structure('a', { date_maj: new Date('2026-12-25') })), 'aioa41');
    expect(validateDataInclusion('structure', [converted], '2026-11-29')).toEqual([
      expect.objectContaining({ record: 1, id: 'aioa41--a', field: 'date_maj' }),
    ]);
    expect(validateDataInclusion('structure', [converted], '2026-12-25')).toEqual([]);
  });
});

describe('coordonnées que personne n’a vérifiées ni sourcées', () => {
  /** Test data only: a fictitious street, a 01 99 number kept for fiction, a reserved domain. */
  const contacts = {
    adresse: '12 rue Imaginaire',
    telephone: '01 99 00 00 00',
    courriel: 'accueil@exemple.invalid',
    site_web: 'https://exemple.invalid/',
    horaires_accueil: 'Mo-Fr 09:00-12:00',
  } as const;
  const fields = Object.keys(contacts) as (keyof typeof contacts)[];
  const source = { source: 'data·inclusion (fixture)', id: 'fixture--1', date: new Date('2026-10-01') };

  /** The contact fields a structure's downloads and data·inclusion records carry, by where they carry them. */
  function published(input: StructureInput) {
    const flat = record(input);
    const [row] = parse<Record<string, string>>(toCsv([flat]), { bom: true, columns: true });
    const properties = toGeoJson([flat]).features[0]!.properties as Record<string, unknown>;
    const hub = toDataInclusionStructure(flat, 'aioa41') as Record<string, unknown>;
    // None while nobody checked the entry with its structure.
    const service = (toDataInclusionServices(flat, 'aioa41')[0] ?? {}) as Record<string, unknown>;
    const given = (value: unknown) => value !== undefined && value !== null && value !== '';
    return {
      json: fields.filter((field) => given(flat[field])),
      csv: fields.filter((field) => given(row![field])),
      geojson: fields.filter((field) => given(properties[field])),
      // The hub's services carry no web site: the structure's record does.
      dataInclusion: fields.filter((field) => given(hub[field])),
      service: fields.filter((field) => given(service[field])),
    };
  }

  it('ne publie ni l’adresse, ni le téléphone, ni le courriel, ni le site, ni les horaires d’une fiche non vérifiée', () => {
    expect(published(structure('a', { ...contacts, verifie: false }))).toEqual({
      json: [],
      csv: [],
      geojson: [],
      dataInclusion: [],
      service: [],
    });
  });

  it('les publie tous une fois qu’une personne les a vérifiés', () => {
    const all = published(structure('a', { ...contacts, verifie: true }));
    expect(all).toEqual({
      json: fields,
      csv: fields,
      geojson: fields,
      dataInclusion: fields,
      service: ['adresse', 'telephone', 'courriel', 'horaires_accueil'],
    });
    const flat = record(structure('a', { ...contacts, verifie: true }));
    expect(toDataInclusionStructure(flat, 'aioa41')).toMatchObject({ telephone: '+33199000000' });
  });

  it('publie, d’une fiche non vérifiée, les seules valeurs qui ont une source', () => {
    const sourced = structure('a', {
      ...contacts,
      verifie: false,
      sources: { telephone: source, horaires_accueil: source },
    });
    expect(published(sourced)).toEqual({
      json: ['telephone', 'horaires_accueil'],
      csv: ['telephone', 'horaires_accueil'],
      geojson: ['telephone', 'horaires_accueil'],
      dataInclusion: ['telephone', 'horaires_accueil'],
      // Its services stay on the site until a person checks them: no service carries them.
      service: [],
    });
  });
});

describe('SIRET et provenance des coordonnées', () => {
  /** Test data only: a made-up SIRET, a 01 99 number kept for fiction, a reserved domain. */
  const input = structure('sourcee', {
    siret: '00000000000000',
    adresse: '12 rue Imaginaire',
    telephone: '01 99 00 00 00',
    courriel: 'accueil@exemple.invalid',
    verifie: false,
    sources: {
      telephone: {
        source: 'data·inclusion (fixture)',
        id: 'fixture--1',
        lien: 'https://exemple.invalid/fiche/1',
        date: new Date('2026-10-01'),
      },
      coordonnees: { source: 'data·inclusion (fixture)', id: undefined, date: new Date('2026-09-15') },
      // A source for a value the file does not hold: nothing published, nothing to date.
      site_web: { source: 'data·inclusion (fixture)', id: undefined, date: new Date('2026-10-01') },
    },
  });
  const flat = record(input);
  const expected = [
    'telephone : data·inclusion (fixture), 2026-10-01, https://exemple.invalid/fiche/1',
    'coordonnees : data·inclusion (fixture), 2026-09-15',
  ];

  it('les donnent dans le JSON, le GeoJSON et, en dernières colonnes, le CSV, pour les seules valeurs publiées', () => {
    // The unsourced address and e-mail are held back: no provenance for them.
    expect(flat).toMatchObject({ adresse: null, courriel: null, telephone: '01 99 00 00 00' });
    expect(flat).toMatchObject({ siret: '00000000000000', sources: expected });
    expect(toGeoJson([flat]).features[0]!.properties).toMatchObject({ siret: '00000000000000', sources: expected });
    const csv = toCsv([flat]);
    expect(CSV_COLUMNS.slice(-2)).toEqual(['siret', 'sources']);
    const [row] = parse<Record<string, string>>(csv, { bom: true, columns: true });
    expect(row).toMatchObject({ siret: '00000000000000', sources: expected.join(' ; ') });
  });

  it('laissent les deux champs vides pour une fiche sans SIRET ni source', () => {
    expect(record(structure('simple'))).toMatchObject({ siret: null, sources: [] });
  });

  it('envoient le SIRET à data·inclusion, qui rapproche par lui les structures de ses producteurs', () => {
    const hub = toDataInclusionStructure(flat, 'aioa41');
    expect(hub).toMatchObject({ siret: '00000000000000' });
    expect(validateDataInclusion('structure', [hub])).toEqual([]);
    expect(toDataInclusionStructure(record(structure('simple')), 'aioa41')).not.toHaveProperty('siret');
  });
});

describe('CSV : pas de formule dans un tableur', () => {
  it.each([
    ['=HYPERLINK("https://exemple.invalid","cliquez")'],
    ['+1+1'],
    ['-2+3'],
    ['@SOMME(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('neutralise un nom qui commence comme la formule %j', (nom) => {
    const rows = parse<Record<string, string>>(toCsv([record(structure('a', { nom }))]), { bom: true, columns: true });
    expect(rows[0]!['nom']).toBe(`'${nom}`);
  });

  it('laisse les nombres tels quels, même négatifs', () => {
    const rows = parse<Record<string, string>>(toCsv([record(structure('a', { longitude: -0.5 }))]), {
      bom: true,
      columns: true,
    });
    expect(rows[0]!['longitude']).toBe('-0.5');
  });
});

describe('horaires en français', () => {
  it.each([
    ['Mo-Fr 09:00-12:00,13:30-17:00', [['Du lundi au vendredi', '9 h – 12 h et 13 h 30 – 17 h']], []],
    [
      'Mo-Th 08:30-12:30,13:30-17:30; Fr 08:30-12:00; PH off',
      [
        ['Du lundi au jeudi', '8 h 30 – 12 h 30 et 13 h 30 – 17 h 30'],
        ['Vendredi', '8 h 30 – 12 h'],
      ],
      ['Fermé les jours fériés.'],
    ],
    [
      'Mo,Tu 09:00-12:00; Sa 09:00-12:00 "sur rendez-vous"',
      [
        ['Lundi et mardi', '9 h – 12 h'],
        ['Samedi', '9 h – 12 h (sur rendez-vous)'],
      ],
      [],
    ],
    [
      'Mo,We,Fr 14:00-18:00',
      [
        ['Lundi', '14 h – 18 h'],
        ['Mercredi', '14 h – 18 h'],
        ['Vendredi', '14 h – 18 h'],
      ],
      [],
    ],
  ])('%s', (value, lines, notes) => {
    const timetable = describeOpeningHours(value);
    expect(timetable.lines.map((line) => [line.jours, line.horaires])).toEqual(lines);
    expect(timetable.notes).toEqual(notes);
  });
});
