import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { crossEntryChecks } from '../../src/lib/crossEntryChecks.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { PHONE_NUMBER, siteSchema, ruleStated } from '../../src/schemas/site.ts';
import { TOOL_CATEGORIES } from '../../src/schemas/tool.ts';
import { territory } from '../../src/site.config.ts';
import { contentFiles } from '../support/loadContent.ts';

/** What the content files say that a reader takes as fact: each claim held to its source. */

const links = contentFiles('internships').flatMap(({ id, data }) =>
  (data['liens'] as { titre: string; url: string }[]).map((link) => ({ id, ...link })),
);

describe('les liens des fiches de stage disent ce qu’ils ouvrent', () => {
  const homePages = links.filter((link) => new URL(link.url).pathname === '/');

  it('le contenu a des liens vers la page d’accueil d’un site (sinon ce test ne prouverait rien)', () => {
    expect(homePages.length).toBeGreaterThan(0);
  });

  it('un lien vers la page d’accueil d’un site le dit, au lieu de promettre une page précise', () => {
    const unlabelled = homePages
      .filter((link) => !link.titre.includes('(page d’accueil)'))
      .map((link) => `${link.id}: « ${link.titre} » → ${link.url}`);
    expect(unlabelled).toEqual([]);
  });
});

const reports = contentFiles('reports').map(({ id, file, data }) => ({
  id,
  text: readFileSync(file, 'utf8').replace(/\s+/g, ' '),
  themes: (data['thematiques'] as string[] | undefined) ?? [],
  period: data['periode'] as string,
}));

describe('les dates du réseau sont les mêmes partout', () => {
  it(`le point d’étape que lie l’accueil (« depuis ${territory.networkSince} ») donne cette année comme début du réseau`, () => {
    const said = `en réseau à l’automne ${territory.networkSince}`;
    const source = reports.find((report) => report.id === territory.networkSinceSource);
    expect(source?.text, `content/points-etape/${territory.networkSinceSource}.md`).toContain(said);
  });

  it('la construction refuse, en nommant le réglage et la correction, une source qui n’est pas un point d’étape', () => {
    const problems = crossEntryChecks({ reports: [{ id: 'autre-point', data: {} }] }).map(formatProblem);
    expect(problems).toContain(
      `src/site.config.ts: territory.networkSinceSource: « ${territory.networkSinceSource} » n’est pas un point d’étape → si vous avez renommé ou supprimé content/points-etape/${territory.networkSinceSource}.md, rendez-lui ce nom ou recréez-le, car src/site.config.ts le cite ; sinon, écrivez le nom du fichier de content/points-etape/ (sans extension) qui date les débuts du réseau, ou null : l’année de la page d’accueil ne sera pas liée.`,
    );
    const withRealReports = crossEntryChecks({ reports: reports.map(({ id }) => ({ id, data: {} })) });
    expect(withRealReports.filter((problem) => problem.field === 'territory.networkSinceSource')).toEqual([]);
  });

  it('aucun point d’étape ne dit le réseau réuni « depuis » une autre année', () => {
    const others = reports.flatMap((report) =>
      [...report.text.matchAll(/(?:réseau|réunit)[^.]{0,40}depuis (?:l’automne )?(\d{4})/g)]
        .filter((match) => Number(match[1]) !== territory.networkSince)
        .map((match) => `${report.id}: « ${match[0]} »`),
    );
    expect(others).toEqual([]);
  });
});

describe('la boîte à outils tient ses familles d’un point d’étape', () => {
  it('le point d’étape qu’elle lie range les outils dans ses quatre familles, que la page compte en lettres', () => {
    const source = reports.find((report) => report.id === territory.toolFamiliesSource);
    expect(source?.text, `content/points-etape/${territory.toolFamiliesSource}.md`).toContain(
      'classés en quatre catégories : information, positionnement, accueil des publics et orientation',
    );
    expect(Object.keys(TOOL_CATEGORIES)).toEqual(['information', 'positionnement', 'accueil', 'orientation']);
  });

  it('la construction refuse, en nommant le réglage et la correction, une source qui n’est pas un point d’étape', () => {
    const problems = crossEntryChecks({ reports: [{ id: 'autre-point', data: {} }] }).map(formatProblem);
    expect(problems).toContain(
      `src/site.config.ts: territory.toolFamiliesSource: « ${territory.toolFamiliesSource} » n’est pas un point d’étape → si vous avez renommé ou supprimé content/points-etape/${territory.toolFamiliesSource}.md, rendez-lui ce nom ou recréez-le, car src/site.config.ts le cite ; sinon, écrivez le nom du fichier de content/points-etape/ (sans extension) où le groupe a défini les familles de la boîte à outils, ou null : la boîte à outils ne dira pas d’où viennent ses familles.`,
    );
    const withRealReports = crossEntryChecks({ reports: reports.map(({ id }) => ({ id, data: {} })) });
    expect(withRealReports.filter((problem) => problem.field === 'territory.toolFamiliesSource')).toEqual([]);
  });
});

describe('le point d’étape de 2008 tient à sa source', () => {
  const report = reports.find((each) => each.id === '2008-quatre-actions')!;

  it('son étude porte sur le désengagement des jeunes vis-à-vis des structures, pas sur le décrochage scolaire', () => {
    expect(report.text).toContain('désengagement');
    expect(report.themes).not.toContain('decrochage-scolaire');
  });

  it('sa période est celle du point publié le 17 mars 2008 sur les actions de 2008, sans l’année 2007', () => {
    expect(report.period).not.toMatch(/2007/);
    expect(report.period).toMatch(/2008/);
  });
});

/** What the content files show a reader: the self-diagnostic, the structures, the toolbox and the internships. */
const shownTexts = [
  ...contentFiles('diagnostic'),
  ...contentFiles('structures'),
  ...contentFiles('tools'),
  ...contentFiles('internships'),
].map(({ file }) => ({
  file,
  text: readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join(' '),
}));
const commentsOf = (id: string) =>
  readFileSync(`content/structures/${id}.yaml`, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('#'))
    .join(' ');

describe('le membre que le point d’étape de 2013 ne désigne pas', () => {
  it('chacun des CFA agricoles dit qu’il peut l’être, sans qu’aucun soit marqué membre', () => {
    const agricultural = contentFiles('structures').filter(({ data }) => /^CFA agricole/.test(String(data['nom'])));
    expect(agricultural.length).toBeGreaterThan(2);
    for (const { file, data } of agricultural) {
      expect(data['membre'], file).toBe(false);
      expect(String(data['dans_le_reseau']), file).toMatch(/compte un CFA « Agricole » [^.]*sans dire lequel/);
    }
  });
});

describe('ce qu’une fiche de structure a retiré faute de source, aucun autre texte ne le redit', () => {
  const sayingIt = (claim: RegExp) => shownTexts.filter(({ text }) => claim.test(text)).map(({ file }) => file);

  it('les chambres consulaires n’enregistrent plus les contrats d’apprentissage (fiche de la CCI)', () => {
    expect(commentsOf('cci-loir-et-cher')).toContain('les chambres ne les enregistrent plus depuis 2020');
    expect(sayingIt(/enregistr\w* (?:les |des )?contrats/i)).toEqual([]);
    expect(sayingIt(/(?:chambres consulaires|CAD)[^.;]{0,60}suiv\w* (?:les |des )?contrats/i)).toEqual([]);
  });

  it('le BIJ ne diffuse pas d’offres de jobs, et rien ne dit qu’il reçoit sans rendez-vous (fiche du BIJ)', () => {
    expect(commentsOf('bij-41')).toContain('« Jobs d’été et petites annonces » retiré');
    expect(sayingIt(/BIJ[^.;]{0,40}(?:offres de jobs|jobs d’été|petites annonces)/i)).toEqual([]);
    expect(sayingIt(/BIJ[^.]{0,80}sans rendez-vous|(?=[\s\S]*bij-41)[\s\S]*sans rendez-vous/i)).toEqual([]);
  });

  it('ni l’outil de documentation du BIJ ni aucun texte ne disent son accès gratuit ou anonyme', () => {
    const tool = readFileSync('content/outils/documentation-information-jeunesse.yaml', 'utf8');
    expect(tool).toContain('« gratuit et anonyme » retiré');
    expect(shownTexts.find(({ file }) => file.endsWith('documentation-information-jeunesse.yaml'))?.text).not.toMatch(
      /gratuit|anonyme/i,
    );
    expect(sayingIt(/BIJ[^.;]{0,80}(?:gratuit|anonyme)/i)).toEqual([]);
  });

  it('les outils du BIJ et des CIO ne disent plus d’heures d’ouverture ni d’informateur ou de conseiller qui aide', () => {
    for (const id of [
      'documentation-information-jeunesse',
      'fonds-documentaire-onisep',
      'exploration-metiers-en-ligne',
    ]) {
      const file = `content/outils/${id}.yaml`;
      const comments = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('#'))
        .map((line) => line.replace(/^#\s*/, ''))
        .join(' ');
      expect(comments, file).toMatch(/(?:heures d’ouverture|conseiller aide)[^»]*»[^.]*retiré/);
    }
    expect(sayingIt(/heures d’ouverture|informateur jeunesse|conseiller aide|aide à s’y retrouver/i)).toEqual([]);
  });

  it('aucun outil que tiennent les CIO ou le BIJ ne se dit gratuit, ce qu’aucun point d’étape ne dit d’eux', () => {
    const heldByThem = contentFiles('tools').filter(({ data }) =>
      ([data['structure'] ?? []].flat() as string[]).some((id) => /^(?:cio|bij)-/.test(id)),
    );
    expect(heldByThem.length).toBeGreaterThan(2);
    const saying = shownTexts.filter(
      ({ file, text }) => heldByThem.some((tool) => tool.file === file) && /gratuit/i.test(text),
    );
    expect(saying.map(({ file }) => file)).toEqual([]);
  });

  it('ni l’autodiagnostic ni les outils ne disent le CIO gratuit, ce qu’aucun point d’étape ne dit', () => {
    const results = contentFiles('diagnostic').map(({ file }) => ({ file, text: readFileSync(file, 'utf8') }));
    expect(results.filter(({ text }) => text.includes('Le CIO vous reçoit')).length).toBeGreaterThan(2);
    const saying = [...results, ...shownTexts].filter(({ text }) =>
      /CIO[^.;]{0,60}gratuit|gratuit[^.;]{0,60}CIO/i.test(text),
    );
    expect(saying.map(({ file }) => file)).toEqual([]);
  });
});

describe('ce que la relecture des fiches de stage a corrigé, aucune fiche ne le redit', () => {
  const internships = new Map(
    contentFiles('internships').map(({ id, data }) => [id, data as Record<string, string | boolean | undefined>]),
  );
  const sayingIt = (claim: RegExp) =>
    shownTexts.filter(({ file, text }) => file.includes('/stages/') && claim.test(text)).map(({ file }) => file);

  it('la PMSMP avec la Mission Locale donne à l’employeur les règles et la durée de la fiche PMSMP', () => {
    const missionLocale = internships.get('decouverte-mission-locale')!;
    const pmsmp = internships.get('pmsmp')!;
    expect(missionLocale['nom']).toMatch(/PMSMP/);
    expect(missionLocale['duree']).toBe(pmsmp['duree']);
    const prohibited = /La période n’est pas un emploi : [^.]*\./.exec(String(pmsmp['employeur']))![0];
    expect(missionLocale['employeur']).toContain(prohibited);
    expect(missionLocale['employeur']).toContain('lui confier des activités en lien avec l’objectif');
    // Retired: a PMSMP puts the person in a work situation; the law forbids filling a post, not working.
    expect(sayingIt(/ne pas lui confier un poste de travail/)).toEqual([]);
    expect(sayingIt(/Quelques jours à un mois au plus/)).toEqual([]);
  });

  it('le stage d’observation cite les articles de la séquence (D. 332-14 en 3e, D. 331-6 en 4e), pas « D. 331-1 et suivants »', () => {
    expect(internships.get('observation-3e')!['cadre_legal']).toMatch(/D\. 332-14[^;]*D\. 331-6/);
    expect(internships.get('observation-3e')!['duree']).toContain('aux dates fixées par le collège');
    expect(sayingIt(/D\. 331-1 et suivants/)).toEqual([]);
  });

  it('l’allocation des lycéens professionnels se dit par jour de PFMP effectué, avec son décret, à revérifier chaque année', () => {
    const allowance = String(internships.get('pfmp-lycee-professionnel')!['gratification_precisions']);
    expect(allowance).toContain('par jour de PFMP effectué (décret n° 2023-765 du 11 août 2023)');
    expect(allowance).toMatch(/montant et son maintien sont à vérifier chaque année/);
    expect(sayingIt(/chaque semaine de PFMP/)).toEqual([]);
  });
});

describe('ce qu’un lecteur lit sans l’avertissement qui va avec', () => {
  it('le résumé d’une fiche de stage non vérifiée, montré seul dans l’autodiagnostic, les thèmes et les structures, ne donne ni durée, ni âge, ni prix', () => {
    const unchecked = contentFiles('internships').filter(({ data }) => data['verifie'] !== true);
    expect(unchecked.map(({ id }) => id)).toContain('observation-3e');
    const saying = unchecked
      .map(({ file, data }) => [file, ruleStated((data['resume'] as string | undefined) ?? '')] as const)
      .filter(([, rule]) => rule !== undefined)
      .map(([file, rule]) => `${file}: « ${rule} »`);
    expect(saying).toEqual([]);
  });

  it('les principes du premier accueil disent leur document absent de ce site, et le point d’étape 2006 le liste sans fichier ni adresse', () => {
    const tool = contentFiles('tools').find(({ id }) => id === 'principes-premier-accueil')!;
    expect(tool.data['conditions']).toContain(
      'était à télécharger sur le site Etoile ; ce site-ci n’en a pas de copie',
    );
    const report = contentFiles('reports').find(({ id }) => id === tool.data['point_etape'])!;
    const documents = report.data['documents'] as { titre: string; fichier?: string; url?: string }[];
    const practices = documents.find((doc) => /analyse des pratiques/.test(doc.titre));
    expect(practices).toEqual({ titre: 'Document sur l’analyse des pratiques' });
  });
});

describe('la sitothèque ne dit ni numéro, ni durée, ni âge, ni prix : aucune fiche n’a de champ pour en citer la source', () => {
  /** What a reader sees of each site: its name and its description. */
  const siteTexts = contentFiles('sites').map(({ file, data }) => ({
    file,
    text: `${String(data['titre'])} ${String(data['description'])}`,
  }));
  const phoneNumber = new RegExp(PHONE_NUMBER, 'g');
  const schema = siteSchema(referenceStandIn);
  const site = (description: string) => ({
    titre: 'Essai',
    url: 'https://example.org/',
    description,
    thematiques: ['emploi'],
    publics: ['tout-public'],
    date_verification: '2026-11-01',
  });

  it.each([
    ['par tchat ou au 39 28.', '39 28'],
    ['par tchat ou au 3949', '3949'],
    ['Appelez le 3939.', '3939'],
    ['Un stage de 35 h.', '35 h'],
    ['Des missions de deux années.', 'deux années'],
    ['appelez le 02 54 00 00 00', '02 54 00 00 00'],
    ['ou le +33 2 54 00 00 00', '+33 2 54 00 00 00'],
    ['Des missions de 6 à 24 mois à l’étranger.', '6 à 24 mois'],
    ['Pour les 18-28 ans.', '18-28 ans'],
    ['Ouvert dès 16 ans.', '16 ans'],
    ['Une mission de six mois.', 'six mois'],
    ['Pour les diplômés à partir de bac+3.', 'bac+3'],
    ['Un service gratuit.', 'gratuit'],
    ['Une inscription à 10 €.', '10 €'],
    ['Des jeunes accueillis en internat.', 'internat'],
  ])('« %s » : la règle « %s » est relevée', (description, rule) => {
    expect(ruleStated(description)).toBe(rule);
  });

  it.each([
    '1 jeune 1 solution : offres d’emploi et de stage.',
    'Les Écoles de la 2e Chance, depuis 2013.',
    'La mobilité internationale des jeunes.',
    'Durée des missions et âge pour partir : à vérifier sur Civiweb.',
    // A count is no phone number: only « 3X XX », or a 3XXX where a number is dialled (« au 3949 »), is one.
    'Plus de 3000 entreprises.',
    'Les 3500 offres du moment.',
  ])('« %s » : rien n’est relevé', (description) => {
    expect(ruleStated(description)).toBeUndefined();
  });

  it('le schéma refuse une telle règle même quand le lien a une date de vérification, en disant quoi écrire à la place', () => {
    const result = schema.safeParse(site('Des missions de 6 à 24 mois à l’étranger.'));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [
        'description',
        expect.stringMatching(
          /^« 6 à 24 mois » : .* → retirez-le, ou dites ce qu’il faut vérifier et où, par exemple « Durée des missions : à vérifier sur le site »\.$/,
        ),
      ],
    ]);
    expect(schema.safeParse(site('Des missions à l’étranger. Durée : à vérifier sur le site.')).success).toBe(true);
  });

  it.each([
    ['Des missions de 6 à 24 mois.', '« 6 à 24 mois » : une durée qu’aucune source', 'Durée des missions'],
    ['Ouvert dès 16 ans.', '« 16 ans » : un âge ou une durée qu’aucune source', 'Durée des missions'],
    ['Par tchat ou au 3949.', '« 3949 » : un numéro de téléphone qu’aucune source', 'Numéro d’appel'],
    ['À partir de bac+3.', '« bac+3 » : un niveau d’études qu’aucune source', 'Niveau demandé'],
    ['Un service gratuit.', '« gratuit » : un prix qu’aucune source', 'Coût'],
    ['Des jeunes accueillis en internat.', '« internat » : un hébergement qu’aucune source', 'Hébergement'],
  ])('« %s » : le message dit ce qu’il a trouvé (%s) et quoi écrire à la place', (description, said, instead) => {
    const result = schema.safeParse(site(description));
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toEqual([expect.stringContaining(said)]);
    expect(messages[0]).toContain(`par exemple « ${instead} : à vérifier sur le site »`);
  });

  it('aucune fiche de la sitothèque ne dit une durée, un âge, un niveau, un prix, un hébergement ou un numéro', () => {
    expect(siteTexts.length).toBeGreaterThan(40);
    const saying = siteTexts
      .map(({ file, text }) => [file, ruleStated(text)] as const)
      .filter(([, rule]) => rule !== undefined)
      .map(([file, rule]) => `${file}: « ${rule} »`);
    expect(saying).toEqual([]);
  });

  // Civiweb, the Service civique and the Epide are read for their conditions (age, duration, how one is housed), which
  // no source of the group gives: rather than state them, their description sends the reader to check them there.
  it.each(['civiweb', 'service-civique', 'epide'])(
    '%s : la description dit de vérifier les conditions sur le site, sans en donner',
    (id) => {
      const text = siteTexts.find(({ file }) => file.endsWith(`/${id}.yaml`))?.text ?? '';
      expect(text, `content/sitotheque/${id}.yaml`).toMatch(/à vérifier/);
      expect(ruleStated(text), `content/sitotheque/${id}.yaml`).toBeUndefined();
    },
  );

  it('ce que les fiches de structure ont retiré (CIO ou BIJ gratuits, contrats enregistrés), la sitothèque ne le redit pas', () => {
    const claims = [
      /CIO[^.]{0,60}gratuit|gratuit[^.]{0,60}CIO/i,
      /BIJ[^.]{0,80}(?:gratuit|anonyme|offres de jobs|jobs d’été|petites annonces)/i,
      /enregistr\w* (?:les |des )?contrats/i,
    ];
    const saying = siteTexts.filter(({ text }) => claims.some((claim) => claim.test(text))).map(({ file }) => file);
    expect(saying).toEqual([]);
  });

  it('aucune description d’outil ou de structure n’écrit un numéro que la fiche de sa structure ne source pas', () => {
    const structures = new Map(contentFiles('structures').map(({ id, data }) => [id, data]));
    const digits = (phone: string) => phone.replace(/\D/g, '').replace(/^33/, '0');
    /** Digits of the phone number a structure publishes with a source, if any. */
    const sourcedPhone = (id: string) => {
      const data = structures.get(id);
      const phone = data?.['telephone'];
      const sources = data?.['sources'] as Record<string, unknown> | undefined;
      return typeof phone === 'string' && sources?.['telephone'] !== undefined ? digits(phone) : undefined;
    };
    const holders = [
      ...contentFiles('tools').map(({ file, data }) => ({
        file,
        data,
        ids: [data['structure'] ?? []].flat() as string[],
      })),
      ...contentFiles('structures').map(({ id, file, data }) => ({ file, data, ids: [id] })),
    ];
    const unbacked = holders.flatMap(({ file, data, ids }) => {
      const shown = Object.entries(data)
        .filter(([key]) => key !== 'telephone' && key !== 'sources')
        .flatMap(([, value]) => [value].flat(2).filter((each) => typeof each === 'string'))
        .join(' ');
      const backed = new Set(ids.map(sourcedPhone).filter((phone) => phone !== undefined));
      return (shown.match(phoneNumber) ?? []).filter((n) => !backed.has(digits(n))).map((n) => `${file}: ${n}`);
    });
    expect(holders.length).toBeGreaterThan(30);
    expect(unbacked).toEqual([]);
  });
});
