/**
 * Everything in the code that ties the site to one territory and one network: another département's network
 * reuses the code by editing this module only. Its content, audit and contributors' guide are its own to replace
 * (README, « Adapter le site à un autre territoire », lists them).
 */

/** A bounding box in WGS 84 degrees. */
export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** An employment area ("bassin d'emploi") of the territory. */
export interface EmploymentArea {
  /** Identifier used in content files (`bassin: blois`). */
  id: string;
  /** Name shown to readers: the area's main town. */
  nom: string;
  /** Map centre for this area, [latitude, longitude]. */
  centre: [number, number];
  /**
   * Towns known to lie in the area. The spreadsheet import (`npm run import:structures`) reads a row's area from
   * its town when the town is listed here, else from the nearest centre above, which it asks editors to check.
   * List only towns whose area you know; a missing town costs a check, a wrong one a wrong filter.
   */
  communes?: readonly string[];
}

/** An organisation named by the legal notice (the publisher, the host). */
export interface LegalParty {
  name: string;
  /** Postal address, on one line. */
  address: string;
  /** E-mail address or telephone number. */
  contact: string;
}

/** The national site of a kind of structure, in the sitothèque (`site.networkSites`). */
export interface NetworkSite {
  /** Name of the site's file in content/sitotheque/, without .yaml. */
  site: string;
  /** The link's text: what the site is, as a sentence names it (« le site national des Missions Locales »). */
  texte: string;
}

/**
 * What a person can do to reach a structure of one type while the site has none of its contacts
 * (`site.reachByType`): one sentence, then optional links: a site of the sitothèque right after it, and the same
 * area's structures of the types named in `relais` in a sentence of their own (« À contacter : … »).
 */
export interface ReachAdvice {
  /** The sentence, as the content says it (a comment beside it names the file it comes from). */
  texte: string;
  /** Name of a file of content/sitotheque/, without .yaml: linked after the sentence. */
  site?: string;
  /** Types of structure (`type` of content/structures/) whose structures in the same area follow: « À contacter : … ». */
  relais?: readonly string[];
  /**
   * The publics the sentence speaks to (codes of `publics`, e.g. `collegiens-lyceens`), when it speaks to some only: a
   * self-diagnostic's result reached by none of them leaves it out of its cards. Left out, every reader gets it.
   */
  publics?: readonly string[];
  /**
   * The publics to whom the sentence itself gives a way to reach the structure, because it sends them to a place they
   * already know (their school, or their child's): on a result that only they read, no general advice follows it.
   */
  leadsOutFor?: readonly string[];
}

export const territory = {
  /** Short name of the network, used in titles. */
  networkName: 'AIOA 41',
  /**
   * Year the network's structures started working together (home page): autumn 2000 in the group's presentation of
   * May 2004 (content/points-etape/2004-presentation-du-groupe.md); its 2006 day said 2001, the report of 2006 says why
   * the site keeps 2000.
   */
  networkSince: 2000,
  /**
   * The report that dates the network's start (a file of content/points-etape/, without its extension): the home
   * page links « depuis {networkSince} » to it, and the build checks that it exists; null for no link.
   */
  networkSinceSource: '2004-presentation-du-groupe' as string | null,
  /** What the letters stand for. */
  networkLongName: 'Accueil, Information, Orientation et Accompagnement en Loir-et-Cher',
  /**
   * What the network's structures do, in the two forms the pages need: « Des {structures} travaillent ensemble »
   * (home page, directory and map descriptions) and « le {reseau} du Loir-et-Cher » (home page heading).
   */
  remit: {
    structures: 'structures d’accueil, d’information, d’orientation et d’accompagnement',
    reseau: 'réseau de l’accueil, de l’information, de l’orientation et de l’accompagnement',
  },
  /**
   * The report in which the group sorted its tools into the toolbox's families (a file of content/points-etape/,
   * without its extension): the toolbox says « les familles que le groupe a définies en <année> » and links it;
   * null says only how many families there are. The build checks that the report exists.
   */
  toolFamiliesSource: '2006-journee-du-reseau' as string | null,
  /** The département: its number (postal codes start with it) and its name as sentences say it (« du… », « en… »). */
  departement: { code: '41', nom: 'Loir-et-Cher', article: 'du Loir-et-Cher', dans: 'en Loir-et-Cher' },
  /** Every structure's coordinates must lie inside these bounds (the département, with a small margin). */
  bounds: { south: 47.15, west: 0.55, north: 48.17, east: 2.28 } satisfies Bounds,
  /** Map view that shows the whole département. */
  mapCentre: [47.62, 1.4] as [number, number],
  mapZoom: 9,
  // Towns: those of the network's own structure files (content/structures/), each under the area its file gives.
  employmentAreas: [
    { id: 'blois', nom: 'Blois', centre: [47.586, 1.336], communes: ['Blois'] },
    { id: 'romorantin', nom: 'Romorantin-Lanthenay', centre: [47.358, 1.741], communes: ['Romorantin-Lanthenay'] },
    {
      id: 'vendome',
      nom: 'Vendôme',
      centre: [47.793, 1.066],
      communes: ['Vendôme', 'Areines', 'Montoire-sur-le-Loir'],
    },
  ] as const satisfies readonly EmploymentArea[],
} as const;

// The settings below as the project ships them, as plain constants: a client script that imports this module
// then leaves them out of its bundle, as it leaves out `site`.
const LIST_PAGE_SIZE = 50;
const DIAGNOSTIC_STRUCTURES_SHOWN = 8;
/** The settings below as the project ships them: a message that refuses an editor's value recalls them. */
export const settingDefaults = {
  listPageSize: LIST_PAGE_SIZE,
  diagnosticStructuresShown: DIAGNOSTIC_STRUCTURES_SHOWN,
} as const;

export const site = {
  /** Title of the site, in the header and in every <title>. */
  title: 'AIOA 41',
  /** One-line description, for the home page, feeds and search engines. */
  description:
    'Le réseau des structures d’accueil, d’information, d’orientation et d’accompagnement du Loir-et-Cher : qui fait quoi, où, et pour qui.',
  /** Public URL where the site is deployed (without the sub-path); override with SITE_URL at build time. */
  url: 'https://aioa41.github.io',
  /** Repository the content lives in: "Modifier cette page", "Historique" and "Proposer un site" links. */
  repository: {
    url: 'https://github.com/aioa41/site',
    branch: 'main',
    /**
     * GitHub sign-in of the editing interface (/admin/): `null` uses Netlify's OAuth service (the site is on
     * Netlify with a GitHub OAuth application declared there); otherwise the address of the OAuth proxy that
     * holds the application's secret, e.g. `{ baseUrl: 'https://oauth.exemple.fr', endpoint: 'auth' }`.
     * The README says how to set either up.
     */
    cmsAuth: null as { baseUrl: string; endpoint?: string } | null,
  },
  /** Map tiles: the only third-party request the site makes. */
  tiles: {
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    /** Origin allowed by the Content-Security-Policy for tile images. */
    origin: 'https://tile.openstreetmap.org',
    attribution:
      '&copy; <a href="https://www.openstreetmap.org/copyright">les contributrices et contributeurs d’OpenStreetMap</a>',
    maxZoom: 19,
  },
  /**
   * What French law requires a legal notice to name (loi pour la confiance dans l’économie numérique, article 6):
   * who publishes the site, who directs its publication, who hosts it. Fill them in with real, checked values before
   * the site goes live (docs/hebergement.md); while one is `null`, /mentions-legales/ says plainly that it is not yet
   * published, and every build warns.
   */
  legalNotice: {
    /** The organisation that publishes the site: its name, postal address and a way to reach it (e-mail or telephone). */
    publisher: null as LegalParty | null,
    /** The publication director: a person's name and role, e.g. « Prénom Nom, directrice du CIO de Blois ». */
    director: null as string | null,
    /** The host, as its contract names it: company name, postal address and telephone. */
    host: null as LegalParty | null,
  },
  /**
   * Where a reader writes to the network (a form or address of the group, never a person's): the legal notice, the
   * accessibility statement, /carte/integrer/ and /donnees/ link it. Here the GitHub issue form
   * .github/ISSUE_TEMPLATE/ecrire-au-reseau.yml: the links then say it is public and needs an account, and fill in
   * its field `page` (src/lib/contactLink.ts).
   */
  contactUrl: 'https://github.com/aioa41/site/issues/new?template=ecrire-au-reseau.yml',
  /**
   * Longest list a page shows at once. Past it, these lists are cut into pages (links that work without
   * JavaScript): the sitothèque's themes (/sitotheque/<thème>/) and publics (/sitotheque/public/<public>/), the
   * directory's areas (/structures/bassin/<bassin>/) and types (/structures/type/…), the reports (/points-etape/), the
   * toolbox's families (/outils/famille/<famille>/), the internships' printable directory (/stages/imprimer/) and
   * readers' pages (/stages/pour/<lecteur>/). Each page's h1 then ends with « (51 à 100 sur 600) » and its title with
   * « , page 2 » (src/lib/pagination.ts). The summaries show the first ones and say so in one sentence,
   * « Cette page en présente les 50 premiers sur 600 … ; la page <liste> les présente tous, 50 par page »
   * (src/components/WholeListNote.astro): a theme's page (reports, sites, internships, tools), the toolbox (each
   * family), the directory, the map and the embedded map (each area), the internships' comparison (/stages/). The site
   * map links each list once, by its first page, and says how many pages it has. So no page grows with the content.
   * Editors may change it (a whole number, 10 or more); builds of tests may set LIST_PAGE_SIZE.
   */
  listPageSize: LIST_PAGE_SIZE,
  /**
   * Structures a result of the self-diagnostic shows at most in each of its levels (to inform, to accompany), the
   * first of each type before the second of any; past it, the result links to its complete list for the area, so
   * that a result stays light whatever the number of structures. The same number bounds every list of structures a
   * page writes in a sentence: the ones to ask on a structure's page and result cards, those a result leaves out,
   * those of a sigle on /sigles/. Editors may change it (a whole number, 1 or more).
   */
  diagnosticStructuresShown: DIAGNOSTIC_STRUCTURES_SHOWN,
  /**
   * Where a person can look for a structure's up-to-date contacts while this site has none it can vouch for: the
   * national site of the structure's network, by type (`type` of content/structures/), shown on its page and
   * cards under « Pour trouver ses coordonnées à jour : » until its own contacts are checked. `site` is the name of
   * a file of content/sitotheque/ (without .yaml), which the build checks; `texte` is the link's text.
   * Editorial: list a type only when the sitothèque's description of the site says it is that network's own site,
   * and let `texte` say what the site is and nothing more (no description says that a site lists local offices).
   * A type left out shows no link, rather than a guessed one. Left out here: `cio` (Onisep's description makes it
   * the public service of information on studies and trades, not the CIO's site); the other types have no site.
   */
  networkSites: {
    // unml.yaml: « Le réseau national des Missions Locales ».
    'mission-locale': { site: 'unml', texte: 'le site national des Missions Locales' },
    // france-travail.yaml: the organisation's own site.
    'france-travail': { site: 'france-travail', texte: 'le site national de France Travail' },
    // cidj.yaml: « Le centre national d’information jeunesse », the head of the network a BIJ belongs to.
    bij: { site: 'cidj', texte: 'le site du centre national d’information jeunesse (CIDJ)' },
    // artisanat.yaml: « Le site des chambres de métiers et de l’artisanat », whose decision centre the CAD is.
    'cad-cma': { site: 'artisanat', texte: 'le site des chambres de métiers et de l’artisanat' },
  } satisfies Record<string, NetworkSite>,
  /**
   * What a person can do to reach a structure of a type while its contacts are unconfirmed, besides its network's
   * national site above: shown on its page and its cards. Editorial, like `networkSites`: only what a file of
   * content/ says (named in a comment), never an address, a phone or a web site nobody checked. A structure whose
   * national site or advice leads to no site and no structure the reader can reach gets the general advice the
   * report of 2006 backs (content/points-etape/2006-journee-du-reseau.md): each structure directs the public to the
   * one that can answer (« répondre à la personne avec les ressources de la structure qu’elle contacte, ou la
   * rediriger vers une autre »); so it links the structures of its area that the reader can reach (confirmed contacts
   * or a national site), never one that would only send them on or back.
   */
  reachByType: {
    // content/stages/observation-3e.md: « parlez-en … au psychologue de l’Éducation nationale, au collège ou au CIO » ;
    // the CIO's services: « Entretiens avec un psychologue de l’Éducation nationale » ; parent-orientation.yaml: « Au
    // collège ou au lycée, rencontrez son professeur principal … il ou elle connaît les procédures ». The school is
    // the way to the CIO for a pupil or a parent: neither is sent to ask a chamber, or another area.
    cio: {
      // Its card also shows on results for adults: there the sentence is left out, on the CIO's page it says whom.
      texte:
        'Si vous êtes élève, demandez à votre professeur principal ou au psychologue de l’Éducation nationale de votre collège ou de votre lycée comment joindre le CIO. Si vous êtes parent, le collège ou le lycée de votre enfant peut vous dire comment joindre le CIO.',
      publics: ['collegiens-lyceens', 'parents'],
      leadsOutFor: ['collegiens-lyceens', 'parents'],
    },
    // content/diagnostic/parent-decrochage.yaml: « Prenez rendez-vous avec l’établissement de votre enfant (CPE,
    // professeur principal, …) », then « demandez si la mission de lutte contre le décrochage scolaire peut rencontrer
    // votre enfant » ; decrochage.yaml: the CIO informs those who left school, and « la Mission Locale accompagne les
    // 16-25 ans sortis de l’école » (its national site is a way out: the CIO has none). For a pupil or a parent, the
    // school is the way.
    mgi: {
      texte:
        'Si vous êtes élève, demandez au CPE ou à votre professeur principal comment la rencontrer. Si vous êtes parent, le collège ou le lycée de votre enfant peut vous dire comment la joindre : demandez au CPE ou au professeur principal. Si vous avez quitté l’école, renseignez-vous auprès d’un CIO ou de la Mission Locale.',
      relais: ['cio', 'mission-locale'],
      leadsOutFor: ['collegiens-lyceens', 'parents'],
    },
    // onisep.yaml: « Le service public d’information sur les formations et les métiers : fiches métiers, diplômes,
    // établissements ».
    cfa: { texte: 'Ses formations : cherchez ce CFA parmi les établissements que présente', site: 'onisep' },
    // content/stages/stage-formation-continue.md: « Pour entrer en formation, parlez-en à votre conseiller France
    // Travail ou Mission Locale, ou à un conseiller en évolution professionnelle. » Only France Travail is linked:
    // the card also shows on results for people of 26 or more, whom the Mission Locale (16-25) does not receive.
    afpa: {
      texte:
        'Pour entrer dans l’une de ses formations, parlez-en à votre conseiller : à la Mission Locale si vous avez de 16 à 25 ans, sinon à France Travail.',
      relais: ['france-travail'],
    },
  } satisfies Record<string, ReachAdvice>,
  /** Content licence for the open data. */
  dataLicence: {
    name: 'Licence Ouverte 2.0 (Etalab)',
    url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
  },
  /**
   * This site's name as a producer in the national data·inclusion files (`source`), and the start of each of their
   * identifiers (`aioa41--bij-41`): lowercase letters, digits and hyphens, no accent. Never change it once published:
   * the hub and its reusers key on these identifiers, and a new one reads as every structure and service removed and
   * others added. It is written here rather than drawn from `title`, so that retitling the site changes no identifier.
   */
  dataInclusionSource: 'aioa41',
} as const;

/** Words people type that the site's pages say otherwise (`searchWords`). */
export interface SearchWords {
  /** What people type: words or phrases; capitals and accents do not count (« chomeur » is « chômeur »). */
  typed: readonly string[];
  /** What the pages say instead: searched too, its results mixed with those of the words typed, its own first. */
  site: string;
}

/**
 * What people type and the site's pages word otherwise, for the search (/recherche/ and the header's): Pagefind has no
 * synonyms. Editors may add a line: a word or phrase of `typed` is searched as `site` too, and the search says so
 * (« 12 résultats pour « chômage » ou « demandeur d’emploi » »). Write in `site` only words the pages hold, and in `typed`
 * only what means the same: a sigle goes here only with the meaning the seed or the content gives it (a comment says
 * where); a sigle of content/sigles/ needs no line, its pages come first already.
 */
export const searchWords: readonly SearchWords[] = [
  // Job seekers' words: the pages say « demandeur d’emploi » (content/diagnostic/emploi-adulte.yaml), « emploi ».
  { typed: ['chômage', 'chômeur', 'chômeuse', 'sans emploi', 'sans travail'], site: 'demandeur d’emploi' },
  { typed: ['travail', 'boulot', 'job'], site: 'emploi' },
  // The parents' pages say « votre enfant » (content/diagnostic/parent-*.yaml).
  { typed: ['fils', 'fille', 'ado'], site: 'enfant' },
  // Leaving school, as people say it: the pages say « quitté l’école » (content/diagnostic/parent-sorti-ecole.yaml).
  {
    typed: ['arrêté l’école', 'arrêté le lycée', 'arrêté les cours', 'ne vais plus au lycée', 'ne va plus au lycée'],
    site: 'quitté l’école',
  },
  // « ML du Blaisois » in the seed: the Missions Locales (content/structures/mission-locale-*.yaml).
  { typed: ['ML'], site: 'Mission Locale' },
  // content/sitotheque/reseau-e2c.yaml: « Réseau des Écoles de la 2e Chance ».
  { typed: ['E2C'], site: 'Écoles de la 2e Chance' },
  // content/diagnostic/emploi-jeune.yaml and the Missions Locales' pages: « contrat d’engagement jeune ».
  { typed: ['CEJ'], site: 'contrat d’engagement jeune' },
  // Misspellings of the site's main words, one letter off.
  { typed: ['aprentissage', 'apprentisage', 'aprentisage', 'apprantissage'], site: 'apprentissage' },
  { typed: ['mision', 'misson'], site: 'mission' },
  { typed: ['orientaion', 'oriantation'], site: 'orientation' },
];
