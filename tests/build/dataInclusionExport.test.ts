/**
 * The two data·inclusion files, as built, against the vendored national schema v1.0.8: every record
 * of the real content, plus planted records that the schema would refuse if the export got them wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRecordProblem, validateDataInclusion } from '../../src/lib/structures/validateDataInclusion.ts';
import { isPastAction, PUBLIC_CODES } from '../../src/lib/structures/dataInclusion.ts';
import { EMBED_DATA_GLOBAL } from '../../src/lib/structures/mapData.ts';
import { PUBLICS, type PublicId } from '../../src/schemas/fields.ts';
import {
  matchEntry,
  parseHubFile,
  plannedChanges,
  type HubService,
  type HubStructure,
} from '../../src/lib/importDataInclusion.ts';
import { buildWithContent, contentWith, type BuildResult } from '../support/buildSite.ts';
import { contentFiles } from '../support/loadContent.ts';

// The longest line the check lets through (150 characters): the name of a service in data·inclusion, never cut.
const longLine =
  'Ligne de test de cent cinquante caractères tout juste, soit la plus longue que la vérification accepte pour nommer un service dans l’annuaire national';

/** Test data only: no real place, number or address. */
const planted = {
  'structures/zz-test-commune.yaml': `# Fiche de test (tests/build/dataInclusionExport.test.ts) : rien de réel.
nom: "=1+1 Structure de test"
type: cio
bassin: blois
description: "Fiche de test pour l’export data·inclusion, sans aucune donnée réelle."
commune: "Blois"
code_postal: "41000"
latitude: 47.59
longitude: 1.33
publics:
  - tout-public
  - jeunes-16-25
services:
  - "Aide au CV"
  - "${longLine}"
  - "Accueil, orientation"
  - "Accueil : orientation"
  - "Permanence d’été de test (point d’étape 2013)"
membre: false
date_maj: 2026-11-01
verifie: false
`,
  'structures/zz-test-sourcee.yaml': `# Fiche de test (tests/build/dataInclusionExport.test.ts) : rien de réel.
nom: "Structure de test sourcée"
type: gip
bassin: vendome
description: "Fiche de test dont les coordonnées viennent d’une source nommée et datée."
dans_le_reseau: "Historique de test : elle a pris part aux premières années du groupe."
adresse: "1 rue de l’Exemple"
commune: "Vendôme"
code_postal: "41100"
latitude: 47.7931
longitude: 1.0652
telephone: "+33 1 99 00 00 00"
courriel: "accueil@exemple.invalid"
publics:
  - adultes
services:
  - "Information"
membre: false
date_maj: 2026-11-02
verifie: false
sources:
  telephone:
    source: "data·inclusion (fixture)"
    id: "fixture--1"
    date: 2026-10-01
  coordonnees:
    source: "data·inclusion (fixture)"
    id: "fixture--1"
    date: 2026-10-01
`,
  // Its commune only places a stand-in point: « Repère-de-Test » must appear in no page and no file.
  'structures/zz-test-commune-inconnue.yaml': `# Fiche de test (tests/build/dataInclusionExport.test.ts) : rien de réel.
nom: "Structure de test sans commune connue"
type: gip
bassin: romorantin
description: "Fiche de test dont aucune source ne donne la commune."
commune: "Repère-de-Test"
commune_inconnue: true
latitude: 47.358
longitude: 1.741
publics:
  - adultes
services:
  - "Information de test"
membre: false
date_maj: 2026-11-03
verifie: false
`,
  // The one entry a person checked with its structure: its services are the only ones data·inclusion gets.
  'structures/zz-test-verifiee.yaml': `# Fiche de test (tests/build/dataInclusionExport.test.ts) : rien de réel.
nom: "CFA de test vérifié"
type: cfa
bassin: blois
description: "Fiche de test d’une structure dont une personne a vérifié les services auprès d’elle."
commune: "Blois"
code_postal: "41000"
latitude: 47.59
longitude: 1.33
publics:
  - jeunes-16-25
  - apprentis
  - employeurs
  - etudiants
publics_a_confirmer:
  - etudiants
services:
  - "Documentation sur les formations et les métiers"
  - "Information sur la mobilité internationale"
  - "Suivi des apprentis en entreprise"
  - "Information sur les métiers de l’artisanat et l’apprentissage"
  - "Aide au CV"
membre: false
date_maj: 2026-11-04
verifie: true
`,
  // The one link someone opened, before every structure's last update: /donnees/ dates each file by its own records,
  // not by the newest of the page.
  'sitotheque/zz-test-lien-verifie.yaml': `# Fiche de test (tests/build/dataInclusionExport.test.ts) : rien de réel.
titre: "Site de test vérifié"
url: https://exemple.invalid/
description: "Fiche de test d’un lien ouvert par une personne."
thematiques:
  - emploi
publics:
  - jeunes-16-25
date_verification: 2026-10-15
`,
  // The same for a CFA, which the self-diagnostic's apprenticeship results offer on a card (« Où : … »).
  'structures/zz-test-cfa-commune-inconnue.yaml': `# Fiche de test (tests/build/dataInclusionExport.test.ts) : rien de réel.
nom: "CFA de test sans commune connue"
type: cfa
bassin: romorantin
description: "Fiche de test d’un CFA dont aucune source ne donne la commune."
commune: "Repère-de-Test"
commune_inconnue: true
latitude: 47.358
longitude: 1.741
publics:
  - jeunes-16-25
  - apprentis
membre: false
date_maj: 2026-11-03
verifie: false
`,
};

/** Every file under `dir` whose name ends with one of `extensions`. */
function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.some((extension) => name.endsWith(extension)))
    .map((name) => join(dir, name));
}

describe('les fichiers data·inclusion construits', () => {
  let build: BuildResult;
  let cleanup = () => {};
  let contentDir = '';
  beforeAll(async () => {
    const content = contentWith(planted);
    cleanup = content.cleanup;
    contentDir = content.dir;
    build = await buildWithContent(content.dir);
  });
  afterAll(() => cleanup());

  const built = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
  const json = (path: string) => JSON.parse(built(path)) as Record<string, unknown>[];
  /** A page's text as a reader reads it: no tags, one space between words. */
  const pageText = (path: string) =>
    built(path)
      .replace(/<[^>]+>/g, '')
      .replace(/&gt;/g, '>')
      .replace(/&nbsp;/g, ' ')
      .replace(/\s+/g, ' ');
  const entries = () =>
    contentFiles('structures', contentDir).map(({ data }) => data as { services?: string[]; verifie: boolean });

  it('ne publient comme services que des offres actuelles, décrites sans article deviné, sans l’historique du réseau', () => {
    const services = json('donnees/data-inclusion/services.json') as { nom: string; description: string }[];
    expect(services.filter((service) => /point.? d’étape/.test(service.nom + service.description))).toEqual([]);
    expect(services.filter((service) => / proposée? par /.test(service.description))).toEqual([]);
    for (const service of services)
      expect(service.description).toMatch(/\. Structure qui propose ce service : [^.]+\./);
    const structures = json('donnees/data-inclusion/structures.json') as { description: string }[];
    const history = /premières années du groupe|compositions de 2009|points? d’étape|chargée de mission du groupe/;
    expect([...structures, ...services].filter((record) => history.test(record.description))).toEqual([]);
    // The history stays on the structure's own page and in the network's files.
    expect(built('structures/zz-test-sourcee/index.html')).toContain('premières années du groupe');
  });

  it('se relisent par l’import data·inclusion sans rien changer aux fiches', () => {
    const structures = parseHubFile(
      'structures.json',
      built('donnees/data-inclusion/structures.json'),
      'structure',
    ) as HubStructure[];
    const services = parseHubFile(
      'services.json',
      built('donnees/data-inclusion/services.json'),
      'service',
    ) as HubService[];
    const local = contentFiles('structures', contentDir).map(({ id, absolutePath, data }) => ({
      id,
      text: readFileSync(absolutePath, 'utf8'),
      data,
    }));
    for (const record of structures) {
      const match = matchEntry(record, local);
      expect(match?.entry.id, record.id).toBe(record.id.replace('aioa41--', ''));
      // A value a person checked is kept as it is (« protégé »): the file does not change either.
      const changed = plannedChanges(match!.entry, record).filter(
        (change) => change.decision !== 'source' && change.decision !== 'protégé',
      );
      expect(changed, record.id).toEqual([]);
    }
    const ids = new Set(structures.map((record) => record.id));
    expect(services.filter((service) => !ids.has(service.structure_id))).toEqual([]);
  });

  it.each([
    ['structure', 'donnees/data-inclusion/structures.json'],
    ['service', 'donnees/data-inclusion/services.json'],
  ] as const)('valident fiche par fiche : %s (%s)', (model, path) => {
    expect(build.code, build.output).toBe(0);
    const records = json(path);
    const expected =
      model === 'structure'
        ? entries().length
        : entries()
            .filter((entry) => entry.verifie)
            .reduce((sum, entry) => sum + (entry.services?.filter((line) => !isPastAction(line)).length ?? 0), 0);
    expect(records.length).toBeGreaterThan(0);
    expect(records).toHaveLength(expected);
    expect(validateDataInclusion(model, records).map(formatRecordProblem)).toEqual([]);
  });

  it('donnent à chaque service les codes nationaux de sa ligne : thématiques, type, frais et accueil', () => {
    const services = json('donnees/data-inclusion/services.json');
    // Only a checked entry's services go to the hub: here, the planted one.
    const line = (slug: string) => services.find((service) => service['id'] === `aioa41--zz-test-verifiee--${slug}`);
    // The CIO's documentation: « consultables sur place » is only in a tool sheet whose holders are « à confirmer »,
    // so no modes_accueil; no text says its fees.
    expect(line('documentation-sur-les-formations-et-les-metiers')).toMatchObject({
      thematiques: [
        'choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite',
        'se-former--trouver-sa-formation',
      ],
      type: 'information',
    });
    expect(services.some((service) => 'frais' in service)).toBe(false);
    expect(services.some((service) => 'modes_accueil' in service)).toBe(false);
    // /donnees/ sends the reader to the table's « D’après » column for the text behind a fee, and the column has it.
    const page = built('donnees/index.html');
    expect(page).toContain('la colonne « D’après » de la table dit quel texte');
    expect(page).toMatch(/<th[^>]*>D’après<\/th>/);
    expect(page).toContain('« consultables sur place »');
    // The BIJ's: no text of the content says how it receives people, so neither fees nor ways of access.
    const youthInformation = line('information-sur-la-mobilite-internationale');
    expect(youthInformation).toMatchObject({ type: 'information' });
    expect(youthInformation).not.toHaveProperty('frais');
    expect(youthInformation).not.toHaveProperty('modes_accueil');
    // /donnees/ names the publics of a line published for employers and others, as the file gives them.
    const followUp = line('suivi-des-apprentis-en-entreprise');
    expect(built('donnees/index.html')).toContain(
      `« Suivi des apprentis en entreprise » (${String(followUp?.['publics_precisions'])})`,
    );
    // The CAD's information serves its structure's publics, employers included, whatever they are.
    const crafts = line('information-sur-les-metiers-de-l-artisanat-et-l-apprentissage');
    expect(String(crafts?.['publics_precisions'])).toContain('Employeurs');
    expect(built('donnees/index.html')).toContain(
      `« Information sur les métiers de l’artisanat et l’apprentissage » (${String(crafts?.['publics_precisions'])})`,
    );
    // A line the table does not know travels without codes rather than with guessed ones.
    const unknown = line('aide-au-cv')!;
    for (const field of ['thematiques', 'type', 'frais', 'modes_accueil']) expect(unknown).not.toHaveProperty(field);
    // /donnees/ gives the count of the file it publishes.
    const withThemes = services.filter((service) => service['thematiques']).length;
    expect(built('donnees/index.html')).toContain(
      `${withThemes} services sur ${services.length} ont au moins une thématique`,
    );
  });

  it('n’envoient à data·inclusion aucun service d’une fiche pas encore vérifiée, et le disent de la structure', () => {
    const services = json('donnees/data-inclusion/services.json') as { structure_id: string }[];
    const structures = json('donnees/data-inclusion/structures.json') as { id: string; description: string }[];
    const files = contentFiles('structures', contentDir).map(({ id, data }) => ({
      id,
      verifie: data['verifie'] === true,
      lines: ((data['services'] as string[] | undefined) ?? []).filter((line) => !isPastAction(line)),
    }));
    const unverified = files.filter((file) => !file.verifie);
    expect(unverified.length).toBeGreaterThan(20);
    for (const { id } of unverified) {
      expect(
        services.filter((service) => service.structure_id === `aioa41--${id}`),
        id,
      ).toEqual([]);
      expect(structures.find((record) => record.id === `aioa41--${id}`)!.description, id).toMatch(
        /Fiche pas encore vérifiée auprès de la structure\.$/,
      );
    }
    // A checked entry's services go, and its description says nothing of the kind.
    expect(services.filter((service) => service.structure_id === 'aioa41--zz-test-verifiee')).toHaveLength(5);
    expect(structures.find((record) => record.id === 'aioa41--zz-test-verifiee')!.description).not.toMatch(
      /pas encore vérifiée/,
    );
    // The lines stay on the structure's page and in the network's own files.
    expect(built('structures/cio-blois/index.html')).toContain('Documentation sur les formations et les métiers');
    const own = (json('donnees/structures.json') as { id: string; services: string[] }[]).find(
      (record) => record.id === 'cio-blois',
    );
    expect(own!.services).toContain('Documentation sur les formations et les métiers');
    // /donnees/ says how many go, and how many stay on the site and why.
    const text = pageText('donnees/index.html');
    const withheld = unverified.reduce((sum, file) => sum + file.lines.length, 0);
    expect(text).toContain(`services.json publie ${services.length} services`);
    expect(text).toContain(
      `${withheld} lignes de services des ${unverified.length} fiches pas encore vérifiées n’y sont pas`,
    );
  });

  it('donnent un identifiant distinct à chaque service, même quand deux lignes s’écrivent de même', () => {
    const ids = json('donnees/data-inclusion/services.json').map((service) => service['id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ne publient la position que des structures dont le point est à l’adresse', () => {
    const structures = json('donnees/data-inclusion/structures.json');
    const byId = (id: string) => structures.find((structure) => structure['id'] === `aioa41--${id}`)!;
    expect(byId('zz-test-commune')).not.toHaveProperty('latitude');
    expect(byId('zz-test-sourcee')).toMatchObject({ latitude: 47.7931, longitude: 1.0652, telephone: '+33199000000' });
    expect(byId('zz-test-commune')['lien_source']).toMatch(/\/structures\/zz-test-commune\/$/);
    const feature = (
      JSON.parse(built('donnees/structures.geojson')) as {
        features: { id: string; properties: { localisation: string } }[];
      }
    ).features;
    expect(feature.find((item) => item.id === 'zz-test-commune')!.properties.localisation).toBe('commune');
    expect(feature.find((item) => item.id === 'zz-test-sourcee')!.properties.localisation).toBe('adresse');
  });

  it('ne donnent nulle part pour sa commune celle où une fiche ne place qu’un repère provisoire', () => {
    expect(build.code, build.output).toBe(0);
    const leaks = filesUnder(build.outDir, ['.html', '.json', '.csv', '.geojson', '.js']).filter((file) =>
      readFileSync(file, 'utf8').includes('Repère-de-Test'),
    );
    expect(leaks).toEqual([]);
    const page = built('structures/zz-test-commune-inconnue/index.html');
    expect(page).toContain('Commune pas encore connue');
    expect(page).toContain('Ce site ne sait pas encore où elle est installée.');
    expect(page).toContain('Elle n’est pas sur la carte tant que sa commune n’est pas connue.');
    expect(page).not.toMatch(/ne connaît encore que sa commune|repère est placé dans la commune/);
    // No small map: a pin at the stand-in point would place it there.
    expect(page).not.toContain('<structure-map');
    // The directory and the map list it in the area the file names, and say that its place is to confirm.
    expect(built('structures/index.html')).toMatch(
      /data-unplaced[^>]*data-structure="zz-test-commune-inconnue"[^>]*data-summary="[^"]*lieu à confirmer, pas sur la carte/,
    );
    const own = (json('donnees/structures.json') as { id: string }[]).find(
      (structure) => structure.id === 'zz-test-commune-inconnue',
    );
    expect(own).toMatchObject({ commune: null, code_postal: null, localisation: 'inconnue' });
    // Nor a point: the stand-in point would show it in a town on any map a reuser draws (RFC 7946 allows no geometry).
    expect(own).toMatchObject({ latitude: null, longitude: null });
    const unlocated = (
      JSON.parse(built('donnees/structures.geojson')) as { features: { id: string; geometry: unknown }[] }
    ).features.find((feature) => feature.id === 'zz-test-commune-inconnue');
    expect(unlocated).toMatchObject({ geometry: null });
    const row = parseCsv<Record<string, string>>(built('donnees/structures.csv'), { bom: true, columns: true }).find(
      (line) => line['id'] === 'zz-test-commune-inconnue',
    );
    expect(row).toMatchObject({ latitude: '', longitude: '', localisation: 'inconnue' });
    // Nor does the map's data file, which partners read too: the structure is listed, flagged, without a point.
    const marker = (
      JSON.parse(built('carte/structures.json')) as { structures: { id: string; unplaced?: true }[] }
    ).structures.find((structure) => structure.id === 'zz-test-commune-inconnue');
    expect(marker).toMatchObject({ unplaced: true, commune: 'lieu à confirmer, pas sur la carte' });
    expect(marker).not.toHaveProperty('lat');
    expect(marker).not.toHaveProperty('lng');
    const exported = json('donnees/data-inclusion/structures.json').find(
      (structure) => structure['id'] === 'aioa41--zz-test-commune-inconnue',
    );
    expect(exported).toBeDefined();
    for (const field of ['commune', 'code_postal', 'latitude']) expect(exported).not.toHaveProperty(field);
    // A result card says where the structure is as « Où : Commune pas encore connue ».
    const cards = filesUnder(join(build.outDir, 'diagnostic'), ['.html'])
      .flatMap((file) => readFileSync(file, 'utf8').split('<article class="structure-card"').slice(1))
      .filter((card) => card.includes('/structures/zz-test-cfa-commune-inconnue/'));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card).toMatch(/<dt>Où<span[^>]*> :<\/span><\/dt><dd>Commune pas encore connue</);
  });

  it('les données de la carte donnent à chaque structure le point de sa fiche, à celles sans commune connue aucun', () => {
    expect(build.code, build.output).toBe(0);
    type Marker = { id: string; lat?: number; lng?: number; unplaced?: true };
    const prefix = `self.${EMBED_DATA_GLOBAL}=`;
    const embedded = built('embed/structures.js');
    expect(embedded.startsWith(prefix)).toBe(true);
    const files = new Map(
      contentFiles('structures', contentDir).map(({ id, data }) => [
        id,
        data as { latitude: number; longitude: number; commune_inconnue?: boolean },
      ]),
    );
    // The map's own file (/carte/ and /structures/ fetch it) and the embed's copy of it.
    for (const structures of [
      (JSON.parse(built('carte/structures.json')) as { structures: Marker[] }).structures,
      (JSON.parse(embedded.slice(prefix.length).replace(/;\s*$/, '')) as { structures: Marker[] }).structures,
    ]) {
      expect(structures.map(({ id }) => id).sort()).toEqual([...files.keys()].sort());
      const unplaced = structures.filter((structure) => files.get(structure.id)!.commune_inconnue);
      // Two planted here, the real ones besides (cfa-industrie, gip-alfa-centre).
      expect(unplaced.length).toBeGreaterThanOrEqual(2);
      for (const structure of unplaced) {
        expect(structure, structure.id).toMatchObject({ unplaced: true });
        expect(Object.keys(structure), structure.id).not.toContain('lat');
        expect(Object.keys(structure), structure.id).not.toContain('lng');
      }
      for (const structure of structures.filter((structure) => !files.get(structure.id)!.commune_inconnue)) {
        const file = files.get(structure.id)!;
        expect(structure, structure.id).not.toHaveProperty('unplaced');
        expect([structure.lat, structure.lng], structure.id).toEqual([file.latitude, file.longitude]);
        expect(Number.isFinite(structure.lat) && Number.isFinite(structure.lng), structure.id).toBe(true);
      }
    }
    // The lists' items, which the map reads when the file cannot load, give no point either.
    for (const page of [
      'carte/index.html',
      'structures/index.html',
      'structures/zz-test-commune-inconnue/index.html',
    ]) {
      const items = [...built(page).matchAll(/<[a-z]+ [^>]*data-structure="zz-test-commune-inconnue"[^>]*>/g)];
      expect(items.length, page).toBeGreaterThan(0);
      for (const [item] of items) expect(item, page).not.toMatch(/data-l(?:at|ng)=/);
    }
  });

  it('/donnees/ dit comment ouvrir le CSV dans un tableur, qui reste à la virgule, sans ligne sep=', () => {
    expect(pageText('donnees/index.html')).toMatch(
      /Excel.{0,80}Données > À partir d’un fichier texte\/CSV.{0,120}UTF-8.{0,80}virgule/,
    );
    expect(built('donnees/structures.csv').startsWith('\uFEFFid,nom,')).toBe(true);
  });

  // A reuser who downloads one file wants its own date: the planted link (1 December) is in the sitothèque only, the
  // planted verified structure (4 November) is the only one whose services go to data·inclusion.
  it('/donnees/ date chaque fichier par la plus récente de ses fiches, dans la liste des téléchargements', () => {
    const page = built('donnees/index.html');
    /** The date the download list gives a file: its `<time datetime>` in the file's item. */
    const listed = (file: string) => {
      const item = page.split('<li').find((part) => part.includes(`href="/donnees/${file}"`));
      return /<time datetime="([\d-]+)"/.exec(item?.split('</li>')[0] ?? '')?.[1];
    };
    const newest = (file: string, field: string) =>
      json(`donnees/${file}`)
        .map((record) => record[field] as string | null)
        .filter((date) => date !== null)
        .sort()
        .at(-1);
    const structures = newest('structures.json', 'date_maj');
    for (const file of ['structures.geojson', 'structures.csv', 'structures.json', 'data-inclusion/structures.json']) {
      expect(listed(file), file).toBe(structures);
    }
    expect(listed('data-inclusion/services.json')).toBe(newest('data-inclusion/services.json', 'date_maj'));
    expect(listed('data-inclusion/services.json')).toBe('2026-11-04');
    expect(listed('sitotheque.json')).toBe('2026-10-15');
    expect(listed('stages.json')).toBe(newest('stages.json', 'date_maj'));
    expect(new Set([structures, '2026-11-04', '2026-10-15']).size).toBe(3);
    expect(pageText('donnees/index.html')).toMatch(/sitotheque\.json : [^.]*\. Mis à jour le 15 octobre 2026\./);
  });

  it('/donnees/ date ses fichiers par la plus récente de leurs dates, et compte les liens pas encore vérifiés', () => {
    const page = built('donnees/index.html');
    // The page's date is the newest of its files' records: structures, internships and links.
    const dates = [
      ...json('donnees/structures.json').map((record) => record['date_maj']),
      ...json('donnees/stages.json').map((record) => record['date_maj']),
      ...json('donnees/sitotheque.json').map((record) => record['date_verification']),
    ].filter((date): date is string => typeof date === 'string');
    expect(dates).toContain('2026-10-15');
    // A link is dated: the page names the links among what its date covers.
    expect(pageText('donnees/index.html')).toContain(
      'la date la plus récente des fichiers (fiches des structures et des stages, liens vérifiés de la sitothèque)',
    );
    expect(page).toMatch(new RegExp(`Dernière mise à jour[^<]*<time datetime="${dates.sort().at(-1)}"`));
    const sites = contentFiles('sites', contentDir);
    const unchecked = sites.filter(({ data }) => !data['date_verification']).length;
    expect(unchecked).toBeGreaterThan(1);
    expect(pageText('donnees/index.html')).toContain(`${unchecked} liens sur ${sites.length}`);
    // The line on what nobody checked yet names the services too.
    expect(pageText('donnees/index.html')).toMatch(/fiches sur \d+ n’ont pas encore été vérifiées[^.]*services/);
  });

  it('neutralisent dans le CSV un nom qui commence comme une formule', () => {
    const rows = parseCsv<Record<string, string>>(built('donnees/structures.csv'), { bom: true, columns: true });
    expect(rows.find((row) => row['id'] === 'zz-test-commune')!['nom']).toBe("'=1+1 Structure de test");
    expect(rows.find((row) => row['id'] === 'zz-test-sourcee')!['telephone']).toBe('01 99 00 00 00');
  });

  it('la fiche d’une structure sourcée dit d’où viennent ses coordonnées et à quelle date, et la carte la place à l’adresse', () => {
    const sourced = built('structures/zz-test-sourcee/index.html');
    expect(sourced).not.toMatch(/Coordonnées à confirmer/);
    expect(sourced).toMatch(
      /téléphone et position sur la carte :\s*data·inclusion \(fixture\), à jour au\s*<time datetime="2026-10-01"[^>]*>1er octobre 2026<\/time>/,
    );
    expect(sourced).not.toMatch(/repère est placé dans la commune/);
    expect(sourced).not.toMatch(/data-approximate/);
    const townOnly = built('structures/zz-test-commune/index.html');
    expect(townOnly).toMatch(/Coordonnées à confirmer/);
    expect(townOnly).toMatch(/repère est placé dans la commune/);
    expect(townOnly).toMatch(
      /data-structure="zz-test-commune"[^>]*data-approximate|data-approximate[^>]*data-structure="zz-test-commune"/,
    );
  });

  it('ne publient aucun public à confirmer à data·inclusion, et les fichiers du site le signalent', () => {
    const marked = contentFiles('structures', contentDir)
      .map(({ id, data }) => ({
        id,
        publics: data['publics'] as PublicId[],
        unconfirmed: (data['publics_a_confirmer'] as PublicId[] | undefined) ?? [],
      }))
      .filter((structure) => structure.unconfirmed.length > 0);
    expect(marked.map(({ id }) => id)).toEqual(
      expect.arrayContaining(['cio-blois', 'france-travail-blois', 'zz-test-verifiee']),
    );
    const services = json('donnees/data-inclusion/services.json') as {
      structure_id: string;
      publics?: string[];
      publics_precisions?: string;
    }[];
    const own = json('donnees/structures.json') as { id: string; publics_a_confirmer: string[] }[];
    const rows = parseCsv<Record<string, string>>(built('donnees/structures.csv'), { bom: true, columns: true });
    const features = (
      JSON.parse(built('donnees/structures.geojson')) as {
        features: { properties: { id: string; publics_a_confirmer: string[] } }[];
      }
    ).features;
    for (const { id, publics, unconfirmed } of marked) {
      const confirmed = publics.filter((code) => !unconfirmed.includes(code));
      const allowed = new Set(confirmed.map((code) => PUBLIC_CODES[code]).filter(Boolean));
      const offered = services.filter((service) => service.structure_id === `aioa41--${id}`);
      // Only a checked entry's services go at all (the others' stay on the site).
      if (id === 'zz-test-verifiee') expect(offered.length, id).toBeGreaterThan(0);
      for (const service of offered) {
        expect(
          (service.publics ?? []).filter((code) => !allowed.has(code)),
          id,
        ).toEqual([]);
        for (const code of unconfirmed) expect(service.publics_precisions ?? '', id).not.toContain(PUBLICS[code]);
      }
      expect(own.find((record) => record.id === id)!.publics_a_confirmer).toEqual(unconfirmed);
      expect(rows.find((row) => row['id'] === id)!['publics_a_confirmer']).toBe(unconfirmed.join(' ; '));
      expect(features.find((feature) => feature.properties.id === id)!.properties.publics_a_confirmer).toEqual(
        unconfirmed,
      );
    }
    // « étudiants » has a national code of its own, which nothing else gives it.
    const checked = services.filter((service) => service.structure_id === 'aioa41--zz-test-verifiee');
    expect(checked.flatMap((service) => service.publics ?? [])).not.toContain('etudiants');
    expect(built('donnees/index.html')).toMatch(/n’y figure pas : le schéma national ne permet pas de le/);
  });

  it('ne disent plus sur /donnees/ qu’un code inconnu peut être ignoré', () => {
    const page = built('donnees/index.html');
    expect(page).not.toMatch(/peut l’ignorer/);
    expect(page).toMatch(/un code inconnu ferait rejeter la fiche entière/);
  });
});
