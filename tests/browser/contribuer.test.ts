import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, useOfflineBrowser } from '../support/browser.ts';
import { site } from '../../src/site.config.ts';

const session = useOfflineBrowser();

const open = (path: string) => openPage(session.context, path);

describe('contribuer', () => {
  it('la page Contribuer mène à la référence des champs', async () => {
    const page = await open('/contribuer/');
    await page.getByRole('link', { name: 'référence des champs' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Référence des champs');
    await page.close();
  });

  it('la page Contribuer mène au signalement, au guide et à l’interface d’édition, et dit ce qu’il faut', async () => {
    const page = await open('/contribuer/');
    const main = page.getByRole('main');
    const issueForm = `${site.repository.url}/issues/new?template=corriger-une-fiche.yml`;
    expect(
      await main
        .getByRole('link', { name: 'signaler une erreur sans rien modifier vous-même', exact: true })
        .getAttribute('href'),
    ).toBe(issueForm);
    // Review rev26, finding 2: a question went to the error form, which asks for a correction and its source.
    expect(await main.getByRole('link', { name: 'Écrire au réseau', exact: true }).getAttribute('href')).toBe(
      `${site.repository.url}/issues/new?template=ecrire-au-reseau.yml`,
    );
    expect(await main.getByRole('link', { name: 'guide pas à pas', exact: true }).getAttribute('href')).toBe(
      `${site.repository.url}/blob/${site.repository.branch}/CONTRIBUTING.md`,
    );
    const admin = main.getByRole('link', { name: 'interface d’édition', exact: true });
    expect(new URL((await admin.getAttribute('href'))!, page.url()).pathname).toBe('/admin/');
    expect(
      await main.getByRole('heading', { name: 'Modifier avec des formulaires : l’interface d’édition' }).count(),
    ).toBe(1);
    const text = (await main.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Il faut un compte GitHub, gratuit');
    expect(text).toContain('relue par l’équipe du site');
    // Where to ask a question, and where the answer comes, in plain sentences (no brackets inside the clause).
    const question = (await main.getByRole('listitem').filter({ hasText: 'Une question, un doute ?' }).textContent())!;
    expect(question.replace(/\s+/g, ' ')).toContain(
      'L’équipe vous répond dans ce message, et GitHub vous envoie sa réponse par courriel.',
    );
    // The subject to choose, as the form words it.
    const subject = /^\s+- (Une question au réseau ou sur le site)/m.exec(
      readFileSync('.github/ISSUE_TEMPLATE/ecrire-au-reseau.yml', 'utf8'),
    )![1]!;
    expect(question.replace(/\s+/g, ' ')).toContain(`choisissez « ${subject} »`);
    expect(question).not.toMatch(/[()]/);
    // Who writes the site: the stage sheets and tools say an editorial team wrote them, not the network's professionals.
    expect(text).toContain('Chacun peut proposer d’en corriger ou d’en compléter une fiche');
    expect(text).not.toMatch(/rédigé par les professionnels/);
    // Git words are explained once, or left out.
    expect(text).not.toMatch(/copie locale|à la racine du dépôt/);
    await page.close();
  });

  it('la référence décrit chaque type de fiche et chaque champ, avec ses valeurs permises', async () => {
    const page = await open('/contribuer/champs/');
    // Each section as the public menu names it, then as the network's files do.
    for (const label of [
      'Travaux du réseau (points d’étape)',
      'Structures',
      'Sites utiles (sitothèque)',
      'Stages',
      'Boîte à outils (outils)',
      'Trouver la bonne aide (autodiagnostic)',
      'Thèmes (thématiques)',
    ]) {
      expect(await page.getByRole('heading', { level: 2, name: label, exact: true }).count()).toBe(1);
    }
    const structures = page.getByRole('table', { name: 'Champs des fiches Structures' });
    const bassin = structures.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'bassin' }) });
    expect(await bassin.getByRole('cell').first().textContent()).toBe('obligatoire');
    expect(
      await bassin.getByRole('list', { name: 'Valeurs possibles' }).getByRole('listitem').allTextContents(),
    ).toEqual(['Blois (blois)', 'Romorantin-Lanthenay (romorantin)', 'Vendôme (vendome)']);
    // Where a report was first published, when not here: what the page then says beside its date.
    const reports = page.getByRole('table', { name: 'Champs des fiches Travaux du réseau (points d’étape)' });
    const where = reports.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'publie_sur' }) });
    expect(await where.getByRole('cell').first().textContent()).toBe('facultatif');
    expect(await where.getByRole('cell').last().textContent()).toBe(
      'Où le point d’étape a d’abord été publié, si ce n’est pas sur ce site, par exemple « le site régional Etoile » : la page dit alors « Publié le (date) sur le site régional Etoile ». Sans ce champ, la date est celle de sa publication sur ce site.',
    );
    await page.close();
  });

  it('la référence montre chaque valeur permise comme le site l’affiche, puis son code', async () => {
    const page = await open('/contribuer/champs/');
    const sites = page.getByRole('table', { name: 'Champs des fiches Sites utiles (sitothèque)' });
    const publics = sites.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'publics' }) });
    const values = await publics
      .getByRole('list', { name: 'Valeurs possibles' })
      .getByRole('listitem')
      .allTextContents();
    expect(values).toContain('Tout public (tout-public)');
    expect(values).toContain('Jeunes de 16 à 25 ans sortis de l’école (jeunes-16-25)');
    const structures = page.getByRole('table', { name: 'Champs des fiches Structures' });
    const type = structures
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'type', exact: true }) });
    expect(await type.getByRole('list', { name: 'Valeurs possibles' }).textContent()).toContain(
      'Mission de lutte contre le décrochage scolaire (ex-MGI) (mgi)',
    );
    await page.close();
  });

  it('la référence donne chaque exemple une fois : pas d’« Exemple » qui répète le « par exemple » de la description', async () => {
    const page = await open('/contribuer/champs/');
    const sites = page.getByRole('table', { name: 'Champs des fiches Sites utiles (sitothèque)' });
    const url = sites.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'url', exact: true }) });
    expect(await url.getByRole('cell').last().textContent()).toBe(
      'L’adresse du site : elle commence par https://, par exemple https://www.service-public.fr/.',
    );
    const cells = await page.getByRole('cell').allTextContents();
    const repeated = cells.filter((text) => {
      const [, example] = /Exemple : (.+)$/.exec(text.trim()) ?? [];
      return example !== undefined && new RegExp(`par exemple «? ?${RegExp.escape(example)}`).test(text);
    });
    expect(repeated).toEqual([]);
    // An example the description does not give stays.
    const structures = page.getByRole('table', { name: 'Champs des fiches Structures' });
    const latitude = structures.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'latitude' }) });
    expect(await latitude.getByRole('cell').last().textContent()).toMatch(/Exemple : 47\.62$/);
    await page.close();
  });

  it.each(['/contribuer/', '/points-etape/2013-trois-thematiques/'])(
    'la page %s dit quand elle a changé et mène à sa source et à son historique',
    async (path) => {
      const page = await open(path);
      const links = page.getByRole('complementary', { name: 'Contribuer à cette page' });
      expect(await links.getByRole('time').count()).toBe(1);
      expect(await links.textContent()).toMatch(/Dernière (modification|mise à jour) : \d{1,2}(?:er)? \p{L}+ \d{4}/u);
      expect(await links.getByRole('link', { name: 'Modifier cette page' }).getAttribute('href')).toMatch(
        new RegExp(`^${site.repository.url}/edit/${site.repository.branch}/content/`),
      );
      expect(await links.getByRole('link', { name: 'Historique' }).getAttribute('href')).toMatch(
        new RegExp(`^${site.repository.url}/commits/${site.repository.branch}/content/`),
      );
      await page.close();
    },
  );
});
