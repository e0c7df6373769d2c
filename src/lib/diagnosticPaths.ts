/**
 * Addresses of the self-diagnostic's pages without JavaScript. The first question is /diagnostic/ itself;
 * once the employment area is answered, it travels in the address: /diagnostic/<bassin>/<step>/.
 */
import type { DiagnosticOption, DiagnosticQuestion } from '../schemas/diagnostic.ts';

/** Site path of a step's page (without the base). */
export function stepPath(stepId: string, startId: string, area?: string): string {
  if (stepId === startId) return '/diagnostic/';
  return area ? `/diagnostic/${area}/${stepId}/` : `/diagnostic/etape/${stepId}/`;
}

/** Title of a step's page: its distinct title, then the employment area once known (« Trouver un emploi — Blois »). */
export function stepPageTitle(stepTitle: string, areaName?: string): string {
  return areaName ? `${stepTitle} — ${areaName}` : stepTitle;
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
