import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithContent, projectWithSiteConfig, type BuildResult } from '../support/buildSite.ts';

/**
 * The territory lives in src/site.config.ts only: with another module there (another département, its own areas)
 * and other content, no text the site generates names the first territory.
 */
const FIXTURE = 'tests/fixtures/second-territory';
/** What names the first territory: the network, the département, its employment areas. */
const FIRST_TERRITORY = /aioa\s?41|loir-et-cher|blois|vendôme|vendome|romorantin/i;
/** Files the build writes as text; Pagefind's index is compressed, images carry no text to read. */
const TEXT_FILE = /\.(html|xml|json|geojson|csv|txt|js|css|svg|webmanifest)$/;
/** Files copied from public/ as they are: not generated from a template. */
const COPIED = new Set(existsSync('public') ? readdirSync('public', { recursive: true, encoding: 'utf8' }) : []);

let build: BuildResult;
let cleanup = () => {};

beforeAll(async () => {
  const project = projectWithSiteConfig(join(FIXTURE, 'site.config.ts'));
  cleanup = project.cleanup;
  build = await buildWithContent(join(process.cwd(), FIXTURE, 'content'), {}, project.dir);
});
afterAll(() => cleanup());

const generatedFiles = () =>
  readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => TEXT_FILE.test(file) && !COPIED.has(file) && !file.startsWith('pagefind/'),
  );
const read = (file: string) => readFileSync(join(build.outDir, file), 'utf8');

describe('le site construit pour un autre territoire', () => {
  it('se construit', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('ne nomme nulle part le premier territoire', () => {
    const mentions = generatedFiles().flatMap((file) =>
      read(file)
        .split('\n')
        .flatMap((line) => {
          const match = FIRST_TERRITORY.exec(line);
          return match ? [`${file}: « ${line.slice(Math.max(0, match.index - 60), match.index + 60).trim()} »`] : [];
        }),
    );
    expect(generatedFiles().length).toBeGreaterThan(20);
    expect(mentions).toEqual([]);
  });

  it('nomme le sien : réseau, département et bassins', () => {
    const home = read('index.html');
    expect(home).toContain('Réseau Orientation 36');
    expect(home).toContain('de l’Indre');
    const directory = read('structures/index.html');
    // « de » elides before a vowel, wherever a page names an area.
    for (const area of ['Bassin de Châteauroux', 'Bassin d’Issoudun']) expect(directory).toContain(area);
    expect(directory).not.toMatch(/de Issoudun/);
    expect(read('plan-du-site/index.html')).toContain('Structures du bassin d’Issoudun');
    expect(read('structures/bassin/issoudun/index.html')).toContain('<h1>Structures du bassin d’Issoudun</h1>');
    expect(read('stages/index.html')).toContain('dans l’Indre');
    expect(existsSync(join(build.outDir, 'diagnostic/chateauroux'))).toBe(true);
  });

  it('dit ce que font ses structures avec ses propres mots, et ne prête pas au groupe les familles d’outils du premier', () => {
    const home = read('index.html');
    expect(home).toContain('Réseau Orientation 36 : le réseau de l’orientation et de l’insertion de l’Indre</h1>');
    expect(home).toContain('Des structures d’orientation et d’insertion travaillent ensemble');
    const firstRemit = generatedFiles().filter((file) =>
      read(file).includes('d’information, d’orientation et d’accompagnement'),
    );
    expect(firstRemit).toEqual([]);
    // Without toolFamiliesSource, the toolbox says how its tools are sorted, not who sorted them when.
    const toolbox = read('outils/index.html');
    expect(toolbox).toContain('rangés en quatre familles');
    expect(toolbox).not.toContain('que le groupe a définies');
  });

  it('élide « de » devant le bassin d’Issoudun partout : accueil, carte, annuaire du bassin, données structurées', () => {
    expect(read('index.html')).toMatch(/Bassin d’Issoudun : \d+ membres? et \d+ partenaires?/);
    const unelided = generatedFiles().filter((file) => /\bde\s+Issoudun/.test(read(file)));
    expect(unelided).toEqual([]);
  });

  it('ne prête à son réseau que les sortes de structures de ses membres', () => {
    const home = read('index.html');
    // Its members are a Mission Locale and two BIJ: no CIO, no Chambre de métiers, no CFA of the first network.
    const list = /par sorte de structure :<\/p>\s*<ul[^>]*>([\s\S]*?)<\/ul>/.exec(home)?.[1] ?? '';
    const items = [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map(([, item]) => item!.replace(/\s+/g, ' ').trim());
    expect(items).toEqual(['Mission Locale : 1 membre', 'Bureau information jeunesse (BIJ) : 2 membres']);
    expect(home).not.toMatch(/Chambre de métiers|orientation \(CIO\)|\(CFA\)/);
  });

  it('écrit le nom de son département en français dans les pages, les aides aux éditeurs et l’interface d’édition', () => {
    // « de l’Indre », « dans l’Indre »: never « du Indre » nor « le Indre ».
    const misnamed = generatedFiles().filter((file) => /\b(du|le|de) Indre\b/.test(read(file)));
    expect(generatedFiles()).toContain('contribuer/champs/index.html');
    expect(misnamed).toEqual([]);
  });

  it('porte dans son icône le numéro de son département', () => {
    const icon = read('favicon.svg');
    expect(/<text[^>]*>([^<]*)<\/text>/.exec(icon)?.[1]).toBe('36');
  });

  it('sans réponse « employeur » dans son autodiagnostic, mène l’employeur à l’autodiagnostic de tous', () => {
    expect(read('index.html')).toMatch(/<a href="\/diagnostic\/"[^>]*>Trouver vos interlocuteurs dans l’Indre<\/a>/);
    expect(existsSync(join(build.outDir, 'diagnostic/employeurs'))).toBe(false);
  });

  it('publie l’éditeur et l’hébergeur de son module, et dit que le directeur de la publication manque', () => {
    const notice = read('mentions-legales/index.html');
    expect(notice).toContain(
      'Éditeur : Association d’essai Orientation 36, 1 place de l’Essai, 36000 Châteauroux. Contact : contact@orientation-36.invalid.',
    );
    expect(notice).toContain('Hébergeur : Hébergeur d’essai, 2 rue de l’Essai, 36000 Châteauroux.');
    expect(notice).toContain(
      'Le nom du directeur ou de la directrice de la publication n’est pas encore publié sur cette page.',
    );
    expect(notice).not.toContain('de l’hébergeur ne sont pas encore publiés');
    expect(build.output).toMatch(/mentions légales incomplètes, il manque le nom du directeur/);
  });

  it('mène « écrire au réseau » et « Signaler une erreur sur cette fiche » aux formulaires de son propre dépôt', () => {
    const repository = 'https://github.com/exemple-orientation-36/site/issues/new?template=';
    const note = '(formulaire public sur GitHub, compte gratuit nécessaire)';
    const notice = read('mentions-legales/index.html');
    expect(notice).toContain(`<a href="${repository}ecrire-au-reseau.yml&amp;page=`);
    expect(notice).toContain(`>écrire au réseau ${note}</a>`);
    expect(read('structures/point-info-chateauroux/index.html')).toContain(`${repository}corriger-une-fiche.yml`);
  });

  it('nomme sa propre source data·inclusion, sans lettre perdue, sur /donnees/ et dans chaque identifiant', () => {
    const text = read('donnees/index.html').replace(/<[^>]*>/g, '');
    expect(text).toContain('source reseau-orientation-36, identifiants reseau-orientation-36--identifiant');
    // A reuser is told what makes an identifier change.
    expect(text).toMatch(/celui d’un\s+service suit en plus le texte de sa ligne de services/);
    const structures = JSON.parse(read('donnees/data-inclusion/structures.json')) as { source: string; id: string }[];
    expect(structures.length).toBeGreaterThan(0);
    for (const { source, id } of structures) {
      expect(source).toBe('reseau-orientation-36');
      expect(id).toMatch(/^reseau-orientation-36--/);
    }
  });

  it('sans action passée dans ses services, ne parle ni de « 0 ligne » ni d’un exemple de point d’étape', () => {
    const data = read('donnees/index.html');
    expect(data).toContain('devient un service de services.json.');
    expect(data).not.toMatch(/\b0 ligne|point d’étape/);
  });
});
