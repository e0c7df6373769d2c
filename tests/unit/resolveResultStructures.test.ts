import { describe, expect, it } from 'vitest';
import {
  INFORMED_PUBLICS,
  elsewhereReasons,
  elsewhereSentences,
  leftOutNames,
  nearbyInformers,
  shownStructures,
  structuresForResult,
  type StructureLike,
} from '../../src/lib/resolveResultStructures.ts';
import { wholeNumberSetting } from '../../src/lib/siteSetting.ts';
import { mapPathForTypes } from '../../src/lib/structures/filters.ts';
import { typeListPath, typeListTitle } from '../../src/lib/structures/typeListPath.ts';
import { territory } from '../../src/site.config.ts';
import { contentFiles } from '../support/loadContent.ts';

const s = (id: string, type: string, bassin: string): StructureLike => ({ id, data: { type, bassin, nom: id } });
const structures = [
  s('ml-blois', 'mission-locale', 'blois'),
  s('ml-romorantin', 'mission-locale', 'romorantin'),
  s('ft-romorantin', 'france-travail', 'romorantin'),
  s('ft-blois', 'france-travail', 'blois'),
  s('bij-41', 'bij', 'blois'),
  s('cfa-b', 'cfa', 'blois'),
  s('cfa-a', 'cfa', 'blois'),
];
const ids = (list: StructureLike[]) => list.map((structure) => structure.id);

describe('structuresForResult', () => {
  it.each([
    [
      'romorantin',
      { informer: ['bij', 'france-travail'], accompagner: ['mission-locale'] },
      ['ft-romorantin'],
      ['bij-41'],
      ['ml-romorantin'],
      [],
    ],
    [
      'blois',
      { informer: ['bij', 'france-travail'], accompagner: ['mission-locale'] },
      ['bij-41', 'ft-blois'],
      [],
      ['ml-blois'],
      [],
    ],
    [
      'romorantin',
      { informer: [], accompagner: ['mission-locale', 'cfa'] },
      [],
      [],
      ['ml-romorantin'],
      ['cfa-a', 'cfa-b'],
    ],
    ['blois', { informer: ['mission-locale'], accompagner: ['mission-locale'] }, [], [], ['ml-blois'], []],
  ])(
    'bassin %s, %j : informer local %j, ailleurs %j ; accompagner local %j, ailleurs %j',
    (area, result, informLocal, informElsewhere, counselLocal, counselElsewhere) => {
      const { informer, accompagner } = structuresForResult(result, structures, area);
      expect(ids(informer.local)).toEqual(informLocal);
      expect(ids(informer.elsewhere)).toEqual(informElsewhere);
      expect(ids(accompagner.local)).toEqual(counselLocal);
      expect(ids(accompagner.elsewhere)).toEqual(counselElsewhere);
    },
  );

  it('ne propose que les structures dont la fiche reçoit chaque personne qui arrive au résultat', () => {
    const withPublics = [
      {
        id: 'cci',
        data: { type: 'chambre-consulaire', bassin: 'blois', nom: 'CCI', publics: ['employeurs', 'apprentis'] },
      },
      { id: 'cfa', data: { type: 'cfa', bassin: 'blois', nom: 'CFA', publics: ['collegiens-lyceens', 'apprentis'] } },
      { id: 'cad', data: { type: 'cad-cma', bassin: 'blois', nom: 'CAD' } },
    ];
    const result = { informer: ['cfa', 'chambre-consulaire'], accompagner: ['cad-cma'] };
    const pupil = { ageBand: 'moins-16' as const, publics: ['collegiens-lyceens' as const] };
    const apprentice = { ageBand: '16-25' as const, publics: ['apprentis' as const] };
    const forPupil = structuresForResult(result, withPublics, 'blois', [pupil]);
    expect(ids(forPupil.informer.local)).toEqual(['cfa']);
    // The CAD names no public: its type's hold, and it receives pupils.
    expect(ids(forPupil.accompagner.local)).toEqual(['cad']);
    expect(ids(structuresForResult(result, withPublics, 'blois', [apprentice]).informer.local)).toEqual(['cfa', 'cci']);
    expect(ids(structuresForResult(result, withPublics, 'blois', [pupil, apprentice]).informer.local)).toEqual(['cfa']);
  });
});

// Review rev25, finding 2: where the level to inform knows no structure in the person's area, the page names first
// those of the area that counsel and inform too (the CIO, the Mission Locale), not the BIJ of Blois alone.
describe('nearbyInformers : d’abord ce qui renseigne près de chez soi', () => {
  const withCio = [...structures, s('cio-romorantin', 'cio', 'romorantin'), s('cio-blois', 'cio', 'blois')];
  const young = new Set(['jeunes-16-25']);
  it.each([
    ['romorantin', { informer: ['bij'], accompagner: ['cio'] }, ['cio-romorantin']],
    // France Travail's description does not say it informs: not named.
    ['romorantin', { informer: ['bij'], accompagner: ['mission-locale', 'france-travail'] }, ['ml-romorantin']],
    // The BIJ is in Blois: the level already starts in the area.
    ['blois', { informer: ['bij'], accompagner: ['cio'] }, []],
    // Nothing to inform anywhere: the page says why in the result's own words, and names no one in their place.
    ['romorantin', { informer: [], accompagner: ['cio'] }, []],
    ['romorantin', { informer: ['bij'], accompagner: ['france-travail'] }, []],
  ])('bassin %s, %j : %j', (area, result, expected) => {
    expect(ids(nearbyInformers(structuresForResult(result, withCio, area), young))).toEqual(expected);
  });

  // An employer with a troubled apprentice (employeur-mediation) was told that the Mission Locale « vous renseigne
  // aussi »: its description says it informs young people. The CCI's says it informs companies: a young person, an
  // adult or a parent was told it « vous renseigne aussi » (session 26's leftover), had a result counselled with it.
  const withChambers = [
    ...withCio,
    s('cci-romorantin', 'chambre-consulaire', 'romorantin'),
    s('cad', 'cad-cma', 'blois'),
  ];
  const mediation = { informer: ['cad-cma'], accompagner: ['mission-locale', 'cio', 'chambre-consulaire'] };
  it.each([
    ['un employeur', new Set(['employeurs']), ['cci-romorantin']],
    ['un jeune', young, ['ml-romorantin', 'cio-romorantin']],
    [
      'un demandeur d’emploi de 20 ans',
      new Set(['demandeurs-emploi', 'adultes', 'jeunes-16-25']),
      ['ml-romorantin', 'cio-romorantin'],
    ],
    ['un adulte', new Set(['adultes', 'salaries']), ['cio-romorantin']],
    ['un parent', new Set(['parents']), ['cio-romorantin']],
    ['un professionnel du réseau', new Set(['professionnels']), []],
    ['un employeur ou un jeune', new Set(['employeurs', 'jeunes-16-25']), []],
    ['une personne dont on ne sait pas qui elle est', undefined, []],
  ])('lu par %s : ne nomme que ce qui le renseigne, d’après les descriptions', (_who, readers, expected) => {
    expect(ids(nearbyInformers(structuresForResult(mediation, withChambers, 'romorantin'), readers))).toEqual(expected);
  });

  it('à un employeur, ne nomme ni la Mission Locale ni le CIO, même seuls dans son bassin', () => {
    const shown = structuresForResult(
      { informer: ['cad-cma'], accompagner: ['cfa', 'mission-locale', 'cio'] },
      withChambers,
      'romorantin',
    );
    expect(ids(nearbyInformers(shown, new Set(['employeurs'])))).toEqual([]);
  });
});

// The rule follows the descriptions: a type informs (INFORMED_PUBLICS) exactly when every description of its
// structures says « informe », and the chambers' say they inform companies or employers, whom alone the rule names.
describe('INFORMED_PUBLICS suit les descriptions des fiches', () => {
  const files = contentFiles('structures').map(({ id, data }) => ({
    id,
    type: data['type'] as string,
    description: data['description'] as string,
  }));

  it('un type renseigne si et seulement si chaque description de ses structures le dit', () => {
    expect(files.length).toBeGreaterThan(0);
    const wrong = files
      .filter(({ type, description }) => /\binform/i.test(description) !== Object.hasOwn(INFORMED_PUBLICS, type))
      .map(({ id, type }) => `${id} (${type})`);
    expect(wrong).toEqual([]);
  });

  it('les chambres renseignent les entreprises ou les employeurs, et personne d’autre', () => {
    const chambers = files.filter(({ type }) => type === 'chambre-consulaire');
    // A new chamber (the Chambre de métiers…) may inform young people too: its description is read before it is added.
    expect(chambers.map(({ id }) => id).sort()).toEqual(['cci-loir-et-cher', 'chambre-agriculture-41']);
    for (const { id, description } of chambers) {
      expect(description, id).toMatch(/(entreprises|employeurs)[^.]*\binform/);
    }
    expect(INFORMED_PUBLICS['chambre-consulaire']).toEqual(['employeurs']);
  });
});

// Readers' review B2: an employer of Vendôme taking an apprentice was offered Vendôme's CFAs only, not Blois's, though
// each CFA prepares its own trades; a Mission Locale or a CIO, the same everywhere, is offered in the area only.
describe('ailleurs dans le département : les types absents du bassin, et les CFA de tous les métiers', () => {
  const vendome = [
    s('cfa-montoire', 'cfa', 'vendome'),
    s('cfa-batiment', 'cfa', 'blois'),
    s('cfa-industrie', 'cfa', 'blois'),
    s('cio-vendome', 'cio', 'vendome'),
    s('cio-blois', 'cio', 'blois'),
    s('bij-41', 'bij', 'blois'),
  ];
  const result = { informer: ['bij', 'cio'], accompagner: ['cfa'] };
  const { informer, accompagner } = structuresForResult(result, vendome, 'vendome');

  it('propose le CFA du bassin d’abord, puis ceux du reste du département', () => {
    expect(ids(accompagner.local)).toEqual(['cfa-montoire']);
    expect(ids(accompagner.elsewhere)).toEqual(['cfa-batiment', 'cfa-industrie']);
  });

  it('ne propose que le CIO du bassin, et le BIJ ailleurs faute d’en avoir un', () => {
    expect(ids(informer.local)).toEqual(['cio-vendome']);
    expect(ids(informer.elsewhere)).toEqual(['bij-41']);
  });

  it('dit pourquoi chaque type est aussi proposé ailleurs', () => {
    expect(elsewhereReasons(informer)).toEqual([{ type: 'bij', inArea: false }]);
    const [cfa, ...others] = elsewhereReasons(accompagner);
    expect(others).toEqual([]);
    expect(cfa).toMatchObject({ type: 'cfa', inArea: true });
    expect(cfa?.trade).toMatch(/^chaque CFA prépare à ses propres métiers/);
  });

  // What the page writes after « Ailleurs dans le département »: what the directory knows of the area, not that the
  // area has none (rev20 finding 2: the directory lists neither every CFA nor every chamber of an area).
  it.each([
    [
      'un type absent du bassin',
      informer,
      'Vendôme',
      ['Bureau information jeunesse (BIJ) : l’annuaire n’en connaît pas dans le bassin de Vendôme.'],
    ],
    [
      'des CFA dans le bassin et ailleurs',
      accompagner,
      'Vendôme',
      ['Chaque CFA prépare à ses propres métiers : voici aussi ceux des autres bassins.'],
    ],
    [
      'des CFA seulement ailleurs : l’annuaire n’en connaît pas dans le bassin, élidé devant une voyelle',
      structuresForResult(result, vendome, 'issoudun').accompagner,
      'Issoudun',
      ['Centre de formation d’apprentis (CFA) : l’annuaire n’en connaît pas dans le bassin d’Issoudun.'],
    ],
    ['rien d’ailleurs', { local: vendome.slice(0, 1), elsewhere: [] }, 'Vendôme', []],
  ])('dit en phrases pourquoi le niveau propose aussi des structures ailleurs : %s', (_, level, areaName, expected) => {
    expect(elsewhereSentences(level, areaName)).toEqual(expected);
  });

  it('nomme les structures laissées de côté faute de place, et la liste complète de leur type', () => {
    const shown = shownStructures(accompagner, 2, 'vendome');
    expect(ids(shown.leftOut)).toEqual(['cfa-industrie']);
    // The département's list: the level holds CFAs of several areas.
    expect(shown.more).toEqual([{ type: 'cfa', area: undefined, count: 3 }]);
  });
});

describe('shownStructures : au plus N structures par niveau, le premier de chaque type d’abord', () => {
  // Blois has five CFAs and one CIO; the BIJ's type has none in Blois, so it comes from elsewhere.
  const many = [
    ...['a', 'b', 'c', 'd', 'e'].map((letter) => s(`cfa-${letter}`, 'cfa', 'blois')),
    s('cio-blois', 'cio', 'blois'),
    s('bij-vendome', 'bij', 'vendome'),
    s('bij-romorantin', 'bij', 'romorantin'),
  ];
  const level = structuresForResult({ informer: [], accompagner: ['cfa', 'cio', 'bij'] }, many, 'blois').accompagner;

  it.each([
    [8, ['cfa-a', 'cfa-b', 'cfa-c', 'cfa-d', 'cfa-e', 'cio-blois'], ['bij-romorantin', 'bij-vendome'], []],
    [3, ['cfa-a', 'cio-blois'], ['bij-romorantin'], ['cfa blois 5', 'bij - 2']],
    [5, ['cfa-a', 'cfa-b', 'cio-blois'], ['bij-romorantin', 'bij-vendome'], ['cfa blois 5']],
    [1, ['cfa-a'], [], ['cfa blois 5', 'cio blois 1', 'bij - 2']],
  ])('N = %i : montre %j dans le bassin et %j ailleurs ; listes complètes %j', (max, local, elsewhere, more) => {
    const shown = shownStructures(level, max, 'blois');
    expect(ids(shown.local)).toEqual(local);
    expect(ids(shown.elsewhere)).toEqual(elsewhere);
    // The level's 8 structures, less the N shown.
    expect(shown.leftOut.length).toBe(8 - max);
    expect(shown.more.map(({ type, area, count }) => `${type} ${area ?? '-'} ${count}`)).toEqual(more);
  });

  it('ne montre jamais plus de N structures, quel que soit leur nombre', () => {
    const thousands = Array.from({ length: 3000 }, (_, index) => s(`cfa-${index}`, 'cfa', 'blois'));
    const whole = structuresForResult({ informer: ['cio'], accompagner: ['cfa'] }, [...thousands, ...many], 'blois');
    const shown = shownStructures(whole.accompagner, 8, 'blois');
    expect(shown.local.length + shown.elsewhere.length).toBe(8);
    expect(shown.leftOut.length).toBe(3005 - 8);
    expect(shown.more).toEqual([{ type: 'cfa', area: 'blois', count: 3005 }]);
  });

  it('nomme au plus N des structures laissées de côté, et dit combien d’autres', () => {
    const thousands = Array.from({ length: 3000 }, (_, index) => s(`cfa-${index}`, 'cfa', 'blois'));
    const whole = structuresForResult({ informer: [], accompagner: ['cfa', 'cio'] }, [...thousands, ...many], 'blois');
    const shown = shownStructures(whole.accompagner, 8, 'blois');
    const { names, others } = leftOutNames(shown, 'cfa', 8);
    expect(names).toHaveLength(8);
    expect(names).toEqual(shown.leftOut.slice(0, 8).map((structure) => structure.data.nom));
    // 3,005 CFAs, 7 shown (the CIO takes the eighth place): 2,998 left out, 8 of them named.
    expect(others).toBe(2998 - 8);
    // Few left out: all named, none counted.
    expect(leftOutNames(shownStructures(level, 3, 'blois'), 'bij', 8)).toEqual({ names: ['bij-vendome'], others: 0 });
  });

  it('compte dans chaque lien toute la liste qu’il ouvre, avec les structures que le résultat ne propose pas', () => {
    // A CFA for adults only: the pupil's result leaves it out, the lists of CFAs hold it.
    const withAdults = [
      ...many,
      { id: 'cfa-adultes', data: { type: 'cfa', bassin: 'blois', nom: 'CFA adultes', publics: ['adultes'] } },
    ];
    const pupil = { ageBand: 'moins-16' as const, publics: ['collegiens-lyceens' as const] };
    const forPupil = structuresForResult({ informer: [], accompagner: ['cfa', 'cio', 'bij'] }, withAdults, 'blois', [
      pupil,
    ]).accompagner;
    expect(ids(forPupil.local)).not.toContain('cfa-adultes');
    const listSize = (type: string, area: string | undefined) =>
      withAdults.filter((structure) => structure.data.type === type && (!area || structure.data.bassin === area))
        .length;
    const shown = shownStructures(forPupil, 3, 'blois', listSize);
    expect(shown.more).toEqual([
      { type: 'cfa', area: 'blois', count: 6 },
      { type: 'bij', area: undefined, count: 2 },
    ]);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuse site.diagnosticStructuresShown = %s, en nommant le réglage', (value) => {
    expect(() => wholeNumberSetting('diagnosticStructuresShown', value, 1)).toThrow(
      /src\/site\.config\.ts, site\.diagnosticStructuresShown vaut/,
    );
  });
});

describe('adresses bornées des listes et de la carte', () => {
  it.each([
    [['cfa'], 'blois', '/carte/?bassin=blois&type=cfa#selection', '/structures/type/cfa/blois/'],
    [['cfa', 'cio', 'cfa'], undefined, '/carte/?type=cfa&type=cio#selection', '/structures/type/cfa/'],
  ])('types %j, bassin %s : carte %s, liste %s', (types, area, map, list) => {
    expect(mapPathForTypes(types, area)).toBe(map);
    expect(typeListPath(types[0]!, area)).toBe(list);
  });

  it('nomme la liste d’un type par son bassin, ou par le département du site', () => {
    expect(typeListTitle('cfa', 'blois')).toBe('Centre de formation d’apprentis (CFA) du bassin de Blois');
    expect(typeListTitle('cfa')).toBe(`Centre de formation d’apprentis (CFA) ${territory.departement.article}`);
  });
});
