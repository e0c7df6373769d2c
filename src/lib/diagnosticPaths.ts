/**
 * Addresses of the self-diagnostic's pages without JavaScript. The first question is /diagnostic/ itself;
 * once the employment area is answered, it travels in the address: /diagnostic/<bassin>/<step>/.
 */
import type { DiagnosticOption, DiagnosticQuestion } from '../schemas/diagnostic.ts';

/** Site path of a step's page (without the base). */
export function stepPath(stepId: string, startId: string, area?: string): string {
  if (stepId === startId) return '/diagnostic/';
  return area ? areaStepPath(stepId, area) : `/diagnostic/etape/${stepId}/`;
}

function areaStepPath(stepId: string, area: string): string {
  return `/diagnostic/${area}/${stepId}/`;
}

/** Title of a step's page: its distinct title, then the employment area once known (« Trouver un emploi — Blois »). */
export function stepPageTitle(stepTitle: string, areaName?: string): string {
  return areaName ? `${stepTitle} — ${areaName}` : stepTitle;
}

/** A page of a step for one employment area: the area's name and the page's address. */
export interface AreaPage {
  name: string;
  href: string;
}

/**
 * From the address of a step's page for one employment area (base included), the area's name and the same step's
 * pages for the other areas: search lists a result on the first area's page only, says its area and links the
 * others. Nothing for another page.
 */
export function areaPagesOf(
  url: string,
  areas: readonly { id: string; nom: string }[],
): { area: string; others: AreaPage[] } | undefined {
  const match = /\/diagnostic\/([^/]+)\/([^/]+)\/$/.exec(url);
  const own = areas.find((area) => area.id === match?.[1]);
  if (!match || !own) return undefined;
  const base = url.slice(0, match.index);
  const others = areas
    .filter((area) => area !== own)
    .map((area) => ({ name: area.nom, href: `${base}${areaStepPath(match[2]!, area.id)}` }));
  return { area: own.nom, others };
}

/**
 * Site path an answer links to, carrying the area along, or setting it when the question asks for it;
 * an answer that opens a page of the site links to that page.
 */
export function optionPath(
  question: Pick<DiagnosticQuestion, 'profil'>,
  option: DiagnosticOption,
  startId: string,
  area?: string,
): string {
  if (option.suite === undefined) {
    if (option.page === undefined) throw new Error(`« ${option.libelle} » : ni suite ni page (le schéma l’interdit)`);
    return option.page;
  }
  const nextArea = question.profil === 'bassin' ? option.valeur : area;
  return stepPath(option.suite, startId, nextArea);
}

/** Site path of the page for professionals that lists, area by area, the structures a result proposes. */
export function professionalResultPath(resultId: string): string {
  return `/diagnostic/professionnels/${resultId}/`;
}
