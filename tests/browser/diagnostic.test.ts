import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, offlineContext } from '../../scripts/lib/browser.ts';
import { collectErrors } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const subPathSiteUrl = inject('subPathSiteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** A page on the diagnostic, in a fresh offline context; every request is recorded. */
async function openDiagnostic(options: { javaScriptEnabled?: boolean; base?: string; search?: string } = {}) {
  const { context, outside } = await offlineContext(browser, { javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors = collectErrors(page);
  await page.goto(new URL(`diagnostic/${options.search ?? ''}`, options.base ?? siteUrl).href);
  return { page, context, outside, requests, errors };
}

/** Answers the current question with the mouse. */
async function answer(page: Page, label: string) {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
}

const currentQuestion = (page: Page) => page.getByRole('group').locator('legend').textContent();
const counsellingSection = (page: Page) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: 'Des structures pour vous accompagner' }) });

const romorantinJobSeeker = [
  'Romorantin-Lanthenay ou ses environs',
  'Être accompagné dans mes démarches, dans la durée',
  'De 16 à 25 ans',
  'J’ai quitté l’école ou mes études',
  'Je cherche un emploi',
];

describe('l’autodiagnostic avec JavaScript', () => {
  it.each([
    [
      '17 ans, sorti de l’école, à Romorantin, cherche un emploi',
      romorantinJobSeeker,
      'Trouver un emploi',
      'Mission Locale du Romorantinais',
      'Mission Locale du Blaisois',
    ],
    [
      'collégien de 15 ans à Vendôme qui finit la 3e',
      [
        'Vendôme ou ses environs',
        'Chercher par moi-même, sur internet',
        'Moins de 16 ans',
        'Je suis au collège',
        'Je finis la 3e ou le lycée et je ne sais pas quoi faire après',
        'En 3e',
      ],
      'Choisir son orientation après la 3e',
      'Centre d’information et d’orientation de Vendôme (CIO de Vendôme)',
      'Centre d’information et d’orientation de Blois (CIO de Blois)',
    ],
    [
      'adulte de Blois victime de discrimination',
      [
        'Blois ou ses environs',
        'Être renseigné par quelqu’un, près de chez moi',
        '26 ans ou plus',
        'Je cherche un emploi',
        'Je subis une discrimination',
      ],
      'Faire face à une discrimination',
      'France Travail Blois',
      'France Travail Vendôme',
    ],
  ])(
    '%s : arrive au bon résultat, avec les structures de son bassin seulement',
    async (_persona, answers, title, expected, otherArea) => {
      const { page, context, outside, errors } = await openDiagnostic();
      for (const label of answers) await answer(page, label);
      await expect
        .poll(() => page.getByRole('heading', { level: 2, name: `Votre résultat : ${title}` }).count())
        .toBe(1);
      const counsel = counsellingSection(page);
      expect(await counsel.getByRole('heading', { name: expected }).count()).toBe(1);
      expect(await page.getByRole('heading', { name: otherArea }).count()).toBe(0);
      expect(await counsel.getByText('Coordonnées à confirmer').count()).toBeGreaterThan(0);
      expect(outside.urls).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('renvoie une discrimination vers le Défenseur des droits sans inventer d’adresse', async () => {
    const { page, context } = await openDiagnostic({
      search: '?parcours=vendome.en-ligne.16-25.sorti-ecole.discrimination-jeune',
    });
    expect(await page.getByRole('link', { name: 'Défenseur des droits' }).getAttribute('href')).toMatch(/^https:\/\//);
    expect(await page.getByRole('heading', { name: /Défenseur/, level: 4 }).count()).toBe(0);
    await context.close();
  });

  it('signale les formes de stage utiles, liées à leur fiche', async () => {
    const { page, context } = await openDiagnostic({
      search: '?parcours=blois.en-ligne.moins-16.college.stage-eleve',
    });
    const link = page.getByRole('link', { name: 'Stage d’observation de 3e' });
    expect(await link.getAttribute('href')).toBe('/stages/observation-3e/');
    await context.close();
  });

  it('pose une question à la fois, déplace le focus sur la nouvelle question et montre la progression', async () => {
    const { page, context } = await openDiagnostic();
    expect(await page.getByRole('radio').count()).toBe(3);
    expect(await page.getByText('Question 1 sur 6 au plus').count()).toBe(1);
    await answer(page, 'Blois ou ses environs');
    expect(await currentQuestion(page)).toBe('Comment préférez-vous être aidé ou aidée ?');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Comment préférez-vous être aidé ou aidée ?',
    );
    expect(await page.getByText('Question 2 sur 6 au plus').count()).toBe(1);
    await context.close();
  });

  it('garde sa place au rechargement, au bouton Précédent du navigateur et avec « Question précédente »', async () => {
    const { page, context } = await openDiagnostic();
    for (const label of romorantinJobSeeker.slice(0, 3)) await answer(page, label);
    expect(await currentQuestion(page)).toBe('Quelle est votre situation aujourd’hui ?');
    await page.reload();
    expect(await currentQuestion(page)).toBe('Quelle est votre situation aujourd’hui ?');
    await page.goBack();
    await expect.poll(() => currentQuestion(page)).toBe('Quel âge avez-vous ?');
    await page.goForward();
    await expect.poll(() => currentQuestion(page)).toBe('Quelle est votre situation aujourd’hui ?');
    await page.getByRole('button', { name: 'Question précédente' }).click();
    expect(await currentQuestion(page)).toBe('Quel âge avez-vous ?');
    expect(await page.getByRole('radio', { name: 'De 16 à 25 ans' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Recommencer' }).click();
    expect(await currentQuestion(page)).toBe('Près de quelle ville habitez-vous ?');
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });

  it('ouvre directement un résultat partagé par son adresse', async () => {
    const first = await openDiagnostic();
    for (const label of romorantinJobSeeker) await answer(first.page, label);
    const shared = first.page.url();
    await first.context.close();
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto(shared);
    expect(await page.getByRole('heading', { level: 2, name: 'Votre résultat : Trouver un emploi' }).count()).toBe(1);
    expect(
      await counsellingSection(page).getByRole('heading', { name: 'Mission Locale du Romorantinais' }).count(),
    ).toBe(1);
    await context.close();
  });

  it('se fait entièrement au clavier', async () => {
    const { page, context } = await openDiagnostic();
    const focusedIsRadio = () =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    for (const label of romorantinJobSeeker) {
      const labels = await page
        .getByRole('radio')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ''));
      // Tab into the group (from the top of the page for the first question, from the focused question after).
      for (let presses = 0; presses < 40 && !(await focusedIsRadio()); presses += 1) await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      for (let index = 0; index < labels.indexOf(label); index += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Continuer');
      await page.keyboard.press('Enter');
    }
    expect(await page.getByRole('heading', { level: 2, name: 'Votre résultat : Trouver un emploi' }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Votre résultat : Trouver un emploi');
    expect(new URL(page.url()).search).toBe('?parcours=romorantin.accompagnement.16-25.sorti-ecole.emploi-jeune');
    await context.close();
  });

  it('ne fait aucune requête hors des fichiers du site pendant un parcours', async () => {
    const { page, context, requests, outside } = await openDiagnostic();
    const afterLoad = requests.length;
    for (const label of romorantinJobSeeker) await answer(page, label);
    expect(outside.urls).toEqual([]);
    expect(requests.every((url) => new URL(url).origin === new URL(siteUrl).origin)).toBe(true);
    // After loading, only the favicon comes again (Chromium re-reads it on each history entry): no answer goes out.
    expect(requests.slice(afterLoad).filter((url) => new URL(url).pathname !== '/favicon.svg')).toEqual([]);
    await context.close();
  });

  it('imprime le résultat avec les réponses données, sans les menus ni les boutons', async () => {
    const { page, context } = await openDiagnostic({
      search: '?parcours=romorantin.accompagnement.16-25.sorti-ecole.emploi-jeune',
    });
    await page.emulateMedia({ media: 'print' });
    const recap = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Vos réponses' }) });
    expect(await recap.isVisible()).toBe(true);
    expect(await recap.getByText('J’ai quitté l’école ou mes études').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Imprimer mes résultats' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).isVisible()).toBe(false);
    await context.close();
  });

  it('n’a aucune violation axe-core sur une question et sur un résultat', async () => {
    const { page, context } = await openDiagnostic();
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
    for (const label of romorantinJobSeeker) await answer(page, label);
    expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
    await context.close();
  });

  it('fonctionne sous un sous-chemin', async () => {
    const { page, context, errors } = await openDiagnostic({ base: subPathSiteUrl });
    for (const label of romorantinJobSeeker) await answer(page, label);
    expect(new URL(page.url()).pathname).toBe('/aioa41/diagnostic/');
    expect(
      await counsellingSection(page).getByRole('heading', { name: 'Mission Locale du Romorantinais' }).count(),
    ).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('l’autodiagnostic sans JavaScript', () => {
  it('mène par des liens au même résultat que le parcours avec JavaScript', async () => {
    const { page, context } = await openDiagnostic({ javaScriptEnabled: false });
    for (const label of romorantinJobSeeker) {
      await page.getByRole('link', { name: label, exact: true }).click();
      await page.waitForLoadState();
    }
    expect(new URL(page.url()).pathname).toBe('/diagnostic/romorantin/emploi-jeune/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Votre résultat : Trouver un emploi');
    expect(
      await counsellingSection(page).getByRole('heading', { name: 'Mission Locale du Romorantinais' }).count(),
    ).toBe(1);
    expect(await page.getByRole('heading', { name: 'Mission Locale du Blaisois' }).count()).toBe(0);
    await context.close();
  });
});

describe('la page pour les professionnels', () => {
  it('explique chaque question et chaque résultat, avec les structures de chaque bassin', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto(new URL('diagnostic/professionnels/', siteUrl).href);
    expect(await page.getByRole('heading', { level: 3, name: 'Quel âge avez-vous ?' }).count()).toBe(1);
    const result = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Trouver un emploi' }) });
    expect(
      await result
        .first()
        .getByRole('row', { name: /Romorantin-Lanthenay/ })
        .textContent(),
    ).toMatch(/Mission Locale du Romorantinais/);
    await context.close();
  });
});

describe('RGAA 7.5 : les messages de statut de l’autodiagnostic', () => {
  it('annonce la progression par une zone de statut déjà présente avant chaque changement', async () => {
    const { page, context } = await openDiagnostic();
    const progress = page.getByRole('status').filter({ hasText: /^Question \d/ });
    // A live region is announced only if it exists before its text changes.
    expect(await progress.textContent()).toBe('Question 1 sur 6 au plus');
    await answer(page, 'Blois ou ses environs');
    expect(await progress.textContent()).toBe('Question 2 sur 6 au plus');
    expect(await page.locator('diagnostic-island').ariaSnapshot()).toContain('status: Question 2 sur 6 au plus');
    await context.close();
  });
});
