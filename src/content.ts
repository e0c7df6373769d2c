/**
 * Every collection query of the site, written once. Pages import these
 * rather than calling `getCollection` and repeating filters and sorts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from './lib/contentProblem.ts';
import { crossEntryChecks } from './lib/crossEntryChecks.ts';
import { HOME_PAGE, LINKABLE_PAGES } from './lib/checkGlossary.ts';
import {
  distinctStepTitles,
  questionsLeft,
  startStep,
  stepsByAreaKnowledge,
  stepsWithoutJavaScript,
  treeForProfessionals,
} from './lib/diagnosticTree.ts';
import { internshipsFor } from './lib/internshipFacts.ts';
import { offeringsIndex } from './lib/structureOfferings.ts';
import { INTERNSHIP_READERS, internshipReaderIds, type InternshipReader } from './schemas/internship.ts';
import { TOOL_CATEGORIES, toolCategoryIds } from './schemas/tool.ts';
import type { DiagnosticQuestion } from './schemas/diagnostic.ts';
import { site, territory, type EmploymentArea, type NetworkSite, type ReachAdvice } from './site.config.ts';
import { reachOf, type Reach, type ReachContext } from './lib/structures/reach.ts';
import { canBeReached } from './lib/structures/provenance.ts';
import { listPageSize } from './lib/listPageSize.ts';
import { STRUCTURE_TYPES, structureTypeIds } from './schemas/structure.ts';
import { sectionNames } from './lib/sectionNames.ts';
import { PUBLICS, publicIds, type PublicId } from './schemas/fields.ts';
import { publicsServed, siteFitsPublic } from './lib/siteFitsPublic.ts';
import { pageOfIndex, pagePath } from './lib/pagination.ts';
import { cardsOf, sectionsOnce, type ThemeSection } from './lib/sitesOnce.ts';
import {
  shownStructures,
  structuresForResultByArea,
  type MoreOfType,
  type ShownLevel,
} from './lib/resolveResultStructures.ts';
import { once, oncePer } from './lib/once.ts';
import { personsByResult, publicsToConfirmEach, readersPublics, receivingStructures } from './lib/diagnosticRoutes.ts';
import { employerLines, isPastAction, publishesServices } from './lib/structures/dataInclusion.ts';
import { SERVICE_CODES, serviceCodesOf } from './lib/structures/serviceCodes.ts';
import type { CheckedCount } from './lib/contentReview.ts';
import { wholeNumberSetting } from './lib/siteSetting.ts';
import {
  networkSiteOfStructure,
  toMapStructure,
  type MapData,
  type NetworkSiteLink,
} from './lib/structures/mapData.ts';
import { toStructureRecord, type StructureRecord } from './lib/structures/record.ts';
import { memberKinds } from './lib/structures/memberKinds.ts';
import { membersReport } from './lib/checkMembership.ts';
import { fieldTables, OPEN_DATA_DOWNLOADS, unnamedMembersNote, type OpenDataEntries } from './lib/openDataRegistry.ts';
import { formatDate } from './lib/formatDate.ts';
import { areaListPath, typeListPath, typeListTitle } from './lib/structures/typeListPath.ts';
import {
  areaStructuresTitle,
  printableDirectoryTitle,
  publicSitesTitle,
  themeSitesTitle,
  toolFamilyTitle,
} from './lib/listTitles.ts';
import { pageSiglesOf, siglesOf, type PageSigles } from './lib/spellOutSigles.ts';
import { NAMES_WITH_SIGLES } from './lib/checkPageSigles.ts';
import { displayDomain } from './lib/displayDomain.ts';
import { EMPLOYER_WAY_IN_TITLE, employerAreaQuestion } from './lib/employerWayIn.ts';
import { absoluteUrl, withBase } from './lib/url.ts';
import { AUDIT_FILES, parseAudit, type Audit } from './lib/parseAudit.ts';
import type { ConformityStatus } from './lib/rgaaConformity.ts';

export type ReportEntry = CollectionEntry<'reports'>;
export type StructureEntry = CollectionEntry<'structures'>;
export type ThemeEntry = CollectionEntry<'themes'>;
export type SiteEntry = CollectionEntry<'sites'>;
export type InternshipEntry = CollectionEntry<'internships'>;
export type ToolEntry = CollectionEntry<'tools'>;
export type DiagnosticEntry = CollectionEntry<'diagnostic'>;
export type PageEntry = CollectionEntry<'pages'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

/** Longest list a page shows at once (site.listPageSize). */
export const LIST_PAGE_SIZE = listPageSize(site.listPageSize, process.env['LIST_PAGE_SIZE']);

const byFrenchName = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * The site's RGAA audit (audit/, or AUDIT_DIR), read and checked once per build; undefined for a project that has
 * no audit folder yet (another territory's site before its first audit), which the RGAA declares « non conforme ».
 */
export const siteAudit = once((): Audit | undefined => {
  const folder = resolve(process.env['AUDIT_DIR'] ?? 'audit');
  if (!existsSync(join(folder, AUDIT_FILES.grid))) return undefined;
  return parseAudit(folder, (file) => readFileSync(file, 'utf8'));
});

/** The accessibility status the footer, the home page and the statement declare. */
export function accessibilityStatus(): ConformityStatus {
  return siteAudit()?.conformity.statut ?? 'non conforme';
}

async function loadAndCheck() {
  const [reports, structures, themes, sites, internships, tools, diagnostic, pages, glossary] = await Promise.all([
    getCollection('reports'),
    getCollection('structures'),
    getCollection('themes'),
    getCollection('sites'),
    getCollection('internships'),
    getCollection('tools'),
    getCollection('diagnostic'),
    getCollection('pages'),
    getCollection('glossary'),
  ]);
  const all = { reports, structures, themes, sites, internships, tools, diagnostic, pages, glossary };
  const problems = crossEntryChecks(all);
  if (problems.length > 0) throw new ContentError(problems);
  return all;
}

/** All content, loaded once per build and checked for what the schemas cannot see (references). */
export const siteContent = once(loadAndCheck);

/**
 * The glossary (content/sigles/), sorted by sigle, and the same compiled once for the pages that write a sigle out
 * on first use: each page only runs it over its own texts.
 */
export const glossary = once(async () => {
  const content = await siteContent();
  const entries = [...content.glossary].sort((a, b) => byFrenchName.compare(a.data.sigle, b.data.sigle));
  // The short names of the directory made of a sigle and capitalised words (« GIP Alfa Centre », « MLDS Blois
  // (ex-MGI) »): a page writes the sigle's meaning after the whole name. The names that keep their sigle are left as
  // they are.
  const names = content.structures
    .flatMap(({ data }) => data.sigle?.replace(/\s*\(.*$/, '') ?? [])
    .filter((name) => /^\S+(?:\s+[\p{Lu}\p{N}]\S*)+$/u.test(name));
  const sigles = siglesOf(
    entries.map((entry) => entry.data),
    { names, kept: Object.keys(NAMES_WITH_SIGLES) },
  );
  return { entries, sigles };
});

/**
 * A new page's writer of sigles (one per page: it remembers what the page has explained), over the glossary compiled
 * once for the build. The page gives it its texts in reading order.
 */
export async function pageSigles(): Promise<PageSigles> {
  return pageSiglesOf((await glossary()).sigles);
}

/**
 * A self-diagnostic question's help and answers as shown with the question alone, as on a page of its own (its
 * no-JS page, or the island's step): each sigle written out the first time (« en CAP (certificat d’aptitude
 * professionnelle) »), after the question's own words.
 */
export async function questionTexts(
  question: DiagnosticQuestion,
): Promise<{ aide: string | undefined; libelles: string[] }> {
  const sigles = await pageSigles();
  sigles.note(question.question);
  return {
    aide: question.aide && sigles.text(question.aide),
    libelles: question.options.map((option) => sigles.text(option.libelle)),
  };
}

/** The structures of each type (`type`), sorted by name, grouped once for the pages that list a type. */
const structuresGroupedByType = once(async () =>
  Map.groupBy(await structuresByName(), (structure): string => structure.data.type),
);

/**
 * The glossary's entries for its page, each with the structures of the type it names (none if it names no type):
 * it names at most as many as a result's level shows (`named`), so the page does not grow with the network, and the
 * rest are in its type's list in the département (`list`, undefined when it names them all). Decided here only: the
 * page links this list, and structureTypeLists builds it.
 */
export const glossaryWithStructures = once(async () => {
  const [{ entries }, ofType, titles] = await Promise.all([glossary(), structuresGroupedByType(), pageTitles()]);
  return entries.map(({ data }) => {
    const structures = data.type ? (ofType.get(data.type) ?? []) : [];
    const named = structures.slice(0, DIAGNOSTIC_STRUCTURES_SHOWN);
    const list: MoreOfType | undefined =
      data.type && named.length < structures.length
        ? { type: data.type, area: undefined, count: structures.length }
        : undefined;
    // The link gets its page's own name, after the meaning: a meaning worded as a link would hide where it leads.
    const page = data.lien === undefined ? undefined : titles.get(data.lien);
    if (data.lien !== undefined && !page) throw new Error(`unreachable: ${data.lien} is checked by checkGlossaryLinks`);
    return { ...data, structures, named, list, page: page && { href: data.lien!, ...page } };
  });
});

/**
 * The pages a glossary entry may link (`lien`), by path: each with the title its own page gives it, and whether it
 * is a structure's page (the glossary then calls it « la structure »).
 */
const pageTitles = once(async () => {
  const { structures, internships, reports, tools, pages } = await siteContent();
  const titled = (links: readonly SiteMapLink[], structure = false) =>
    links.map(({ href, label }) => [href, { titre: label, structure }] as const);
  return new Map<string, { titre: string; structure: boolean }>([
    [HOME_PAGE, { titre: 'la page d’accueil du site', structure: false }],
    ...titled(structures.map(entryPage.structure), true),
    ...titled(internships.map(entryPage.internship)),
    ...titled(reports.map(entryPage.report)),
    ...titled(tools.map(entryPage.tool)),
    ...titled(pages.map(({ id, data }) => ({ href: LINKABLE_PAGES.pages(id), label: data.titre }))),
  ]);
});

/**
 * The link to an entry's own page, named by its title: the site map lists them, the glossary names its links so.
 * Addresses from LINKABLE_PAGES, which check:content checks the glossary's links against.
 */
const entryPage = {
  structure: ({ id, data }: CollectionEntry<'structures'>): SiteMapLink => ({
    href: LINKABLE_PAGES.structures(id),
    label: data.nom,
  }),
  report: ({ id, data }: CollectionEntry<'reports'>): SiteMapLink => ({
    href: LINKABLE_PAGES.reports(id),
    label: data.titre,
  }),
  internship: ({ id, data }: CollectionEntry<'internships'>): SiteMapLink => ({
    href: LINKABLE_PAGES.internships(id),
    label: data.nom,
  }),
  tool: ({ id, data }: CollectionEntry<'tools'>): SiteMapLink => ({ href: LINKABLE_PAGES.tools(id), label: data.nom }),
};

/**
 * How many entries of each kind are checked, counted once here for every page that says it (legal notice, open
 * data, internships, toolbox): a structure or an internship a person checked (`verifie`), a tool a document of the
 * group names (`provenance: groupe`); `toolProvenances` is each tool's provenance, and `toolNeighbours` the tools to
 * confirm whose report names a neighbouring démarche, for the toolbox's summary.
 */
export const contentReviewCounts = once(async () => {
  const { structures, internships, tools, sites } = await siteContent();
  const counted = <T>(entries: readonly T[], checked: (entry: T) => boolean): CheckedCount => ({
    checked: entries.filter(checked).length,
    total: entries.length,
  });
  return {
    structures: counted(structures, (entry) => entry.data.verifie),
    internships: counted(internships, (entry) => entry.data.verifie),
    // A link is checked once someone opened it (its `date_verification`, as sitotheque.json publishes it).
    sites: counted(sites, (entry) => entry.data.date_verification !== undefined),
    tools: counted(tools, (entry) => entry.data.provenance === 'groupe'),
    toolProvenances: tools.map((entry) => entry.data.provenance),
    toolNeighbours: tools.filter((entry) => entry.data.provenance === 'a-confirmer' && entry.data.point_etape).length,
  };
});

/**
 * The data·inclusion codes as /donnees/ explains them: the rows of the table `SERVICE_CODES` that some service line
 * of the content uses (a row left for a line no structure has, or another territory's table not yet edited, is not
 * published as if it were this content's), and how many of the exported services (past actions and the lines of
 * entries nobody checked left out, see `publishesServices`) have a thematique, counted as the export computes them.
 * `withheld`: the current lines of the unchecked entries, which stay on the site only.
 */
export const serviceCodeSummary = once(async () => {
  const { structures } = await siteContent();
  const lines = structures.flatMap((structure) => structure.data.services);
  const used = new Set(lines.map(serviceCodesOf));
  const current = (wanted: boolean) =>
    structures
      .filter((structure) => publishesServices(structure.data) === wanted)
      .flatMap((structure) => structure.data.services.filter((line) => !isPastAction(line)));
  const exported = current(true);
  return {
    withheld: current(false).length,
    pastActions: lines.filter(isPastAction).length,
    // `otherCodes`: the row's type, fees and ways of access, in that order, whichever it gives.
    rows: SERVICE_CODES.filter((row) => used.has(row)).map((row) => ({
      ...row,
      otherCodes: [row.type, row.frais, ...(row.modes_accueil ?? [])].filter((code) => code !== undefined),
    })),
    exported: exported.length,
    themed: exported.filter((line) => (serviceCodesOf(line)?.thematiques.length ?? 0) > 0).length,
  };
});

/**
 * The service lines /donnees/ says are published for employers, alone or besides others, with the publics
 * services.json publishes the latter for (employerLines); `origin` as for `structureRecords`.
 */
export async function employerServiceLines(origin: URL | undefined) {
  const [{ rows }, records] = await Promise.all([serviceCodeSummary(), structureRecords(origin)]);
  return employerLines(rows, records.filter(publishesServices));
}

/**
 * Each file of /donnees/ with the newest date of the entries it is made of (its `entries`): a structure's `date_maj`
 * (for services.json, of the structures whose services it publishes), an internship's `date_maj` (its content's
 * `date_verification`, see toInternshipRecord), the day someone opened a link of the sitothèque. `updated` is
 * undefined when none of its entries has a date (no link checked yet, no service published).
 */
export const openDataFiles = once(async () => {
  const { structures, internships, sites } = await siteContent();
  const dates: Record<OpenDataEntries, Date[]> = {
    structures: structures.map((entry) => entry.data.date_maj),
    services: structures
      .filter((entry) => publishesServices(entry.data) && entry.data.services.some((line) => !isPastAction(line)))
      .map((entry) => entry.data.date_maj),
    internships: internships.map((entry) => entry.data.date_verification),
    sites: sites.flatMap((entry) => entry.data.date_verification ?? []),
  };
  return OPEN_DATA_DOWNLOADS.map((download) => ({ ...download, updated: newestDate(dates[download.entries]) }));
});

/** The newest date of every file /donnees/ publishes. */
export const openDataUpdated = once(async (): Promise<Date> =>
  newestDate((await openDataFiles()).flatMap((file) => file.updated ?? []))!,
);

const newestDate = (dates: readonly Date[]): Date | undefined =>
  dates.length > 0 ? new Date(Math.max(...dates.map((date) => date.getTime()))) : undefined;

/** Reports, newest first. */
export const reportsNewestFirst = once(async (): Promise<ReportEntry[]> => {
  const { reports } = await siteContent();
  return [...reports].sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
});

/** Themes in their editorial order, then by name. */
export const themesInOrder = once(async (): Promise<ThemeEntry[]> => {
  const { themes } = await siteContent();
  return [...themes].sort((a, b) => a.data.ordre - b.data.ordre || byFrenchName.compare(a.data.titre, b.data.titre));
});

/** Themes of a list of references, in editorial order. */
export async function themesOf(refs: readonly { id: string }[]): Promise<ThemeEntry[]> {
  const ids = new Set(refs.map((ref) => ref.id));
  return (await themesInOrder()).filter((theme) => ids.has(theme.id));
}

const hasTheme = (themeId: string) => (entry: { data: { thematiques: readonly { id: string }[] } }) =>
  entry.data.thematiques.some((ref) => ref.id === themeId);

/** Everything tagged with one theme, each list in the order of its own pages (once per theme: its pages all ask). */
export const contentOfTheme = oncePer(async (themeId: string) => ({
  reports: (await reportsNewestFirst()).filter(hasTheme(themeId)),
  sites: (await sitesByTitle()).filter(hasTheme(themeId)),
  internships: (await internshipsInOrder()).filter(hasTheme(themeId)),
  tools: (await toolsByName()).filter(hasTheme(themeId)),
}));

/** Structures sorted by name. */
export const structuresByName = once(async (): Promise<StructureEntry[]> => {
  const { structures } = await siteContent();
  return [...structures].sort((a, b) => byFrenchName.compare(a.data.nom, b.data.nom));
});

/** Open data records of every structure, once per origin: five downloads ask for them. */
const recordsAt = oncePer(async (origin: string | undefined): Promise<StructureRecord[]> =>
  (await structuresByName()).map((entry) =>
    toStructureRecord(entry, (id) => absoluteUrl(`/structures/${id}/`, origin)),
  ),
);

/** Every structure as an open data record, sorted by name; `origin` is the site's public URL (`Astro.site`). */
export async function structureRecords(origin: URL | undefined): Promise<StructureRecord[]> {
  return recordsAt(origin?.href);
}

/** Structures (entries, or records of the map's data) grouped by employment area, in the territory's order. */
function groupByArea<T>(structures: readonly T[], areaOf: (structure: T) => string) {
  return territory.employmentAreas.map((area) => ({
    area,
    structures: structures.filter((structure) => areaOf(structure) === area.id),
  }));
}

const areaOfEntry = (entry: StructureEntry) => entry.data.bassin;

/** Every structure, grouped by employment area. */
export const structuresByArea = once(async () => groupByArea(await structuresByName(), areaOfEntry));

/**
 * How many structures the network counts, and how many of them are members and partners, in all and in each
 * employment area; `unplaced`, the members and partners of an area that no source places in a town (`commune_inconnue`):
 * listed there, not known to be there, so that a count by area counts them apart. `kinds`: the members' kinds, each with its count (memberKinds);
 * `membersSource`: the newest report that lists the members, which the build holds the files to (checkMembership);
 * `unidentified`: the members it counts without saying which structure they are (`membres_non_identifies`), marked
 * by no file, so that `members` counts only those it names; `reportedMembers`: its own count, both together.
 */
export const networkCounts = once(async () => {
  const areas = (await structuresByArea()).map(({ area, structures }) => {
    const members = structures.filter((entry) => entry.data.membre).length;
    return {
      area,
      members,
      partners: structures.length - members,
      structures: structures.length,
      unplaced: {
        members: structures.filter((entry) => entry.data.commune_inconnue && entry.data.membre).length,
        partners: structures.filter((entry) => entry.data.commune_inconnue && !entry.data.membre).length,
      },
    };
  });
  const members = (await structuresByName()).filter((entry) => entry.data.membre);
  const membersSource = membersReport(await reportsNewestFirst());
  const unidentified: readonly string[] = membersSource?.data.membres_non_identifies ?? [];
  return {
    areas,
    members: areas.reduce((count, counts) => count + counts.members, 0),
    partners: areas.reduce((count, counts) => count + counts.partners, 0),
    structures: areas.reduce((count, counts) => count + counts.structures, 0),
    kinds: memberKinds(members.map((entry) => entry.data.type)),
    membersSource,
    unidentified,
    reportedMembers: (membersSource?.data.membres.length ?? 0) + unidentified.length,
  };
});

/**
 * The field tables of /donnees/; the `membre` field says so when the report the members rest on counts members it
 * does not name (its count is then more than the structures marked `true`).
 */
export const openDataFieldTables = once(async () => {
  const { membersSource, reportedMembers, unidentified } = await networkCounts();
  const note =
    membersSource &&
    unnamedMembersNote({ date: formatDate(membersSource.data.date), count: reportedMembers }, unidentified);
  return fieldTables(OPEN_DATA_DOWNLOADS, note ? { membre: note } : {});
});

/**
 * The map's data file: every structure, with what a marker and a list item show, in the order of the lists that the
 * map's pages show under it (StructureList.astro: by employment area, then by name), so that the map names a group's
 * structures in that order too (structureMap.ts).
 */
export const mapData = once(async (): Promise<MapData> => {
  const [areas, networks] = await Promise.all([structuresByArea(), networkSiteLinks()]);
  return {
    types: { ...STRUCTURE_TYPES },
    networks,
    structures: areas.flatMap(({ structures }) =>
      structures.map(({ id, data }) => toMapStructure(id, data, withBase(`/structures/${id}/`), PUBLICS)),
    ),
  };
});

/** The records of the map's data grouped by employment area: what the structure lists render (StructureList). */
export const mapStructuresByArea = once(async () =>
  groupByArea((await mapData()).structures, (structure) => structure.bassin),
);

/**
 * The structures of the map's data that no source places in a town (`unplaced`), by the employment area their file
 * gives, areas without any left out: the map draws no marker for them, and the pages say so (UnplacedNote.astro).
 */
export const unplacedByArea = once(async () =>
  (await mapStructuresByArea())
    .map(({ area, structures }) => ({ area, structures: structures.filter((structure) => structure.unplaced) }))
    .filter(({ structures }) => structures.length > 0),
);

/** Sites of the sitothèque that pass `keep`, grouped by theme in editorial order; themes left empty are left out. */
export async function sitesByTheme(keep: (entry: SiteEntry) => boolean = () => true) {
  const kept = (await sitesByTitle()).filter(keep);
  return (await themesInOrder())
    .map((theme) => ({ theme, sites: kept.filter(hasTheme(theme.id)) }))
    .filter((group) => group.sites.length > 0);
}

/**
 * The sites useful to one public, grouped by theme in editorial order, each site presented once: its card in the first
 * of its themes, its name in the others (sitesOnce.ts). Their cards are the rows the public's pages
 * (/sitotheque/public/<public>/, then 2/, 3/…) cut into pages of LIST_PAGE_SIZE.
 */
export const sitesForPublic = oncePer(async (publicId: PublicId): Promise<ThemeSection<SiteEntry, ThemeEntry>[]> =>
  sectionsOnce(await sitesByTheme((entry) => siteFitsPublic(entry.data.publics, publicId)), (site) => site.id),
);

/** The sites of a public's list, each once, in the order its pages show them: what its pages count and cut. */
export const siteRowsForPublic = oncePer(async (publicId: PublicId) => cardsOf(await sitesForPublic(publicId)));

/** Site path of the page of /sitotheque/public/<public>/ where a theme's section starts (its first page if none). */
export async function publicPageOfTheme(publicId: PublicId, themeId: string): Promise<string> {
  const section = (await sitesForPublic(publicId)).find(({ theme }) => theme.id === themeId);
  return pagePath(`/sitotheque/public/${publicId}/`, pageOfIndex(section?.first ?? 0, LIST_PAGE_SIZE));
}

/** Every site of the sitothèque by title, in French order: the open data download. */
export const sitesByTitle = once(async (): Promise<SiteEntry[]> => {
  const { sites } = await siteContent();
  return [...sites].sort((a, b) => byFrenchName.compare(a.data.titre, b.data.titre));
});

/** True once a person or the link checker has dated some site's link: until then, pages say « not checked » once. */
export const someSiteChecked = once(async (): Promise<boolean> =>
  (await siteContent()).sites.some((entry) => entry.data.date_verification !== undefined),
);

/** Number of sites in the sitothèque. */
export async function siteCount(): Promise<number> {
  return (await siteContent()).sites.length;
}

/** Publics the sitothèque can be filtered by, in the shared order: those some site names or fits as « tout public ». */
export const sitePublics = once(async (): Promise<PublicId[]> => {
  return publicsServed(
    (await siteContent()).sites.map((entry) => entry.data.publics),
    publicIds,
  );
});

/** Structures of a list of references, grouped by employment area; areas without any are left out. */
export async function structuresOfByArea(refs: readonly { id: string }[]) {
  return groupByArea(await structuresOf(refs), areaOfEntry).filter(({ structures }) => structures.length > 0);
}

/** Forms of internship in their editorial order (`ordre`), then by name. */
export const internshipsInOrder = once(async (): Promise<InternshipEntry[]> => {
  const { internships } = await siteContent();
  const rank = (entry: InternshipEntry) => entry.data.ordre ?? Number.MAX_SAFE_INTEGER;
  return [...internships].sort((a, b) => rank(a) - rank(b) || byFrenchName.compare(a.data.nom, b.data.nom));
});

/** Forms of internship written for one family of readers, in editorial order. */
export async function internshipsForReader(reader: InternshipReader): Promise<InternshipEntry[]> {
  return internshipsFor(reader, await internshipsInOrder());
}

/** Tools sorted by name. */
export const toolsByName = once(async (): Promise<ToolEntry[]> => {
  const { tools } = await siteContent();
  return [...tools].sort((a, b) => byFrenchName.compare(a.data.nom, b.data.nom));
});

/** Tools in the four categories of the toolbox, in the group's order; empty categories are kept. */
export const toolsByCategory = once(async () => {
  const tools = await toolsByName();
  return toolCategoryIds.map((id) => ({
    id,
    label: TOOL_CATEGORIES[id],
    tools: tools.filter((tool) => tool.data.categorie === id),
  }));
});

/** A link of the site map: a site path (without the base) and its text. */
interface SiteMapLink {
  href: string;
  label: string;
  /** How many pages the list it opens has, when more than one. */
  pageCount?: number | undefined;
  /** Pages listed under this one's link, which belong to it (the professionals' tables under their page). */
  children?: SiteMapLink[] | undefined;
}

/** Pages a section (of the main menu or the footer) lists after its own, which no content entry makes. */
const fixedPagesOf: Record<string, SiteMapLink[]> = {
  '/accessibilite/': [{ href: '/accessibilite/grille/', label: 'Grille d’audit RGAA 4.1' }],
  '/contribuer/': [{ href: '/contribuer/champs/', label: 'Référence des champs' }],
};

/** What the link to a whole section says, when the plan shows only its first entries; keyed by navigation href. */
const allEntriesOf: Record<string, (count: number) => string> = {
  '/structures/': (count) => `Les ${count} structures`,
  '/points-etape/': (count) => `Les ${count} points d’étape des travaux du réseau`,
  '/stages/': (count) => `Les ${count} fiches de stage`,
  '/outils/': (count) => `Les ${count} outils`,
};

/**
 * A list's link to its first page, with its number of pages past LIST_PAGE_SIZE entries: the first page links the
 * later ones (without JavaScript), so the plan links each list once and stays the same size as the content grows.
 */
function listLink(link: SiteMapLink, count: number): SiteMapLink {
  const pageCount = Math.ceil(count / LIST_PAGE_SIZE);
  return pageCount > 1 ? { ...link, pageCount } : link;
}

/** One line of the site map: a link, the pages listed under it, and past them the text of a link to all its entries. */
export interface SiteMapLine {
  link: SiteMapLink;
  shown: SiteMapLink[];
  more?: string | undefined;
}

/**
 * Every line of the site map, in order: home, the sections of `menu` (the main menu), the themes, the links of
 * `footer`, search and the feed. Under a section of the main menu come its own pages, each list once (its first
 * page, which leads to the others), then its first LIST_PAGE_SIZE entries (reports, internships, tools): past them,
 * the plan links the section, which leads to all of them, and stays the same size as the content grows.
 */
export async function siteMapLines(
  menu: readonly SiteMapLink[],
  footer: readonly SiteMapLink[],
): Promise<SiteMapLine[]> {
  const [reports, themes, internships, tools, families, areas, structures, publics, employers, steps] =
    await Promise.all([
      reportsNewestFirst(),
      themesInOrder(),
      internshipsInOrder(),
      toolsByName(),
      toolsByCategory(),
      mapStructuresByArea(),
      structuresByName(),
      sitePublics(),
      employerWayIn(),
      diagnosticSteps(),
    ]);
  const [departementLists, areaLists, themeSites, publicSites, readerInternships] = await Promise.all([
    departementTypeLists(),
    areaTypeLists(),
    Promise.all(themes.map(async (theme) => (await contentOfTheme(theme.id)).sites.length)),
    Promise.all(publics.map(async (id) => (await siteRowsForPublic(id)).length)),
    Promise.all(internshipReaderIds.map(async (reader) => (await internshipsForReader(reader)).length)),
  ]);
  const professionals = treeForProfessionals(steps);
  const childrenOf: Record<string, { listed?: number; pages: SiteMapLink[]; entries: SiteMapLink[] }> = {
    '/structures/': {
      pages: [
        ...areas.map(({ area, structures: inArea }) =>
          listLink({ href: areaListPath(area.id), label: areaStructuresTitle(area.nom) }, inArea.length),
        ),
        // The lists of one type that results of the self-diagnostic (« Les autres CFA du département ») and the
        // glossary link to.
        ...departementLists.map(({ type, structures: ofType }) =>
          listLink({ href: typeListPath(type), label: typeListTitle(type) }, ofType.length),
        ),
        ...areaLists.map(({ type, area, structures: ofType }) =>
          listLink({ href: typeListPath(type, area.id), label: typeListTitle(type, area.id) }, ofType.length),
        ),
      ],
      entries: structures.map(entryPage.structure),
    },
    '/diagnostic/': {
      pages: [
        ...(employers ? [{ href: '/diagnostic/employeurs/', label: EMPLOYER_WAY_IN_TITLE }] : []),
        {
          href: '/diagnostic/professionnels/',
          label: 'L’autodiagnostic expliqué aux professionnels',
          // Each result's structures in every area, as the professionals' page links them: under it, and saying
          // who they are for, so that a parent does not take one for her answer (review rev22r, finding 6).
          children: professionals.results.map((result) => ({
            href: `/diagnostic/professionnels/${result.id}/`,
            label: `Pour les professionnels : structures proposées pour « ${professionals.references.get(result.id)!.title} »`,
          })),
        },
      ],
      entries: [],
    },
    '/points-etape/': {
      // The section's own page is the list of reports: its link says how many pages the list has.
      listed: reports.length,
      pages: [],
      entries: reports.map(entryPage.report),
    },
    '/sitotheque/': {
      pages: [
        ...themes.map((theme, index) =>
          listLink({ href: `/sitotheque/${theme.id}/`, label: themeSitesTitle(theme.data.titre) }, themeSites[index]!),
        ),
        ...publics.map((id, index) =>
          listLink({ href: `/sitotheque/public/${id}/`, label: publicSitesTitle(PUBLICS[id]) }, publicSites[index]!),
        ),
      ],
      entries: [],
    },
    '/stages/': {
      pages: [
        ...internshipReaderIds.map((reader, index) =>
          listLink({ href: `/stages/pour/${reader}/`, label: INTERNSHIP_READERS[reader] }, readerInternships[index]!),
        ),
        listLink({ href: '/stages/imprimer/', label: printableDirectoryTitle }, internships.length),
      ],
      entries: internships.map(entryPage.internship),
    },
    '/outils/': {
      pages: families
        .filter((family) => family.tools.length > 0)
        .map(({ id, label, tools: inFamily }) =>
          listLink({ href: `/outils/famille/${id}/`, label: toolFamilyTitle(label) }, inFamily.length),
        ),
      entries: tools.map(entryPage.tool),
    },
  };
  return [
    { link: { href: '/', label: 'Accueil' }, shown: [] },
    ...menu.map((link) => {
      const { listed, pages = [], entries = [] } = childrenOf[link.href] ?? {};
      return {
        link: listed === undefined ? link : listLink(link, listed),
        shown: [...pages, ...(fixedPagesOf[link.href] ?? []), ...entries.slice(0, LIST_PAGE_SIZE)],
        more: entries.length > LIST_PAGE_SIZE ? allEntriesOf[link.href]?.(entries.length) : undefined,
      };
    }),
    {
      link: { href: '/thematiques/', label: sectionNames.themes },
      shown: themes.map((theme) => ({ href: `/thematiques/${theme.id}/`, label: theme.data.titre })),
    },
    ...footer.map((link) => ({ link, shown: fixedPagesOf[link.href] ?? [] })),
    { link: { href: '/recherche/', label: 'Rechercher dans le site' }, shown: [] },
    { link: { href: '/rss.xml', label: 'Flux RSS des points d’étape' }, shown: [] },
  ];
}

const offerings = once(async () => offeringsIndex(await internshipsInOrder(), await toolsByName()));

/** What a tool's sheet shows besides the tool: the structures that hold it and the report that names it. */
export async function toolSheets(tools: readonly ToolEntry[]) {
  return Promise.all(
    tools.map(async (tool) => ({
      tool,
      holders: await structuresOf(tool.data.structure),
      report: await reportOf(tool.data.point_etape),
    })),
  );
}

/** Internships a structure arranges and tools it holds (reverse references), each in reading order. */
export async function offeringsOfStructure(structureId: string) {
  return (await offerings())(structureId);
}

const reportsById = once(async () => new Map((await siteContent()).reports.map((report) => [report.id, report])));

/** The report a reference names, or undefined (a tool whose provenance is not the group). */
export async function reportOf(ref: { id: string } | undefined): Promise<ReportEntry | undefined> {
  return ref ? (await reportsById()).get(ref.id) : undefined;
}

/** Each structure by id, with its rank in the order by name. */
const structureRanks = once(
  async () => new Map((await structuresByName()).map((structure, rank) => [structure.id, { structure, rank }])),
);

/** Structures of a list of references, sorted by name (unknown references left out, each structure once). */
export async function structuresOf(refs: readonly { id: string }[]): Promise<StructureEntry[]> {
  const ranks = await structureRanks();
  return [...new Set(refs.map((ref) => ref.id))]
    .flatMap((id) => ranks.get(id) ?? [])
    .sort((a, b) => a.rank - b.rank)
    .map(({ structure }) => structure);
}

/** The self-diagnostic's steps, checked sound at build time. */
export async function diagnosticSteps(): Promise<DiagnosticEntry[]> {
  return (await siteContent()).diagnostic;
}

/**
 * The employers' way into the self-diagnostic (/diagnostic/employeurs/, linked from the home page): the area question
 * leading to the employers' step, or undefined when the territory's tree has no employers' answer.
 */
export const employerWayIn = once(async () => employerAreaQuestion(await diagnosticSteps()));

/** Forms of internship by id, for the results of the self-diagnostic. */
export const internshipsById = once(async (): Promise<Map<string, InternshipEntry>> => {
  return new Map((await siteContent()).internships.map((internship) => [internship.id, internship]));
});

/** Sitothèque entries by id, for the results of the self-diagnostic. */
export const sitesById = once(async (): Promise<Map<string, SiteEntry>> => {
  return new Map((await siteContent()).sites.map((site) => [site.id, site]));
});

/**
 * The national site of each type's network (site.networkSites, checked against the sitothèque at build time), by
 * type: what the pages and the map's data file link while a structure's contacts are unconfirmed.
 */
export const networkSiteLinks = once(async (): Promise<Record<string, NetworkSiteLink>> => {
  const sites = await sitesById();
  return Object.fromEntries(
    Object.entries(site.networkSites as Readonly<Record<string, NetworkSite>>).map(([type, chosen]) => {
      const entry = sites.get(chosen.site);
      if (!entry) throw new Error(`unreachable: ${chosen.site} is checked against the sitothèque`);
      return [type, { href: entry.data.url, texte: chosen.texte, domaine: displayDomain(entry.data.url) }];
    }),
  );
});

/**
 * Where to look for a structure's up-to-date contacts while the site gives no confirmed way to reach it: the
 * national site of its type's network, or undefined when its contacts are confirmed or its type has none.
 */
export async function networkSiteFor(structure: Pick<StructureEntry, 'data'>): Promise<NetworkSiteLink | undefined> {
  return networkSiteOfStructure(structure.data, await networkSiteLinks());
}

/**
 * What reachOf needs, once per build: the advice by type, the types with a national site, the sites, the structures,
 * and how many of them a list of ways names at most (as many as a result's level).
 */
const reachContext = once(async (): Promise<ReachContext> => {
  const [sites, structures] = await Promise.all([sitesById(), structuresByName()]);
  const linked = Object.values(site.reachByType as Readonly<Record<string, ReachAdvice>>).flatMap((advice) =>
    advice.site === undefined ? [] : [advice.site],
  );
  return {
    advice: site.reachByType,
    networkTypes: new Set(Object.keys(site.networkSites)),
    sites: new Map(
      linked.flatMap((id) => {
        const entry = sites.get(id);
        return entry
          ? [[id, { titre: entry.data.titre, href: entry.data.url, domaine: displayDomain(entry.data.url) }]]
          : [];
      }),
    ),
    structures: structures.map(({ id, data }) => ({
      id,
      nom: data.nom,
      type: data.type,
      bassin: data.bassin,
      reachable: canBeReached(data),
    })),
    shown: DIAGNOSTIC_STRUCTURES_SHOWN,
  };
});

/**
 * What a person can do to reach a structure while the site gives none of its contacts, besides its network's
 * national site (networkSiteFor): the advice of its type (site.reachByType), the general advice, or undefined.
 * `reader`, on a result's page, is who reads it (resultReader): it is sent only to structures of its area
 * (`readerArea`, the structure's own when not given) that receive them, and spared advice meant for other publics.
 */
export async function reachFor(
  structure: Pick<StructureEntry, 'id' | 'data'>,
  reader?: ResultReader,
  readerArea?: string,
): Promise<Reach | undefined> {
  const { id, data } = structure;
  return reachOf(
    { id, nom: data.nom, type: data.type, bassin: data.bassin, reachable: canBeReached(data) },
    await reachContext(),
    reader && {
      mayRelay: (other) => reader.receiving.has(other.id),
      area: readerArea ?? data.bassin,
      publics: reader.publics,
    },
  );
}

/**
 * What the self-diagnostic's pages show: its steps (with its first step and the titles that tell same-text steps
 * apart), the steps its pages without JavaScript link (`linkedSteps`, with the questions left from each), and the
 * structures, sites and internships its results name.
 */
export const diagnosticContent = once(async () => {
  const [steps, structures, sites, internships] = await Promise.all([
    diagnosticSteps(),
    structuresByName(),
    sitesById(),
    internshipsById(),
  ]);
  // Computed once for the build, not once per step page.
  const linkedSteps = stepsWithoutJavaScript(steps);
  return {
    steps,
    structures,
    sites,
    internships,
    startId: startStep(steps).id,
    titles: distinctStepTitles(steps),
    linkedSteps,
    questionsLeft: questionsLeft(linkedSteps),
  };
});

/** Structures a result shows at most in each level (site.diagnosticStructuresShown). */
export const DIAGNOSTIC_STRUCTURES_SHOWN = wholeNumberSetting(
  'diagnosticStructuresShown',
  site.diagnosticStructuresShown,
  1,
);

/** The persons each result is reached by (personsByResult), walked once for the build. */
const personsReachingResults = once(async () => personsByResult((await diagnosticContent()).steps));

/**
 * The structures a result shows in each employment area (a map by area id), level by level: at most
 * DIAGNOSTIC_STRUCTURES_SHOWN, and the types shown in part, whose lists hold them all. Once per result: its page in
 * each area and the page for professionals share it.
 */
const resultStructuresByArea = oncePer(async (resultId: string) => {
  const [{ steps, structures }, typeList] = await Promise.all([diagnosticContent(), typeListStructures()]);
  const step = steps.find((entry) => entry.id === resultId);
  if (step?.data.type !== 'resultat') throw new Error(`unreachable: ${resultId} is not a result`);
  const persons = (await personsReachingResults()).get(resultId) ?? [];
  // A link to a type's list counts what the list holds, structures this result does not offer included.
  const listSize = (type: string, area: string | undefined) => typeList(type, area).length;
  const byArea = new Map<string, Record<'informer' | 'accompagner', ShownLevel<StructureEntry>>>();
  const areas = territory.employmentAreas.map(({ id }) => id);
  for (const [area, whole] of structuresForResultByArea(step.data, structures, areas, persons)) {
    byArea.set(area, {
      informer: shownStructures(whole.informer, DIAGNOSTIC_STRUCTURES_SHOWN, area, listSize),
      accompagner: shownStructures(whole.accompagner, DIAGNOSTIC_STRUCTURES_SHOWN, area, listSize),
    });
  }
  return byArea;
});

/** Who reads a result, as its cards' advice on reaching a structure needs it (reachFor). */
export interface ResultReader {
  /** The ids of the structures that receive each person whose answers lead to the result, in every area. */
  receiving: ReadonlySet<string>;
  /** Their publics (readersPublics): advice meant for other publics is left out only when all are known. */
  publics: ReadonlySet<string> | undefined;
}

/** Who reads a result (ResultReader), from the persons whose answers lead to it. */
export const resultReader = oncePer(async (resultId: string): Promise<ResultReader> => {
  const { structures } = await diagnosticContent();
  const persons = (await personsReachingResults()).get(resultId) ?? [];
  return {
    receiving: new Set(receivingStructures(structures, persons).map(({ id }) => id)),
    publics: readersPublics(persons),
  };
});

/**
 * For each structure that receives the persons reaching a result only through publics no source confirms yet
 * (`publics_a_confirmer`), those publics: its card on that result says that receiving them is to confirm.
 */
export const publicsToConfirmOnResult = oncePer(
  async (resultId: string): Promise<ReadonlyMap<string, readonly PublicId[]>> => {
    const { structures } = await diagnosticContent();
    const persons = (await personsReachingResults()).get(resultId) ?? [];
    return publicsToConfirmEach(structures, persons);
  },
);

/** The structures a result shows in one employment area, level by level (see resultStructuresByArea). */
export async function resultStructures(resultId: string, area: string) {
  const shown = (await resultStructuresByArea(resultId)).get(area);
  if (!shown) throw new Error(`unreachable: ${area} is not an employment area`);
  return shown;
}

/**
 * What the list of one type's structures holds, in one employment area or, `area` undefined, in the whole
 * département: every structure of the type there, sorted by name. Results' links count them (resultStructuresByArea).
 */
const typeListStructures = once(async () => {
  // Every structure falls in two lists, its type's in the département and in its area: grouped once.
  const [structures, ofType] = await Promise.all([structuresByName(), structuresGroupedByType()]);
  const ofTypeInArea = Map.groupBy(structures, (structure) => `${structure.data.type} ${structure.data.bassin}`);
  return (type: string, area: string | undefined): StructureEntry[] =>
    (area === undefined ? ofType.get(type) : ofTypeInArea.get(`${type} ${area}`)) ?? [];
});

/**
 * The lists of structures of one type that results link to, because they show that type in part: a type the
 * person's area has is listed in that area, one it lacks in the whole département. The glossary links the
 * département's list of a sigle's type when it names only some of its structures. Each list holds its structures,
 * sorted by name (typeListStructures).
 */
const structureTypeLists = once(async () => {
  const [{ steps }, typeList] = await Promise.all([diagnosticContent(), typeListStructures()]);
  // Results reached once the area is known: those that have a page per area.
  const { after } = stepsByAreaKnowledge(steps);
  const results = steps.filter((step) => step.data.type === 'resultat' && after.has(step.id));
  const departement = new Map<string, { type: string; structures: StructureEntry[] }>();
  const inAreas = new Map<string, { type: string; area: EmploymentArea; structures: StructureEntry[] }>();
  for (const area of territory.employmentAreas) {
    for (const step of results) {
      const { informer, accompagner } = await resultStructures(step.id, area.id);
      for (const more of [...informer.more, ...accompagner.more]) {
        const { type } = more;
        const key = `${type} ${area.id}`;
        if (more.area === undefined) departement.set(type, { type, structures: typeList(type, undefined) });
        else inAreas.set(key, { type, area, structures: typeList(type, area.id) });
      }
    }
  }
  // The glossary names a sigle's first structures, then links its type's list (glossaryWithStructures decides).
  for (const { list } of await glossaryWithStructures()) {
    if (list && !departement.has(list.type))
      departement.set(list.type, { type: list.type, structures: typeList(list.type, undefined) });
  }
  return { departement: [...departement.values()], inAreas: [...inAreas.values()] };
});

/**
 * The lists of one type's structures in the whole département that results and the glossary link to (see
 * structureTypeLists).
 */
export async function departementTypeLists() {
  return (await structureTypeLists()).departement;
}

/** The lists of one type's structures in one employment area that results link to (see structureTypeLists). */
export async function areaTypeLists() {
  return (await structureTypeLists()).inAreas;
}

/** Types and publics that at least one structure has, in the order of the schema, for filters and legends. */
export const structureFacets = once(async () => {
  const { structures } = await siteContent();
  const types = new Set(structures.map((structure) => structure.data.type));
  const publics = new Set(structures.flatMap((structure) => structure.data.publics));
  return {
    types: structureTypeIds.filter((type) => types.has(type)),
    publics: publicIds.filter((code) => publics.has(code)),
  };
});
