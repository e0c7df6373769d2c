import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EntryIndex,
  applyChanges,
  nameKey,
  inTerritory,
  matchEntry,
  mergedChanges,
  plannedChanges,
  provenanceOf,
  type HubStructure,
  type LocalEntry,
} from '../../src/lib/importDataInclusion.ts';
import { validateDataInclusion } from '../../src/lib/structures/validateDataInclusion.ts';
import { structureSchema } from '../../src/schemas/structure.ts';
import { runScript } from '../support/runScript.ts';

const FIXTURES = 'tests/fixtures/data-inclusion';
const fixture = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>[];

describe('les fichiers de test data·inclusion', () => {
  it.each([
    ['structure', 'structures.json'],
    ['service', 'services.json'],
  ] as const)('sont au schéma national v1.0.8 : %s', (model, file) => {
    expect(validateDataInclusion(model, fixture(file))).toEqual([]);
  });
});

const hub = (fields: Partial<HubStructure>): HubStructure => ({
  source: 'fixture',
  id: 'fixture--x',
  nom: 'Structure de test',
  date_maj: '2026-09-01',
  ...fields,
});
const entry = (id: string, data: Record<string, unknown>): LocalEntry => ({ id, text: '', data });

describe('le territoire et le rapprochement', () => {
  it.each([
    ['un code postal du département', { code_postal: '41100' }, true],
    ['un code postal voisin', { code_postal: '45000' }, false],
    ['un code Insee du département', { code_insee: '41018' }, true],
    ['sans code, un point dans l’emprise', { latitude: 47.6, longitude: 1.3 }, true],
    ['sans code, un point à Paris', { latitude: 48.85, longitude: 2.35 }, false],
    ['ni code ni point', {}, false],
  ])('%s : %s', (_, fields, expected) => {
    expect(inTerritory(hub(fields))).toBe(expected);
  });

  it('ignore accents, casse et apostrophes dans les noms', () => {
    expect(nameKey('Centre d’Information et d’Orientation')).toBe(nameKey("CENTRE D'INFORMATION ET D'ORIENTATION"));
    expect(nameKey('Vendôme')).toBe(nameKey('VENDOME'));
  });

  const entries = [
    entry('cio-blois', {
      nom: 'Centre d’information et d’orientation de Blois',
      sigle: 'CIO de Blois',
      commune: 'Blois',
      siret: '12345678900011',
    }),
    entry('ml', { nom: 'Mission Locale du Blaisois', commune: 'Blois' }),
    // Its commune only places a stand-in point: neither a town to match on nor one its export gives.
    entry('cfa', { nom: 'CFA de test', commune: 'Blois', commune_inconnue: true }),
    entry('bij-saint-aignan', { nom: 'Point Information Jeunesse', commune: 'Saint-Aignan' }),
  ];

  it.each([
    [
      'par SIRET, quel que soit le nom',
      { siret: '12345678900011', nom: 'Autre nom', commune: 'Blois' },
      'cio-blois',
      'siret',
    ],
    [
      'par nom et commune, sans accents ni casse',
      { nom: 'MISSION LOCALE DU BLAISOIS', commune: 'BLOIS' },
      'ml',
      'nom et commune',
    ],
    ['par sigle et commune', { nom: 'CIO de Blois', commune: 'Blois' }, 'cio-blois', 'nom et commune'],
    [
      'par nom et commune abrégée comme dans les listes (« ST AIGNAN »)',
      { nom: 'POINT INFORMATION JEUNESSE', commune: 'ST AIGNAN' },
      'bij-saint-aignan',
      'nom et commune',
    ],
    [
      'par nom seul quand aucun des deux ne connaît la commune',
      { nom: 'CFA de test' },
      'cfa',
      'nom, commune inconnue des deux côtés',
    ],
  ])('rapproche %s', (_, fields, id, by) => {
    expect(matchEntry(hub(fields), entries)).toMatchObject({ entry: { id }, by });
  });

  it.each([
    ['le même nom dans une autre commune', { nom: 'Mission Locale du Blaisois', commune: 'Vendôme' }],
    ['deux SIRET différents', { nom: 'CIO de Blois', commune: 'Blois', siret: '99999999900011' }],
    ['par la commune où une fiche ne place qu’un repère provisoire', { nom: 'CFA de test', commune: 'Blois' }],
    ['sans commune, une fiche dont la commune est connue', { nom: 'Mission Locale du Blaisois' }],
  ])('ne rapproche pas %s', (_, fields) => {
    expect(matchEntry(hub(fields), entries)).toBeUndefined();
  });

  // Several files may fit a record: the import writes into the first, in the folder's order, whatever the index.
  it('rapproche la première fiche qui convient, et par nom seulement une fiche sans SIRET si le relevé en a un', () => {
    const twins = [
      entry('ml-a', { nom: 'Mission Locale du Blaisois', commune: 'Blois', siret: '11111111100011' }),
      entry('ml-b', { nom: 'ML', sigle: 'Mission locale du Blaisois', commune: 'Blois' }),
      entry('ml-c', { nom: 'Mission Locale du Blaisois', commune: 'Blois' }),
    ];
    const record = { nom: 'Mission Locale du Blaisois', commune: 'Blois' };
    expect(matchEntry(hub(record), twins)?.entry.id).toBe('ml-a');
    expect(matchEntry(hub({ ...record, siret: '22222222200022' }), twins)?.entry.id).toBe('ml-b');
    expect(matchEntry(hub({ ...record, siret: '11111111100011' }), twins)?.entry.id).toBe('ml-a');
  });

  it('rapproche aussi les fiches ajoutées à un index après coup (celles que --nouvelles crée)', () => {
    const index = new EntryIndex(entries);
    const record = hub({ nom: 'Association Nouvelle', commune: 'Vendôme' });
    expect(matchEntry(record, index)).toBeUndefined();
    index.add(entry('nouvelle', { nom: 'ASSOCIATION NOUVELLE', commune: 'VENDOME' }));
    expect(matchEntry(record, index)).toMatchObject({ entry: { id: 'nouvelle' }, by: 'nom et commune' });
    expect(matchEntry(hub({ nom: 'Mission Locale du Blaisois', commune: 'Blois' }), index)?.entry.id).toBe('ml');
  });
});

// Each case runs the script once or twice (a Node process each): slower than the other unit tests.
describe('npm run import:data-inclusion', { timeout: 60_000 }, () => {
  let dir = '';
  let content = '';
  const structures = () => join(content, 'structures');
  const file = (id: string) => readFileSync(join(structures(), `${id}.yaml`), 'utf8');
  const snapshot = () =>
    Object.fromEntries(readdirSync(structures()).map((name) => [name, readFileSync(join(structures(), name), 'utf8')]));
  const run = (...args: string[]) =>
    runScript('import-data-inclusion', [...args, '--out', join(dir, 'rapport.md')], { CONTENT_DIR: content });
  const hubFiles = [join(FIXTURES, 'structures.json'), join(FIXTURES, 'services.json')];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'aioa41-di-'));
    content = join(dir, 'content');
    cpSync('content', content, { recursive: true });
    // The test's own facts: a SIRET for the CIO, a phone a person checked for the BIJ (test numbers).
    const cio = join(structures(), 'cio-blois.yaml');
    writeFileSync(cio, readFileSync(cio, 'utf8').replace(/^type: cio$/m, 'siret: "12345678900011"\ntype: cio'));
    const bij = join(structures(), 'bij-41.yaml');
    writeFileSync(
      bij,
      readFileSync(bij, 'utf8')
        .replace(/^verifie: false$/m, 'verifie: true')
        .replace(/^code_postal: "41000"$/m, 'code_postal: "41000"\ntelephone: "01 99 00 00 09"'),
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sans --write, liste les changements, compte les fiches hors du territoire et ne touche à rien', () => {
    const before = snapshot();
    const result = run(...hubFiles);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /1 fiche hors du territoire \(non détaillées\) ; 4 fiches dans le territoire : 3 rapprochées, 1 candidate/,
    );
    expect(result.stdout).not.toMatch(/Orléans|fixture--hors/);
    expect(result.stdout).toMatch(/cio-blois\.yaml ← fixture--siret \(par siret\)/);
    expect(result.stdout).toMatch(/mission-locale-blaisois\.yaml ← fixture--nom \(par nom et commune\)/);
    expect(result.stdout).toMatch(/telephone : — → 01 99 00 00 01 : ajout/);
    expect(result.stdout).toMatch(/telephone : 01 99 00 00 09 → 01 99 00 00 03 : non remplacé \(valeur vérifiée/);
    expect(result.stdout).toMatch(/Association de test pour l’insertion, Vendôme \(fixture--candidate\)/);
    expect(result.stdout).toMatch(/Essai : aucune fiche n’a été modifiée/);
    expect(readFileSync(join(dir, 'rapport.md'), 'utf8')).toMatch(/\| telephone \| — \| 01 99 00 00 01 \| ajout \|/);
    expect(snapshot()).toEqual(before);
  });

  it('avec --write, remplit les coordonnées, note leur source et leur date, garde commentaires et ordre', () => {
    const before = file('cio-blois');
    const result = run(...hubFiles, '--write');
    expect(result.code, result.stderr).toBe(0);
    const after = file('cio-blois');
    expect(after.split('\n')[0]).toBe(before.split('\n')[0]);
    expect(after.split('\n')[0]).toMatch(/^# /);
    const keysOf = (text: string) => Object.keys(parseYaml(text) as object);
    const kept = keysOf(after).filter((key) => keysOf(before).includes(key));
    expect(kept).toEqual(keysOf(before));
    const data = structureSchema.parse(parseYaml(after));
    expect(data).toMatchObject({ telephone: '01 99 00 00 01', latitude: 47.58812, courriel: 'cio@exemple.invalid' });
    expect(data.sources?.telephone).toMatchObject({ source: 'data·inclusion (fixture)', id: 'fixture--siret' });
    expect(data.sources?.coordonnees?.date.toISOString().slice(0, 10)).toBe('2026-10-01');
    expect(file('bij-41')).toMatch(/^telephone: "01 99 00 00 09"$/m);
    expect(readdirSync(structures())).not.toContain('association-de-test-pour-l-insertion-vendome.yaml');
  });

  it('une seconde fois, ne change plus rien', () => {
    run(...hubFiles, '--write');
    const once = snapshot();
    const again = run(...hubFiles, '--write');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Aucune modification : les fiches sont à jour/);
    expect(snapshot()).toEqual(once);
  });

  it('récrit une fiche .yml dans son propre fichier, sans créer de .yaml du même nom', () => {
    renameSync(join(structures(), 'cio-blois.yaml'), join(structures(), 'cio-blois.yml'));
    const result = run(...hubFiles, '--write');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/cio-blois\.yml ← fixture--siret/);
    expect(readdirSync(structures()).filter((name) => name.startsWith('cio-blois.'))).toEqual(['cio-blois.yml']);
    expect(readFileSync(join(structures(), 'cio-blois.yml'), 'utf8')).toMatch(/^telephone: "01 99 00 00 01"$/m);
  });

  it('avec --nouvelles, ne donne pas à la candidate le nom d’une fiche .yml déjà là', () => {
    writeFileSync(
      join(structures(), 'association-de-test-pour-l-insertion-vendome.yml'),
      'nom: "Une autre structure"\ncommune: Blois\n',
    );
    const result = run(...hubFiles, '--write', '--nouvelles');
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(structures(), 'association-de-test-pour-l-insertion-vendome.yml'), 'utf8')).toMatch(
      /Une autre structure/,
    );
    expect(readdirSync(structures())).toContain('association-de-test-pour-l-insertion-vendome-2.yaml');
    expect(readdirSync(structures())).not.toContain('association-de-test-pour-l-insertion-vendome.yaml');
  });

  it('avec --nouvelles, écrit une seule fiche pour une structure que deux fiches data·inclusion décrivent', () => {
    const candidate = fixture('structures.json').find((record) => record['id'] === 'fixture--candidate')!;
    const path = join(dir, 'deux-candidates.json');
    writeFileSync(
      path,
      JSON.stringify([
        { ...candidate, id: 'dora--candidate', source: 'dora' },
        { ...candidate, id: 'soliguide--candidate', source: 'soliguide', telephone: '+33199000006' },
      ]),
    );
    const before = readdirSync(structures());
    const result = run(path, '--write', '--nouvelles');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^1 fichier écrit\.$/m);
    expect(readdirSync(structures()).filter((name) => !before.includes(name))).toEqual([
      'association-de-test-pour-l-insertion-vendome.yaml',
    ]);
    const data = structureSchema.parse(parseYaml(file('association-de-test-pour-l-insertion-vendome')));
    expect(data).toMatchObject({
      membre: false,
      telephone: '01 99 00 00 05',
      adresse: '3 rue de l’Exemple (donnée de test)',
    });
    expect(data.sources?.telephone).toMatchObject({ id: 'dora--candidate' });
    expect(result.stdout).toMatch(
      /association-de-test-pour-l-insertion-vendome\.yaml ← soliguide--candidate \(par nom et commune\)\n {2}telephone : 01 99 00 00 05 → 01 99 00 00 06 : non écrit \(les fiches data·inclusion ne donnent pas la même valeur/,
    );
    const once = snapshot();
    const again = run(path, '--write', '--nouvelles');
    expect(again.stdout).toMatch(/Aucune modification : les fiches sont à jour/);
    expect(snapshot()).toEqual(once);
  });

  it('avec --force, remplace aussi une valeur vérifiée', () => {
    run(...hubFiles, '--write', '--force');
    expect(file('bij-41')).toMatch(/^telephone: "01 99 00 00 03"$/m);
  });

  it('avec --nouvelles, écrit la candidate comme partenaire (membre: false), valide', () => {
    const result = run(...hubFiles, '--write', '--nouvelles');
    expect(result.code, result.stderr).toBe(0);
    const data = structureSchema.parse(parseYaml(file('association-de-test-pour-l-insertion-vendome')));
    expect(data).toMatchObject({ membre: false, verifie: false, bassin: 'vendome', services: ['Atelier de test'] });
  });

  it.each([
    ['pas-du-json.json', /pas-du-json\.json : ce n’est pas du JSON/],
    ['pas-une-liste.json', /pas-une-liste\.json : le fichier doit être une liste JSON de fiches/],
    ['hors-schema.json', /fiche 2 \(fixture--sans-nom\), champ nom : [\s\S]*fiche 3 \(fixture--date\), champ date_maj/],
  ])('refuse %s en français, code 1, sans rien écrire', (name, message) => {
    const before = snapshot();
    const result = run(join(FIXTURES, name), '--write', '--nouvelles');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Aucune fiche n’a été modifiée/);
    expect(snapshot()).toEqual(before);
  });

  describe('une fiche dont la commune est inconnue (commune_inconnue: true)', () => {
    /** A hub file of the test's own records (fictitious: « rue de l’Exemple », numbers kept for fiction). */
    const hubFile = (records: Partial<HubStructure>[]) => {
      const path = join(dir, 'commune-inconnue.json');
      writeFileSync(path, JSON.stringify(records.map((fields) => ({ ...hub({}), source: 'fixture', ...fields }))));
      return path;
    };

    it('avec --write, écrit la commune, l’adresse et la position que donne data·inclusion, retire commune_inconnue et le dit dans le rapport', () => {
      // The test's own fact: a SIRET for the GIP, by which the hub's record (with its town) is matched.
      const gip = join(structures(), 'gip-alfa-centre.yaml');
      writeFileSync(gip, readFileSync(gip, 'utf8').replace(/^type: gip$/m, 'siret: "12345678900029"\ntype: gip'));
      const hubPath = hubFile([
        {
          id: 'fixture--commune-donnee',
          nom: 'GIP (fiche de test, rapprochée par SIRET)',
          siret: '12345678900029',
          adresse: '4 rue de l’Exemple (donnée de test)',
          code_postal: '41100',
          commune: 'Vendôme',
          telephone: '+33199000006',
          latitude: 47.79,
          longitude: 1.07,
        },
      ]);
      const result = run(hubPath, '--write');
      expect(result.code, result.stderr).toBe(0);
      // What the next build reads: the schema refuses an address beside commune_inconnue.
      const data = structureSchema.parse(parseYaml(file('gip-alfa-centre')));
      expect(data).toMatchObject({
        commune: 'Vendôme',
        adresse: '4 rue de l’Exemple (donnée de test)',
        code_postal: '41100',
        latitude: 47.79,
      });
      expect(data.commune_inconnue).toBe(false);
      expect(file('gip-alfa-centre')).not.toMatch(/^commune_inconnue:/m);
      expect(data.sources?.coordonnees).toMatchObject({ id: 'fixture--commune-donnee' });
      expect(result.stdout).toMatch(/gip-alfa-centre\.yaml ← fixture--commune-donnee \(par siret\)/);
      expect(result.stdout).toMatch(
        /commune : commune pas encore connue → Vendôme : ajout \(commune_inconnue retiré → vérifiez la commune, le bassin \(blois\)/,
      );
      expect(result.stdout).not.toMatch(/repère provisoire/);
      const report = readFileSync(join(dir, 'rapport.md'), 'utf8');
      const section = report.slice(report.indexOf('gip-alfa-centre.yaml'));
      expect(report).toMatch(/^## .*gip-alfa-centre\.yaml$/m);
      expect(section).toMatch(
        /^\| commune \| commune pas encore connue \| Vendôme \| ajout \(commune_inconnue retiré/m,
      );
    });

    it('sans position dans data·inclusion, garde commune_inconnue : le repère provisoire ne passe pas pour la commune', () => {
      const gip = join(structures(), 'gip-alfa-centre.yaml');
      writeFileSync(gip, readFileSync(gip, 'utf8').replace(/^type: gip$/m, 'siret: "12345678900029"\ntype: gip'));
      const before = readFileSync(gip, 'utf8');
      const result = run(
        hubFile([{ id: 'fixture--sans-position', siret: '12345678900029', code_postal: '41100', commune: 'Vendôme' }]),
        '--write',
      );
      expect(result.code, result.stderr).toBe(0);
      const data = structureSchema.parse(parseYaml(file('gip-alfa-centre')));
      expect(data).toMatchObject({ commune_inconnue: true, commune: 'Blois' });
      expect(data.code_postal).toBeUndefined();
      expect(readFileSync(gip, 'utf8')).toBe(before);
      expect(result.stdout).toMatch(
        /commune : .*Vendôme.* non écrit \(data·inclusion donne la commune sans position.* → placez le point/,
      );
    });

    it.each([
      ['sans adresse', {}],
      [
        'avec une adresse mais sans commune',
        { adresse: '5 rue de l’Exemple (donnée de test)', code_postal: '41000', latitude: 47.6, longitude: 1.33 },
      ],
    ])('garde commune_inconnue quand data·inclusion ne donne pas la commune, %s', (what, fields) => {
      // Matched by name, as neither side knows the town.
      const hubPath = hubFile([
        {
          id: 'fixture--commune-absente',
          nom: 'CFA de l’industrie',
          code_insee: '41018',
          telephone: '+33199000007',
          ...fields,
        },
      ]);
      const result = run(hubPath, '--write');
      expect(result.code, result.stderr).toBe(0);
      const data = structureSchema.parse(parseYaml(file('cfa-industrie')));
      expect(data).toMatchObject({ commune_inconnue: true, commune: 'Blois', telephone: '01 99 00 00 07' });
      expect(data.adresse).toBeUndefined();
      expect(data.code_postal).toBeUndefined();
      expect(data.sources?.coordonnees).toBeUndefined();
      expect(result.stdout).not.toMatch(/commune :/);
      if (what !== 'sans adresse')
        expect(result.stdout).toMatch(
          /adresse : — → 5 rue de l’Exemple \(donnée de test\) : non écrit \(commune inconnue \(commune_inconnue: true\) et absente de data·inclusion/,
        );
    });
  });

  describe('deux fiches data·inclusion pour une même structure (dora et soliguide)', () => {
    /** Two sources' records of the Mission Locale, matched by name and town (test values, fictitious). */
    const twoRecords = (first: Partial<HubStructure>, second: Partial<HubStructure>) => {
      const path = join(dir, 'deux-fiches.json');
      const record = (id: string, source: string, fields: Partial<HubStructure>) => ({
        ...hub({ id, source, nom: 'Mission Locale du Blaisois', code_postal: '41000', commune: 'Blois' }),
        ...fields,
      });
      writeFileSync(
        path,
        JSON.stringify([record('dora--1', 'dora', first), record('soliguide--9', 'soliguide', second)]),
      );
      return path;
    };

    it('écrit dans la fiche ce qu’apporte chacune, chaque valeur avec sa propre source, et compte un fichier', () => {
      const hubPath = twoRecords(
        { adresse: '2 rue de l’Exemple (donnée de test)', telephone: '+33199000002' },
        { courriel: 'ml@exemple.invalid' },
      );
      const result = run(hubPath, '--write');
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^1 fichier écrit\.$/m);
      const data = structureSchema.parse(parseYaml(file('mission-locale-blaisois')));
      expect(data).toMatchObject({
        adresse: '2 rue de l’Exemple (donnée de test)',
        telephone: '01 99 00 00 02',
        courriel: 'ml@exemple.invalid',
      });
      expect(data.sources?.adresse).toMatchObject({ source: 'data·inclusion (dora)', id: 'dora--1' });
      expect(data.sources?.telephone).toMatchObject({ id: 'dora--1' });
      expect(data.sources?.courriel).toMatchObject({ source: 'data·inclusion (soliguide)', id: 'soliguide--9' });
      const again = run(hubPath, '--write');
      expect(again.stdout).toMatch(/Aucune modification : les fiches sont à jour/);
    });

    it('une valeur que les deux donnent est écrite une fois, avec la source de la première, et ne bouge plus', () => {
      const hubPath = twoRecords({ courriel: 'ml@exemple.invalid' }, { courriel: 'ml@exemple.invalid' });
      const result = run(hubPath, '--write');
      expect(result.code, result.stderr).toBe(0);
      expect(parseYaml(file('mission-locale-blaisois'))).toMatchObject({
        courriel: 'ml@exemple.invalid',
        sources: { courriel: { id: 'dora--1' } },
      });
      expect(result.stdout).toMatch(/courriel : — → ml@exemple\.invalid : non récrit \(même valeur que dora--1/);
      const once = snapshot();
      const again = run(hubPath, '--write');
      expect(again.stdout).toMatch(/Aucune modification : les fiches sont à jour/);
      expect(snapshot()).toEqual(once);
    });

    it('un champ où elles se contredisent n’est pas écrit : le rapport donne les deux valeurs, le reste est écrit', () => {
      const hubPath = twoRecords(
        { telephone: '+33199000002', adresse: '2 rue de l’Exemple (donnée de test)' },
        { telephone: '+33199000008' },
      );
      const result = run(hubPath, '--write');
      expect(result.code, result.stderr).toBe(0);
      const data = structureSchema.parse(parseYaml(file('mission-locale-blaisois')));
      expect(data.telephone).toBeUndefined();
      expect(data.adresse).toBe('2 rue de l’Exemple (donnée de test)');
      expect(result.stdout).toMatch(
        /telephone : — → 01 99 00 00 02 : non écrit \(les fiches data·inclusion ne donnent pas la même valeur \(dora--1 : « 01 99 00 00 02 » ; soliguide--9 : « 01 99 00 00 08 »\) → /,
      );
    });
  });

  it('dit en français quelles fiches n’ont pas pu être écrites, sans trace d’erreur, ne les compte pas et sort en 1', () => {
    // The structures folder is a file: no entry to match, and the candidate cannot be written.
    rmSync(structures(), { recursive: true });
    writeFileSync(structures(), 'un fichier, pas un dossier');
    const result = run(...hubFiles, '--write', '--nouvelles');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^.*association-de-test-pour-l-insertion-vendome\.yaml : impossible d’écrire la fiche \(\w+\) → vérifiez que .*structures est un dossier où vous pouvez écrire, puis relancez l’import\.$/m,
    );
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+|Error:/);
    // Three candidates have a point on the map, so three files to write, none written.
    expect(result.stdout).toMatch(/^0 fichier écrit, 3 non écrits \(voir les erreurs\)\.$/m);
  });

  it('dit en français quand le rapport Markdown ne peut pas être écrit, et sort en 1', () => {
    writeFileSync(join(dir, 'un-fichier'), '');
    const result = runScript('import-data-inclusion', [...hubFiles, '--out', join(dir, 'un-fichier', 'rapport.md')], {
      CONTENT_DIR: content,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /rapport\.md : impossible d’écrire le rapport \(\w+\) → vérifiez que .*un-fichier est un dossier/,
    );
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+|Error:/);
  });

  it('n’écrit rien quand le fichier des services est refusé', () => {
    const before = snapshot();
    const result = run(hubFiles[0]!, join(FIXTURES, 'pas-une-liste.json'), '--write');
    expect(result.code).toBe(1);
    expect(snapshot()).toEqual(before);
  });
});

describe('deux fiches pour une structure dont la commune est inconnue', () => {
  const cfa = entry('cfa', { nom: 'CFA de test', commune: 'Blois', commune_inconnue: true, siret: '12345678900029' });
  const placed = { siret: '12345678900029', commune: 'Vendôme', adresse: '4 rue de l’Exemple', latitude: 47.79 };
  const decisions = (changes: ReturnType<typeof mergedChanges>) =>
    changes.map((list) => Object.fromEntries(list.map((change) => [change.field, change.decision])));

  it('écrivent la commune, l’adresse et la position une fois quand elles s’accordent', () => {
    const changes = mergedChanges(cfa, [
      hub({ id: 'dora--1', ...placed, longitude: 1.07 }),
      hub({ id: 'soliguide--9', ...placed, longitude: 1.07 }),
    ]);
    expect(decisions(changes)).toEqual([
      { commune: 'ajout', adresse: 'ajout', coordonnees: 'ajout' },
      { commune: 'doublon', adresse: 'doublon', coordonnees: 'doublon' },
    ]);
  });

  it('n’écrivent ni commune ni adresse quand leurs positions diffèrent : le repère provisoire resterait', () => {
    const changes = mergedChanges(cfa, [
      hub({ id: 'dora--1', ...placed, longitude: 1.07 }),
      hub({ id: 'soliguide--9', ...placed, longitude: 1.08 }),
    ]);
    expect(decisions(changes)).toEqual([
      { commune: 'désaccord', adresse: 'sans commune', coordonnees: 'désaccord' },
      { commune: 'désaccord', adresse: 'sans commune', coordonnees: 'désaccord' },
    ]);
  });
});

describe('deux fiches pour une structure dont la commune est inconnue, l’une avec la position, l’autre sans', () => {
  const gipPath = 'content/structures/gip-alfa-centre.yaml';
  const gip = () => {
    const text = readFileSync(gipPath, 'utf8');
    return { id: 'gip-alfa-centre', text, data: parseYaml(text) as Record<string, unknown> };
  };
  /** dora places the GIP (commune and position); soliguide gives the same commune and the street address only. */
  const dora = hub({
    id: 'dora--1',
    source: 'dora',
    commune: 'Vendôme',
    code_postal: '41100',
    latitude: 47.79,
    longitude: 1.07,
  });
  const soliguide = hub({
    id: 'soliguide--9',
    source: 'soliguide',
    commune: 'Vendôme',
    adresse: '4 rue de l’Exemple (donnée de test)',
    telephone: '+33199000006',
  });
  const applied = (records: HubStructure[]) => {
    const changes = mergedChanges(gip(), records);
    return {
      changes,
      text: records.reduce(
        (text, record, index) => applyChanges(text, changes[index]!, provenanceOf(record), '2026-12-02'),
        gip().text,
      ),
    };
  };

  it.each([
    ['dora puis soliguide', [dora, soliguide]],
    ['soliguide puis dora', [soliguide, dora]],
  ])('écrivent aussi l’adresse de celle qui n’a pas de position, avec sa source (%s)', (_, records) => {
    const { text } = applied(records);
    const data = structureSchema.parse(parseYaml(text));
    expect(data).toMatchObject({
      commune: 'Vendôme',
      adresse: '4 rue de l’Exemple (donnée de test)',
      code_postal: '41100',
      latitude: 47.79,
      telephone: '01 99 00 00 06',
    });
    expect(data.commune_inconnue).toBe(false);
    expect(data.sources?.adresse).toMatchObject({ id: 'soliguide--9' });
    expect(data.sources?.coordonnees).toMatchObject({ id: 'dora--1' });
  });

  it('ne demandent pas de placer le point que cette exécution place : la commune de l’autre est un doublon', () => {
    const [, second] = applied([dora, soliguide]).changes;
    expect(second!.map(({ field, decision }) => [field, decision])).toEqual([
      ['commune', 'doublon'],
      ['adresse', 'ajout'],
      ['telephone', 'ajout'],
    ]);
    expect(second!.find((change) => change.field === 'commune')?.reason).toBe(
      'même commune que dora--1, qui donne la position',
    );
  });
});

describe('deux fiches pour une structure dont une personne a vérifié la valeur (verifie: true)', () => {
  const ml = entry('ml', { nom: 'ML de test', commune: 'Blois', verifie: true, telephone: '02 54 00 00 00' });
  const decisions = (changes: ReturnType<typeof mergedChanges>) =>
    changes.map((list) => Object.fromEntries(list.map((change) => [change.field, change.decision])));

  it('gardent la valeur vérifiée et notent la source de celle qui la confirme, sans la dire en désaccord', () => {
    const changes = mergedChanges(ml, [
      hub({ id: 'dora--1', source: 'dora', telephone: '0254111111' }),
      hub({ id: 'soliguide--9', source: 'soliguide', telephone: '+33254000000' }),
    ]);
    expect(decisions(changes)).toEqual([{ telephone: 'protégé' }, { telephone: 'source' }]);
  });

  it('notent la source d’une position vérifiée que la plateforme donne à l’identique, sans la dire « non remplacée »', () => {
    const placed = entry('ml', { ...ml.data, latitude: 47.5861, longitude: 1.3359 });
    const changes = mergedChanges(placed, [
      hub({ id: 'dora--1', source: 'dora', commune: 'Blois', latitude: 47.5861, longitude: 1.3359 }),
    ]);
    expect(decisions(changes)).toEqual([{ coordonnees: 'source' }]);
  });

  it('avec --force, ne remplacent la valeur vérifiée par aucune des deux quand elles se contredisent', () => {
    const changes = mergedChanges(
      ml,
      [
        hub({ id: 'dora--1', source: 'dora', telephone: '0254111111' }),
        hub({ id: 'soliguide--9', source: 'soliguide', telephone: '+33254000000' }),
      ],
      { force: true },
    );
    expect(decisions(changes)).toEqual([{ telephone: 'désaccord' }, { telephone: 'désaccord' }]);
  });
});

describe('les horaires venus de la plateforme', () => {
  it('s’écrivent comme la syntaxe OpenStreetMap les écrit, pour que le formulaire accepte encore la fiche', () => {
    const changes = plannedChanges(
      entry('bij', { nom: 'BIJ de test', commune: 'Blois' }),
      hub({ horaires_accueil: ' mo-fr 09:00-12:00; ph off ' }),
    );
    expect(changes.find((change) => change.field === 'horaires_accueil')?.after).toBe('Mo-Fr 09:00-12:00; PH off');
  });
});

// The check refuses http:// (every message says https://): a hub record's page in http only would make the import
// write a file the check then refuses. The value's source and date stay; only the link is left out.
describe('le lien vers la fiche d’origine', () => {
  it('n’est écrit qu’en https://, comme la vérification le demande', () => {
    const text = 'nom: "Structure de test"\ncommune: Blois\nverifie: false\n';
    const record = hub({ lien_source: 'http://exemple.invalid/fiche', telephone: '+33199000006' });
    expect(provenanceOf(record)).not.toHaveProperty('lien');
    expect(provenanceOf(hub({ lien_source: 'https://exemple.invalid/fiche' }))).toMatchObject({
      lien: 'https://exemple.invalid/fiche',
    });
    const changes = plannedChanges(entry('t', parseYaml(text) as Record<string, unknown>), record);
    const written = parseYaml(applyChanges(text, changes, provenanceOf(record), '2026-12-02')) as {
      sources: { telephone: Record<string, unknown> };
    };
    expect(written.sources.telephone).toMatchObject({ source: 'data·inclusion (fixture)', id: 'fixture--x' });
    expect(structureSchema.shape.sources.safeParse(written.sources).success).toBe(true);
  });
});
