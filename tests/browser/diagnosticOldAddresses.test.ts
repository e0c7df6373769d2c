import { describe, expect, it } from 'vitest';
import { openPage, useOfflineBrowser } from '../support/browser.ts';
import { diagnosticSteps } from '../support/loadContent.ts';
import { territory } from '../../src/site.config.ts';

/**
 * A bookmark of a step the pages without JavaScript no longer have (the preference question, removed in session 5)
 * finds a short page that says what changed and leads on, instead of « page introuvable ».
 */

const session = useOfflineBrowser({ javaScriptEnabled: false });
const { steps, retired } = diagnosticSteps();
/** The first question's answers that set the employment area, by area: « Blois ou ses environs »… */
const areaAnswers = new Map(
  steps
    .flatMap(({ data }) => (data.type === 'question' && data.profil === 'bassin' ? data.options : []))
    .map((option) => [option.valeur, option.libelle]),
);
const cases = territory.employmentAreas.flatMap((area) =>
  retired.map(({ step }) => [`/diagnostic/${area.id}/${step.id}/`, areaAnswers.get(area.id)!] as const),
);

describe('les anciennes adresses de l’autodiagnostic sans JavaScript', () => {
  it('existent pour chaque bassin (sinon ce test ne vérifierait rien)', () => {
    expect(cases.length).toBe(territory.employmentAreas.length * retired.length);
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s dit ce qui a changé et mène où mène maintenant la réponse « %s »', async (path, answer) => {
    const page = await openPage(session.context, path);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cette question n’est plus posée');
    expect(await page.locator('main').innerText()).toMatch(
      /Sans JavaScript, l’autodiagnostic ne demande plus « .+ » : chaque résultat commence désormais par des liens qui mènent directement à l’aide que vous préférez\./,
    );
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('[data-pagefind-body]').count(), 'hors de la recherche du site').toBe(0);
    const onward = page.getByRole('link', { name: /^Continuer l’autodiagnostic : / });
    const target = await onward.getAttribute('href');
    // Where the same person goes today: their area's answer to the first question.
    const start = await openPage(session.context, '/diagnostic/');
    expect(await start.getByRole('link', { name: answer, exact: true }).getAttribute('href')).toBe(target);
    await onward.click();
    expect(new URL(page.url()).pathname).toBe(target);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Cette question n’est plus posée');
    await start.close();
    await page.close();
  });
});
