import { describe, expect, it } from 'vitest';
import { openPage, useOfflineBrowser } from '../support/browser.ts';
import { site } from '../../src/site.config.ts';

const session = useOfflineBrowser();

const open = (path: string) => openPage(session.context, path);

/** What a link to a GitHub form says before the click: the reader learns it is public and asks for an account. */
const NOTE = '(formulaire public sur GitHub, compte gratuit nécessaire)';

/** The address of a page of this build, as the site names itself (its canonical address). */
const pageAddress = (path: string) => new URL(path, site.url).href;

describe('« écrire au réseau » mène au formulaire fait pour cela et dit ce qu’il demande', () => {
  it.each([
    ['/mentions-legales/', 'écrire au réseau'],
    ['/carte/integrer/', 'écrivez au réseau'],
    ['/donnees/', 'écrire au réseau'],
    ['/accessibilite/', 'écrivant au réseau'],
  ])('sur %s, le lien « %s » dit qu’il ouvre un formulaire public sur GitHub', async (path, words) => {
    const page = await open(path);
    const link = page.getByRole('main').getByRole('link', { name: `${words} ${NOTE}`, exact: true });
    expect(await link.count()).toBe(1);
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe(`${site.repository.url}/issues/new`);
    expect(href.searchParams.get('template')).toBe('ecrire-au-reseau.yml');
    // The form names the page the reader came from.
    expect(href.searchParams.get('page')).toBe(pageAddress(path));
    await page.close();
  });
});

describe('une fiche de structure, de stage ou d’outil propose de signaler une erreur sans modifier de fichier', () => {
  // Coordinates, durations, legal rules, conditions of access: facts a reader may find wrong on any of these sheets.
  it.each(['/structures/bij-41/', '/structures/cio-blois/', '/stages/pmsmp/', '/outils/inventaire-interets/'])(
    '%s mène au formulaire de correction, pré-rempli avec son adresse et son nom',
    async (path) => {
      const page = await open(path);
      const links = page.getByRole('complementary', { name: 'Contribuer à cette page' });
      const report = links.getByRole('link', { name: `Signaler une erreur sur cette fiche ${NOTE}`, exact: true });
      expect(await report.count()).toBe(1);
      const href = new URL((await report.getAttribute('href'))!);
      expect(href.origin + href.pathname).toBe(`${site.repository.url}/issues/new`);
      expect(href.searchParams.get('template')).toBe('corriger-une-fiche.yml');
      expect(href.searchParams.get('page')).toBe(pageAddress(path));
      const name = await page.getByRole('heading', { level: 1 }).textContent();
      expect(href.searchParams.get('title')).toBe(`Correction : ${name}`);
      // Editing the file stays offered, beside it.
      expect(await links.getByRole('link', { name: 'Modifier cette page' }).count()).toBe(1);
      await page.close();
    },
  );
});
