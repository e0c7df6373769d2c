import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathOfFile, sitemapPaths } from '../support/builtPages.ts';
import { htmlFiles } from '../support/crawlLinks.ts';
import { decodeEntities } from '../support/htmlText.ts';
import { buildWithContent, contentWith, type BuildResult } from '../support/buildSite.ts';
import { structureFile } from '../support/contentFixtures.ts';
import { contentFiles, diagnosticSteps } from '../support/loadContent.ts';
import { personsByResult, readersPublics } from '../../src/lib/diagnosticRoutes.ts';
import { formatDate } from '../../src/lib/formatDate.ts';
import { territory } from '../../src/site.config.ts';
import { describeInternshipDirectory, PARTNER_SITE, PLANTED_INTERNSHIPS } from './stages.checks.ts';

/** A structure whose contacts nobody checked: they must never reach search engines as facts. */
const unverifiedFields = {
  nom: '"Point Accueil Jeunes d’Essai"',
  type: 'autre',
  bassin: 'vendome',
  description: '"Structure plantée par les tests : ses coordonnées ne sont pas vérifiées."',
  adresse: '"12 rue Imaginaire"',
  code_postal: '"41100"',
  commune: '"Vendôme"',
  latitude: '47.79',
  longitude: '1.07',
  telephone: '"02 54 99 99 99"',
  horaires_accueil: '"Mo-Fr 09:00-12:00"',
  publics: '[jeunes-16-25]',
};
const UNVERIFIED_STRUCTURE = structureFile(unverifiedFields);

/** The same structure once a person has checked its contacts: they are published. */
const VERIFIED_STRUCTURE = structureFile({
  ...unverifiedFields,
  nom: '"Point Accueil Jeunes Vérifié"',
  description: '"Structure plantée par les tests : ses coordonnées sont vérifiées."',
  verifie: 'true',
});

/**
 * A report written on this site, with no `publie_sur`: its date is its publication here, and nothing may say it came
 * from elsewhere. Its one document is not online.
 */
const REPORT_WRITTEN_HERE = [
  '---',
  'titre: Point d’étape rédigé sur ce site',
  'date: 2026-11-30',
  'periode: Année 2026',
  'auteurs: [Groupe AIOA 41]',
  'thematiques: [apprentissage]',
  'resume: Un point d’étape planté par les tests, publié d’abord sur ce site.',
  'documents:',
  '  - titre: "Compte rendu de test"',
  '---',
  'Texte du point d’étape.',
].join('\n');

/** The reports of the real content first published elsewhere, and where: each says so beside its date. */
const REPORTS_FROM_ELSEWHERE = contentFiles('reports').flatMap(({ id, data }) =>
  typeof data['publie_sur'] === 'string'
    ? [{ id, where: data['publie_sur'], date: new Date(data['date'] as string | Date), periode: data['periode'] }]
    : [],
);

/** Every type name schema.org defines, as the `schema-dts` package (generated from schema.org) lists them. */
const SCHEMA_ORG_TYPES = new Set(
  [
    ...readFileSync('node_modules/schema-dts/dist/schema.d.ts', 'utf8').matchAll(
      /^(?:export )?(?:type|interface) (\w+?)(?:Leaf|Base)?\b/gm,
    ),
  ].map((match) => match[1]!),
);

/** Every `@type` in a JSON-LD value, at any depth. */
function typesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(typesIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => (key === '@type' ? [child as string].flat() : typesIn(child)));
}

/** The JSON-LD blocks of a page, parsed; a block that is not JSON throws with the page named. */
function jsonLdOf(html: string, page: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => {
    try {
      return JSON.parse(match[1]!) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${page} : bloc JSON-LD illisible (${String(error)})`, { cause: error });
    }
  });
}

/** Properties every shared page carries, so that a link preview shows a title, a sentence and a picture. */
const OPEN_GRAPH = [
  'og:title',
  'og:description',
  'og:url',
  'og:type',
  'og:locale',
  'og:site_name',
  'og:image',
  'og:image:alt',
  'twitter:card',
];

/** `<meta property|name="…" content="…">` of a page, by property name. */
function metaOf(html: string): Map<string, string> {
  const tags = html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g);
  return new Map([...tags].map((match) => [match[1]!, decodeEntities(match[2]!)]));
}

/** The text of the first element of `html` that carries `attribute`, tags removed and spaces joined. */
function textOf(html: string, attribute: string): string {
  const match = new RegExp(`<(\\w+)[^>]*\\b${attribute}\\b[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return (match?.[2] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A structure of the real content whose street address nobody gave. */
const WITHOUT_ADDRESS = contentFiles('structures').find(({ data }) => !(data as { adresse?: string }).adresse)!;

/** The step the age question's « employeur » answer opens, and its question, as the content says. */
const EMPLOYER_STEP = (() => {
  const steps = contentFiles('diagnostic') as {
    id: string;
    data: { options?: { valeur?: string; suite?: string }[]; question?: string };
  }[];
  const id = steps.flatMap((step) => step.data.options ?? []).find((option) => option.valeur === 'employeur')!.suite!;
  return { id, question: steps.find((step) => step.id === id)!.data.question! };
})();

/** Width and height of a PNG, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each([
  { base: '/', siteUrl: 'https://exemple.fr', internships: false },
  { ...PARTNER_SITE, internships: true },
])('site construit pour $siteUrl sous $base', ({ base, siteUrl, internships }) => {
  const root = new URL(base, siteUrl).href;
  let build: BuildResult;
  let cleanup = () => {};
  beforeAll(async () => {
    const content = contentWith({
      'structures/point-accueil-essai.yaml': UNVERIFIED_STRUCTURE,
      'structures/point-accueil-verifie.yaml': VERIFIED_STRUCTURE,
      'points-etape/redige-ici.md': REPORT_WRITTEN_HERE,
      ...(internships ? PLANTED_INTERNSHIPS : {}),
    });
    cleanup = content.cleanup;
    build = await buildWithContent(content.dir, { SITE_URL: siteUrl, BASE_PATH: base });
  });
  afterAll(() => cleanup());

  const pageFile = (path: string) => join(build.outDir, path, 'index.html');

  it('la construction n’affiche aucun avertissement de Vite : celui, connu, des pages MDX est filtré', () => {
    expect(build.code, build.output).toBe(0);
    // An editor reads the build's output: the site's own warnings must not drown in a harmless upstream one
    // (withastro/astro#18087, ten lines per MDX page), which astro.config.mjs filters.
    expect(readdirSync(join('content', 'pages')).filter((file) => file.endsWith('.mdx'))).not.toEqual([]);
    expect(build.output.split('\n').filter((line) => line.includes('[WARN] [vite]'))).toEqual([]);
  });

  it('robots.txt nomme le plan du site à l’adresse réelle et ferme /admin/, pas /embed/', () => {
    expect(build.code, build.output).toBe(0);
    const robots = readFileSync(join(build.outDir, 'robots.txt'), 'utf8').split('\n');
    expect(robots).toContain(`Sitemap: ${root}sitemap-index.xml`);
    expect(robots).toContain(`Disallow: ${new URL(base, siteUrl).pathname}admin/`);
    expect(robots.some((line) => /^Disallow:.*embed/.test(line))).toBe(false);
  });

  it('le flux RSS mène au site, sous son chemin de base, et donne sa propre adresse', () => {
    const feed = readFileSync(join(build.outDir, 'rss.xml'), 'utf8');
    const channel = feed.replace(/<item>[\s\S]*<\/item>/, '');
    expect(/<channel>[\s\S]*?<link>([^<]*)<\/link>/.exec(channel)?.[1]).toBe(root);
    expect(channel).toMatch(new RegExp(`<atom:link href="${root}rss\\.xml" rel="self" type="application/rss\\+xml"/>`));
    expect(feed).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(/<item><title>[^<]*<\/title><link>([^<]*)<\/link>/.exec(feed)?.[1]).toMatch(`${root}points-etape/`);
  });

  it('_headers laisse tout site encadrer la carte à intégrer, à son adresse sous le chemin de base', () => {
    const prefix = new URL(base, siteUrl).pathname.replace(/\/$/, '');
    const rules = readFileSync(join(build.outDir, '_headers'), 'utf8')
      .split(/\n(?=\S)/)
      .filter((block) => !block.startsWith('#'));
    const rule = (path: string) => rules.find((block) => block.startsWith(`${path}\n`));
    expect(rule(`${prefix}/embed/*`)).toContain('Content-Security-Policy: frame-ancestors *');
    expect(rule(`${prefix}/*`)).toContain("Content-Security-Policy: frame-ancestors 'self'");
    expect(rule(`${prefix}/_astro/*`)).toContain('Cache-Control: public, max-age=31536000, immutable');
  });

  it('la carte à intégrer reste hors du plan du site et porte noindex', () => {
    const paths = sitemapPaths(build.outDir, base);
    expect(paths).toContain('/carte/');
    expect(paths.filter((path) => path.startsWith('/embed/'))).toEqual([]);
    expect(readFileSync(pageFile('embed/carte'), 'utf8')).toContain('<meta name="robots" content="noindex">');
  });

  it('les anciennes adresses de l’autodiagnostic portent noindex et, comme toute page qui le porte, restent hors du plan du site', () => {
    const listed = new Set(sitemapPaths(build.outDir, base));
    const noindexed = htmlFiles(build.outDir)
      .filter((file) => readFileSync(file, 'utf8').includes('<meta name="robots" content="noindex">'))
      .map((file) => pathOfFile(build.outDir, file));
    const { retired } = diagnosticSteps();
    expect(retired.length).toBeGreaterThan(0);
    for (const { id: area } of territory.employmentAreas) {
      for (const { step } of retired) expect(noindexed).toContain(`/diagnostic/${area}/${step.id}/`);
    }
    expect(noindexed.filter((path) => listed.has(path))).toEqual([]);
  });

  it('chaque page du plan du site a son aperçu de lien complet, avec une image légère de 1200 × 630', () => {
    const problems: string[] = [];
    const images = new Set<string>();
    for (const path of sitemapPaths(build.outDir, base)) {
      const meta = metaOf(readFileSync(pageFile(path), 'utf8'));
      const missing = OPEN_GRAPH.filter((property) => !meta.get(property));
      if (missing.length > 0) problems.push(`${path} : ${missing.join(', ')} absent`);
      if (meta.get('og:url') !== new URL(path.slice(1), root).href)
        problems.push(`${path} : og:url ${meta.get('og:url')}`);
      if (meta.get('og:locale') !== 'fr_FR') problems.push(`${path} : og:locale ${meta.get('og:locale')}`);
      const image = meta.get('og:image') ?? '';
      if (!image.startsWith(root)) problems.push(`${path} : og:image hors du site (${image})`);
      else images.add(image.slice(root.length));
    }
    expect(problems).toEqual([]);
    expect(images.size, 'une image par rubrique').toBeGreaterThanOrEqual(10);
    for (const image of images) {
      const file = join(build.outDir, image);
      expect(existsSync(file), `${image} manque dans le site construit`).toBe(true);
      expect(pngSize(file), image).toEqual({ width: 1200, height: 630 });
      expect(statSync(file).size, `${image} pèse plus de 60 Ko`).toBeLessThanOrEqual(60 * 1024);
    }
  });

  it('chaque bloc JSON-LD est du JSON valide et n’emploie que des types de schema.org', () => {
    const problems: string[] = [];
    let blocks = 0;
    for (const file of htmlFiles(build.outDir)) {
      const page = pathOfFile(build.outDir, file);
      for (const block of jsonLdOf(readFileSync(file, 'utf8'), page)) {
        blocks++;
        if (block['@context'] !== 'https://schema.org')
          problems.push(`${page} : @context ${String(block['@context'])}`);
        const unknown = typesIn(block).filter((type) => !SCHEMA_ORG_TYPES.has(type));
        if (unknown.length > 0) problems.push(`${page} : types inconnus ${unknown.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
    expect(blocks).toBeGreaterThan(200);
  });

  it('l’accueil décrit le réseau, un point d’étape est un Report daté, une fiche a son fil d’Ariane', () => {
    const types = (path: string) => typesIn(jsonLdOf(readFileSync(pageFile(path), 'utf8'), path));
    expect(types('')).toContain('Organization');
    const report = jsonLdOf(readFileSync(pageFile('points-etape/2009-elargissement'), 'utf8'), 'report');
    expect(JSON.stringify(report)).toMatch(/"@type":"Report".*"datePublished":"\d{4}-\d{2}-\d{2}"/);
    expect(types('structures/point-accueil-essai')).toEqual(expect.arrayContaining(['BreadcrumbList', 'ListItem']));
    expect(JSON.stringify(report)).toContain(`"item":"${root}points-etape/"`);
  });

  // Review rev26, finding 7: « Publié le 14 mai 2004 » beside « Dernière modification » read as this site's publication.
  it('un point d’étape publié d’abord ailleurs le dit près de sa date, dans sa page, sa carte, son JSON-LD et le flux', () => {
    expect(REPORTS_FROM_ELSEWHERE.map(({ id }) => id).sort()).toEqual(
      contentFiles('reports')
        .map(({ id }) => id)
        .sort(),
    );
    const list = readFileSync(pageFile('points-etape'), 'utf8');
    const cards = [...list.matchAll(/<article class="report-card"[\s\S]*?<\/article>/g)].map((match) => match[0]);
    const feed = readFileSync(join(build.outDir, 'rss.xml'), 'utf8');
    const itemOf = (id: string) =>
      [...feed.matchAll(/<item>[\s\S]*?<\/item>/g)].map((match) => match[0]).find((item) => item.includes(`/${id}/<`))!;
    const descriptionOf = (item: string) => decodeEntities(/<description>([\s\S]*?)<\/description>/.exec(item)![1]!);
    for (const { id, where, date, periode } of REPORTS_FROM_ELSEWHERE) {
      const html = readFileSync(pageFile(`points-etape/${id}`), 'utf8');
      const said = `Publié le ${formatDate(date)} sur ${where} · ${String(periode)}`;
      expect(decodeEntities(textOf(html, 'class="meta')), id).toContain(`${said} · par `);
      const card = cards.find((candidate) => candidate.includes(`/points-etape/${id}/"`))!;
      expect(decodeEntities(textOf(card, 'class="meta')), id).toBe(said);
      const thing = jsonLdOf(html, id)
        .flatMap((block) => (block['@graph'] as Record<string, unknown>[] | undefined) ?? [block])
        .find((candidate) => candidate['@type'] === 'Report')!;
      expect(thing['datePublished']).toBe(date.toISOString().slice(0, 10));
      expect(thing['publication'], id).toEqual({
        '@type': 'PublicationEvent',
        name: `Première publication sur ${where}`,
        startDate: date.toISOString().slice(0, 10),
      });
      expect(descriptionOf(itemOf(id)).endsWith(` Publié d’abord sur ${where}.`), id).toBe(true);
    }

    // One written here says its date only, and its offline document is cited by it, not « on the Etoile site ».
    const here = readFileSync(pageFile('points-etape/redige-ici'), 'utf8');
    expect(decodeEntities(textOf(here, 'class="meta'))).toMatch(/^Publié le 30 novembre 2026 · Année 2026 · par /);
    const card = cards.find((candidate) => candidate.includes('/points-etape/redige-ici/"'))!;
    expect(decodeEntities(textOf(card, 'class="meta'))).toBe('Publié le 30 novembre 2026 · Année 2026');
    expect(decodeEntities(here.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ')).toContain(
      'Ce document est cité par ce point d’étape ; ce site-ci n’en a pas de copie.',
    );
    expect(here).not.toMatch(/Etoile|PublicationEvent/);
    expect(descriptionOf(itemOf('redige-ici'))).toBe(
      'Un point d’étape planté par les tests, publié d’abord sur ce site.',
    );
  });

  it('sans JavaScript, la carte d’une fiche renvoie à l’adresse si elle est connue, et sinon dit qu’elle reste à confirmer', () => {
    const known = readFileSync(pageFile('structures/point-accueil-verifie'), 'utf8');
    expect(textOf(known, 'data-map-fallback')).toBe(
      'La carte a besoin de JavaScript ; l’adresse est donnée plus haut.',
    );
    const unknown = readFileSync(pageFile(`structures/${WITHOUT_ADDRESS.id}`), 'utf8');
    const { code_postal, commune } = WITHOUT_ADDRESS.data as { code_postal: string; commune: string };
    expect(unknown).toContain('Adresse à confirmer');
    expect(textOf(unknown, 'data-map-fallback')).toBe(
      `La carte a besoin de JavaScript. L’adresse reste à confirmer ; la commune, ${code_postal} ${commune}, est donnée plus haut.`,
    );
  });

  it('l’employeur va de l’accueil à sa propre question, bassin par bassin, sans dire son âge', () => {
    const home = readFileSync(pageFile(''), 'utf8');
    expect(home).toMatch(
      new RegExp(`<a href="${base}diagnostic/employeurs/"[^>]*>Trouver vos interlocuteurs en Loir-et-Cher</a>`),
    );
    const wayIn = readFileSync(pageFile('diagnostic/employeurs'), 'utf8');
    expect(textOf(wayIn, 'class="question-links')).toContain('Près de quelle ville se trouve votre entreprise ?');
    const answers = [...wayIn.matchAll(/<a href="([^"]+)"[^>]*>\s*([^<]*?)\s*<\/a>/g)]
      .filter(([, href]) => href!.includes(`/${EMPLOYER_STEP.id}/`))
      .map(([, href, label]) => `${label} → ${href}`);
    expect(answers).toEqual(
      territory.employmentAreas.map(
        (area) => `${area.nom} ou ses environs → ${base}diagnostic/${area.id}/${EMPLOYER_STEP.id}/`,
      ),
    );
    for (const area of territory.employmentAreas) {
      const step = readFileSync(pageFile(`diagnostic/${area.id}/${EMPLOYER_STEP.id}`), 'utf8');
      expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(step)?.[1]).toBe(EMPLOYER_STEP.question);
    }
  });

  // Session 25: on « Quand cela se passe mal avec votre apprenti », an employer of Romorantin or Vendôme read that
  // the Mission Locale « vous renseigne aussi », though its description says it informs young people.
  it('à un employeur, un résultat ne dit « vous renseigne aussi » que d’une structure dont la description renseigne les entreprises', () => {
    const employerResults = [...personsByResult(diagnosticSteps().steps)]
      .filter(([, persons]) => readersPublics(persons)?.has('employeurs'))
      .map(([id]) => id);
    expect(employerResults.length).toBeGreaterThan(0);
    const descriptions = new Map(
      contentFiles('structures').map(({ id, data }) => [id, (data as { description?: string }).description ?? '']),
    );
    let elsewhere = 0;
    for (const area of territory.employmentAreas) {
      for (const result of employerResults) {
        const html = readFileSync(pageFile(`diagnostic/${area.id}/${result}`), 'utf8');
        const informing = /<section data-level="informer"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
        if (informing.includes('Ailleurs dans le département')) elsewhere++;
        const nearby = /<p class="diagnostic-result__nearby"[\s\S]*?<\/p>/.exec(informing)?.[0] ?? '';
        for (const [, id] of nearby.matchAll(/href="[^"]*\/structures\/([^/"]+)\/"/g)) {
          expect(descriptions.get(id!), `${area.id}/${result} : ${id}`).toMatch(
            /(entreprises|employeurs)[^.]*\binform|\binform[^.]*(entreprises|employeurs)/,
          );
        }
      }
    }
    // Pages where the line could appear: their level to inform looks outside the company's area.
    expect(elsewhere).toBeGreaterThan(0);
  });

  it('les partenaires trouvent la page d’intégration de la carte dans le plan du site et au pied des pages', () => {
    const link = `<a href="${base}carte/integrer/"`;
    expect(readFileSync(pageFile('plan-du-site'), 'utf8')).toContain(link);
    for (const path of ['', 'donnees', 'structures', 'carte']) {
      const html = readFileSync(pageFile(path), 'utf8');
      expect(html.slice(html.indexOf('<footer')), `pied de page de /${path}`).toContain(link);
    }
  });

  it('une fiche sans ligne « membre » est une partenaire : l’accueil ne la compte pas parmi les membres du groupe', () => {
    // Both planted structures leave `membre` out; every real file writes it.
    expect(UNVERIFIED_STRUCTURE + VERIFIED_STRUCTURE).not.toMatch(/^membre:/m);
    const real = contentFiles('structures').map(({ data }) => (data as { membre?: boolean }).membre);
    expect(real.filter((membre) => membre === undefined)).toEqual([]);
    const members = real.filter((membre) => membre === true).length;
    // The count is the first paragraph of the home page's section « Qui compose le réseau ».
    const count = (
      /<section aria-labelledby="membres"[^>]*>[\s\S]*?<p[^>]*>([\s\S]*?)<\/p>/.exec(
        readFileSync(pageFile(''), 'utf8'),
      )?.[1] ?? ''
    )
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    // The report's count adds the members it does not name as a structure (« un CFA agricole »): no file is theirs.
    const [record] = contentFiles('reports')
      .filter(({ data }) => ((data['membres'] as string[] | undefined) ?? []).length > 0)
      .sort((a, b) => new Date(b.data['date'] as string).getTime() - new Date(a.data['date'] as string).getTime());
    const unidentified = ((record?.data['membres_non_identifies'] as string[] | undefined) ?? []).length;
    expect(count).toMatch(
      new RegExp(
        `le groupe compte ${members + unidentified} membres(, dont [^.]+)?\\. L’annuaire présente ${unidentified > 0 ? `les ${members} autres et` : 'aussi'} ${real.length - members + 2} partenaires\\.`,
      ),
    );
  });

  it('/donnees/ dit pourquoi le point d’étape compte plus de membres que les fiches où membre vaut true', () => {
    const [record] = contentFiles('reports')
      .filter(({ data }) => ((data['membres'] as string[] | undefined) ?? []).length > 0)
      .sort((a, b) => new Date(b.data['date'] as string).getTime() - new Date(a.data['date'] as string).getTime());
    const unidentified = ((record?.data['membres_non_identifies'] as string[] | undefined) ?? []).length;
    expect(unidentified, 'le point d’étape compte un membre sans le nommer (sinon ce test ne prouverait rien)').toBe(1);
    const rows = JSON.parse(readFileSync(join(build.outDir, 'donnees/structures.json'), 'utf8')) as {
      membre: boolean;
    }[];
    const members = rows.filter((row) => row.membre).length;
    const page = decodeEntities(readFileSync(pageFile('donnees'), 'utf8').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');
    expect(page).toContain(`compte ${members + unidentified} membres, dont `);
    expect(page).toContain(
      `aucune fiche n’est marquée membre pour lui, et membre ne vaut true (oui dans le CSV) que pour ${members} structures, celles qu’il nomme`,
    );
  });

  it('une structure « verifie: false » ne donne ni adresse, ni téléphone, ni horaires dans les données ouvertes ni sur sa page', () => {
    const built = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
    type Fields = Record<string, unknown>;
    /** The planted structure's record in each download, by file. */
    const recordsOf = (id: string): Record<string, Fields | undefined> => ({
      'structures.json': (JSON.parse(built('donnees/structures.json')) as Fields[]).find((row) => row['id'] === id),
      'structures.csv': parseCsv<Fields>(built('donnees/structures.csv'), { bom: true, columns: true }).find(
        (row) => row['id'] === id,
      ),
      'structures.geojson': (
        JSON.parse(built('donnees/structures.geojson')) as { features: { properties: Fields }[] }
      ).features.find((feature) => feature.properties['id'] === id)?.properties,
      'data-inclusion/structures.json': (JSON.parse(built('donnees/data-inclusion/structures.json')) as Fields[]).find(
        (row) => row['id'] === `${String(row['source'])}--${id}`,
      ),
    });
    const contactsIn = (fields: Fields | undefined) =>
      ['adresse', 'telephone', 'horaires_accueil'].filter(
        (field) => fields?.[field] !== undefined && fields[field] !== null && fields[field] !== '',
      );
    for (const [file, fields] of Object.entries(recordsOf('point-accueil-essai'))) {
      expect(fields, `${file} : fiche absente`).toBeDefined();
      expect(contactsIn(fields), file).toEqual([]);
    }
    // The same entry once verified: the gate above would pass for nothing if the files never held contacts.
    for (const [file, fields] of Object.entries(recordsOf('point-accueil-verifie'))) {
      expect(contactsIn(fields), file).toEqual(['adresse', 'telephone', 'horaires_accueil']);
    }

    /** The « Horaires d’accueil » section of a structure's page, as text. */
    const hoursOf = (html: string) =>
      (/<section[^>]*aria-labelledby="horaires"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    const unverified = readFileSync(pageFile('structures/point-accueil-essai'), 'utf8');
    for (const fact of ['12 rue Imaginaire', '02 54 99 99 99', '0254999999', 'Mo-Fr']) {
      expect(unverified, fact).not.toContain(fact);
    }
    expect(hoursOf(unverified)).toBe(
      'Horaires d’accueil Horaires à confirmer : renseignez-vous auprès de la structure avant de vous déplacer.',
    );
    const verified = readFileSync(pageFile('structures/point-accueil-verifie'), 'utf8');
    expect(verified).toContain('12 rue Imaginaire');
    expect(verified).toContain('02 54 99 99 99');
    expect(hoursOf(verified)).toBe('Horaires d’accueil Du lundi au vendredi 9 h – 12 h');
  });

  it('une structure « verifie: false » ne publie ni rue, ni position, ni téléphone, ni horaires', () => {
    const unverified = JSON.stringify(
      jsonLdOf(readFileSync(pageFile('structures/point-accueil-essai'), 'utf8'), 'essai'),
    );
    expect(unverified).toContain('Point Accueil Jeunes d’Essai');
    for (const fact of [
      '12 rue Imaginaire',
      '02 54 99 99 99',
      '"geo"',
      '"streetAddress"',
      '"telephone"',
      'openingHours',
    ]) {
      expect(unverified, fact).not.toContain(fact);
    }
    // The postal code goes with the town, as on the page's town line: it places the structure in a town only.
    expect(unverified).toContain('"postalCode":"41100","addressLocality":"Vendôme"');
    // The same entry once verified: the gate above would pass for nothing if contacts were never published.
    const verified = JSON.stringify(
      jsonLdOf(readFileSync(pageFile('structures/point-accueil-verifie'), 'utf8'), 'vérifiée'),
    );
    for (const fact of ['12 rue Imaginaire', '02 54 99 99 99', '"geo"', 'OpeningHoursSpecification']) {
      expect(verified, fact).toContain(fact);
    }
  });

  // The internship directory is checked on the partner's build, after the checks above (the build's first): one
  // whole build fewer than a file of its own would make for the same content and options.
  if (internships) describeInternshipDirectory(() => build.outDir);
});
