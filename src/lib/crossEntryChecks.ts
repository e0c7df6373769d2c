import { site, territory } from '../site.config.ts';
import { publicIds } from '../schemas/fields.ts';
import { structureTypeIds } from '../schemas/structure.ts';
import { checkReferences, idsOf, type IdsByCollection } from './checkReferences.ts';
import { formatProblem, renamedConfigFileAdvice, type ContentProblem, type EntryLike } from './contentProblem.ts';
import { checkGlossary, checkGlossaryLinks } from './checkGlossary.ts';
import { checkMembership } from './checkMembership.ts';
import { checkNetworkSites, checkReachAdvice } from './checkNetworkSites.ts';
import { checkPastActions } from './checkPastActions.ts';
import { checkReservedIds } from './checkReservedIds.ts';
import { checkSheetMentions } from './checkSheetMentions.ts';
import { checkStructureAreas } from './checkStructureAreas.ts';
import type { CollectionName } from '../schemas/folders.ts';
import { distinctStepTitles, isQuestion, stepFile, type DiagnosticStep } from './diagnosticTree.ts';
import { employerWayInProblem } from './employerWayIn.ts';
import type { StructureLike } from './resolveResultStructures.ts';
import { validateDiagnosticTree } from './validateDiagnosticTree.ts';

/** All collections' entries, as the build and `npm run check:content` both hold them. */
export type EntriesByCollection = Partial<Record<CollectionName, readonly EntryLike[]>>;

/**
 * The self-diagnostic's tree checks; entries reach here already parsed by their schema. A step, a site or a structure
 * whose file the schema refused still counts (by its name, by its type): its mistake is reported in its own file only.
 */
function checkDiagnosticTree(
  collections: EntriesByCollection,
  existing: IdsByCollection,
  refused: EntriesByCollection,
): ContentProblem[] {
  const steps = (collections.diagnostic ?? []) as readonly DiagnosticStep[];
  const refusedStepIds = new Set((refused.diagnostic ?? []).map((entry) => entry.id));
  // The checks that follow the answers through the whole tree wait until every step reads: a path through a refused
  // step is unknown, and what it would tell apart (titles, the employers' way in) would be reported wrongly.
  const wholeTree = refusedStepIds.size === 0;
  const employerProblem = wholeTree ? employerWayInProblem(steps) : undefined;
  return [
    ...validateDiagnosticTree({
      steps,
      structures: (collections.structures ?? []) as readonly StructureLike[],
      siteIds: existing.sites ?? new Set(),
      areas: territory.employmentAreas,
      refusedStepIds,
      refusedStructures: (refused.structures ?? []).map(({ data }) => {
        const { type, bassin } = data as Record<string, unknown>;
        return {
          type: structureTypeIds.find((id) => id === type),
          bassin: territory.employmentAreas.find((area) => area.id === bassin)?.id,
        };
      }),
    }),
    ...(wholeTree ? sharedStepTitles(steps) : []),
    ...(employerProblem ? [employerProblem] : []),
  ];
}

/**
 * Two steps whose page titles stay the same once told apart by the answers that lead to them (distinctStepTitles):
 * a person could not tell the two pages apart in their history or tabs, nor a screen reader user by the title.
 */
function sharedStepTitles(steps: readonly DiagnosticStep[]): ContentProblem[] {
  const titles = distinctStepTitles(steps);
  const groups = Map.groupBy(steps, (step) => titles.get(step.id) ?? '');
  return [...groups].flatMap(([title, group]) =>
    group.length < 2
      ? []
      : group.map((step) => ({
          file: stepFile(step),
          field: isQuestion(step) ? 'question' : 'titre',
          message: `la page a le même titre « ${title} » que ${group
            .filter((other) => other !== step)
            .map(stepFile)
            .join(
              ', ',
            )}, car aucune réponse donnée sur chaque chemin qui y mène ne les distingue → reformulez l’une des deux ${isQuestion(step) ? 'questions' : 'titres'}.`,
        })),
  );
}

/**
 * The national sites and the advice by type (site.networkSites, site.reachByType) against the sitothèque, when it is
 * loaded, and against the structures' types, when they are.
 */
function checkNetworkSitesOfContent(collections: EntriesByCollection, existing: IdsByCollection): ContentProblem[] {
  const siteIds = existing.sites;
  if (!collections.sites || !siteIds) return [];
  return [
    ...checkNetworkSites(site.networkSites, structureTypeIds, siteIds),
    ...checkReachAdvice(site.reachByType, structureTypeIds, siteIds, publicIds),
  ];
}

/** Past actions in the structures' services (« (point d’étape 2013) »), when structures and reports are loaded. */
function checkPastActionsOfContent(collections: EntriesByCollection): ContentProblem[] {
  if (!collections.structures || !collections.reports) return [];
  return checkPastActions(collections.structures, collections.reports);
}

/** The diagnostic's references to internship sheets and their « à revérifier », when both are loaded. */
function checkSheetMentionsOfContent(collections: EntriesByCollection): ContentProblem[] {
  if (!collections.diagnostic || !collections.internships) return [];
  return checkSheetMentions(collections.diagnostic, collections.internships);
}

/** The structures' `membre` against the newest report that lists the members, when structures and reports are loaded. */
function checkMembershipOfContent(collections: EntriesByCollection): ContentProblem[] {
  if (!collections.structures || !collections.reports) return [];
  return checkMembership(collections.structures, collections.reports);
}

/** The settings of src/site.config.ts that name a report, what the report backs, and what null would mean. */
const REPORT_SETTINGS = [
  {
    setting: 'networkSinceSource',
    backs: 'qui date les débuts du réseau',
    ifNull: 'l’année de la page d’accueil ne sera pas liée',
  },
  {
    setting: 'toolFamiliesSource',
    backs: 'où le groupe a défini les familles de la boîte à outils',
    ifNull: 'la boîte à outils ne dira pas d’où viennent ses familles',
  },
] as const;

/** Each report a setting names (the home page's « depuis <année> », the toolbox's families), when reports are loaded. */
function checkReportSettings(collections: EntriesByCollection, existing: IdsByCollection): ContentProblem[] {
  const reports = existing.reports;
  if (!collections.reports || !reports) return [];
  return REPORT_SETTINGS.flatMap(({ setting, backs, ifNull }) => {
    const source = territory[setting];
    if (source === null || reports.has(source)) return [];
    return [
      {
        file: 'src/site.config.ts',
        field: `territory.${setting}`,
        message: `« ${source} » n’est pas un point d’étape → ${renamedConfigFileAdvice(`content/points-etape/${source}.md`)} ; sinon, écrivez le nom du fichier de content/points-etape/ (sans extension) ${backs}, ou null : ${ifNull}.`,
      },
    ];
  });
}

/**
 * Every rule across entries that zod cannot express. The build (`src/content.ts`) and
 * `npm run check:content` both run this list, so an editor sees the same problems in both:
 * add a new cross-entry check here.
 */
const CHECKS: ((
  collections: EntriesByCollection,
  existing: IdsByCollection,
  refused: EntriesByCollection,
) => ContentProblem[])[] = [
  (collections, existing) => checkReferences(collections, existing),
  (collections) => checkStructureAreas(collections.structures ?? []),
  checkReservedIds,
  checkDiagnosticTree,
  checkSheetMentionsOfContent,
  checkNetworkSitesOfContent,
  checkReportSettings,
  checkPastActionsOfContent,
  checkMembershipOfContent,
  (collections) => checkGlossary(collections.glossary ?? []),
  checkGlossaryLinks,
];

/**
 * Runs every cross-entry check and returns their problems, each once (two checks may see the same missing site).
 * `existing`: the ids of every file, when some are not among the entries (check:content leaves out the files their
 * schema refuses, and reports them in their own file): a reference to such a file is not said to be missing.
 * `refused`: those files, as written, for the checks that read more than their name (a structure's type).
 */
export function crossEntryChecks(
  collections: EntriesByCollection,
  existing: IdsByCollection = idsOf(collections),
  refused: EntriesByCollection = {},
): ContentProblem[] {
  const seen = new Set<string>();
  return CHECKS.flatMap((check) => check(collections, existing, refused)).filter((problem) => {
    const line = formatProblem(problem);
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}
