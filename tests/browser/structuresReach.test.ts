/**
 * A person can reach every structure the site sends them to, even while its contacts are unconfirmed: its page and
 * its cards in the self-diagnostic's results say what to do, with only what the content says (site.reachByType,
 * site.networkSites), and the general advice (the network's structures of its area) for the other types.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openPage, useOfflineBrowser } from '../support/browser.ts';
import { decodeEntities } from '../support/htmlText.ts';
import { ofPlace } from '../../src/lib/french.ts';
import { personsByResult } from '../../src/lib/diagnosticRoutes.ts';
import { contentFiles, diagnosticSteps } from '../support/loadContent.ts';
import { territory } from '../../src/site.config.ts';

// The pages and the no-JavaScript result pages say it without a script.
const session = useOfflineBrowser({ javaScriptEnabled: false });

interface StructureFile {
  nom: string;
  type: string;
  bassin: string;
  verifie?: boolean;
}
const structures = contentFiles('structures').map(({ id, data }) => ({ id, ...(data as unknown as StructureFile) }));
const unconfirmed = structures.filter((structure) => !structure.verifie);

/** The notice « Coordonnées à confirmer » of a structure's page. */
const unconfirmedNotice = (page: Page) => page.locator('main .notice').filter({ hasText: 'Coordonnées à confirmer.' });

/** Whether a structure's page leads outside the unconfirmed pages: its contacts are checked, or it links a site. */
async function leadsOutside(path: string): Promise<boolean> {
  const page = await openPage(session.context, path);
  const notice = unconfirmedNotice(page);
  const outside =
    (await notice.count()) === 0 ||
    (await notice
      .getByRole('link')
      .evaluateAll((links) => links.some((link) => /^https?:/.test(link.getAttribute('href')!))));
  await page.close();
  return outside;
}

/** The links of a place that lead somewhere else than the structure's own page. */
async function waysOut(place: Locator, id: string): Promise<string[]> {
  const hrefs = await place.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  return hrefs.filter((href) => !href.endsWith(`/structures/${id}/`));
}

describe('joindre une structure aux coordonnées à confirmer', () => {
  it('le contenu a des structures aux coordonnées à confirmer de types sans site national (sinon ce test ne prouverait rien)', () => {
    expect(unconfirmed.some((structure) => ['cio', 'mgi', 'cfa', 'chambre-consulaire'].includes(structure.type))).toBe(
      true,
    );
  });

  it.each(unconfirmed.map((structure) => [structure.id, structure.type]))(
    'la page de %s (%s) dit, en haut, comment la joindre, et mène hors des fiches à confirmer, pas en rond',
    async (id) => {
      const page = await openPage(session.context, `/structures/${id}/`);
      const notice = unconfirmedNotice(page);
      expect(await notice.count()).toBe(1);
      const links = await waysOut(notice, id);
      expect(links).not.toEqual([]);
      // A way out: a site outside this one, or a structure whose page gives one (or its checked contacts); a page
      // whose notice only sends the reader on, or back here, is none.
      const leads: string[] = [];
      for (const href of links) {
        if (/^https?:/.test(href)) leads.push(href);
        else if (/\/structures\/[^/]+\/$/.test(href) && (await leadsOutside(href))) leads.push(href);
      }
      expect(leads, `${id} : ${links.join(', ')}`).not.toEqual([]);
      await page.close();
    },
  );

  it('la phrase générale dit que les structures orientent le public, sans le « renvoyer » de l’une à l’autre', async () => {
    const page = await openPage(session.context, '/structures/cio-romorantin/');
    const text = (await unconfirmedNotice(page).textContent())!.replace(/\s+/g, ' ');
    expect(text).not.toMatch(/se renvoient/);
    expect(text).toMatch(/Le réseau oriente le public vers la structure qui peut lui répondre/);
    expect(text).toMatch(/demandez comment la joindre à l’une de ces structures du bassin de Romorantin-Lanthenay :/);
    await page.close();
  });

  it('la MLDS de Romorantin : par l’établissement pour un élève, le CIO ou la Mission Locale pour un jeune sorti de l’école', async () => {
    const page = await openPage(session.context, '/structures/mgi-romorantin/');
    const notice = unconfirmedNotice(page);
    expect(await notice.textContent()).toMatch(/élève.*CPE.*quitté l’école/s);
    for (const [name, id] of [
      ['Centre d’information et d’orientation de Romorantin-Lanthenay', 'cio-romorantin'],
      ['Mission Locale du Romorantinais', 'mission-locale-romorantinais'],
    ] as const) {
      expect(await notice.getByRole('link', { name }).getAttribute('href')).toMatch(new RegExp(`/structures/${id}/$`));
    }
    await page.close();
  });

  it('le CIO de Romorantin ne renvoie pas à la MLDS qui renvoie à lui', async () => {
    const page = await openPage(session.context, '/structures/cio-romorantin/');
    const links = await waysOut(unconfirmedNotice(page), 'cio-romorantin');
    expect(links.some((href) => href.endsWith('/structures/mgi-romorantin/'))).toBe(false);
    expect(links.some((href) => href.endsWith('/structures/mission-locale-romorantinais/'))).toBe(true);
    await page.close();
  });

  it('la CCI : pas d’adresse inventée, les structures joignables de son bassin, et une description sans jargon', async () => {
    const page = await openPage(session.context, '/structures/cci-loir-et-cher/');
    const notice = unconfirmedNotice(page);
    const links = await waysOut(notice, 'cci-loir-et-cher');
    expect(links.some((href) => href.endsWith('/structures/mission-locale-blaisois/'))).toBe(true);
    expect(await notice.textContent()).not.toMatch(/\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{2}/);
    const lead = await page.locator('main .lead').textContent();
    expect(lead).not.toMatch(/^Chambre consulaire/);
    expect(lead).toMatch(/entreprises du commerce, de l’industrie et des services/);
    await page.close();
  });

  it.each([
    ['la MLDS, dans « Reprendre une formation » à Romorantin', '/diagnostic/romorantin/decrochage/', 'mgi-romorantin'],
    ['chaque CFA, dans « Embaucher un apprenti » à Vendôme', '/diagnostic/vendome/employeur-apprentissage/', null],
  ])('les cartes des résultats disent comment joindre %s', async (_, path, only) => {
    const page = await openPage(session.context, path);
    const cards = page.locator('main article.structure-card');
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    let checked = 0;
    for (let index = 0; index < count; index++) {
      const card = cards.nth(index);
      const id = /\/structures\/([^/]+)\/$/.exec(
        (await card.getByRole('heading').getByRole('link').getAttribute('href'))!,
      )![1]!;
      if (only && id !== only) continue;
      if (structures.find((structure) => structure.id === id)?.verifie) continue;
      expect(await waysOut(card, id), id).not.toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    await page.close();
  });

  it('le conseil écrit pour les élèves et leurs parents (« Si vous êtes élève… ») : sur la page du CIO et les résultats d’élèves, pas sur ceux d’adultes', async () => {
    const pupils = /Si vous êtes élève, demandez à votre professeur principal ou au psychologue/;
    const cioCardAdvice = async (path: string) => {
      const page = await openPage(session.context, path);
      const card = page.locator('main article.structure-card').filter({
        has: page.getByRole('heading').getByRole('link', { name: /Centre d’information et d’orientation/ }),
      });
      expect(await card.count(), path).toBe(1);
      const text = (await card.locator('.structure-reach').allTextContents()).join(' ');
      await page.close();
      return text;
    };
    const cioPage = await openPage(session.context, '/structures/cio-blois/');
    expect(await unconfirmedNotice(cioPage).textContent()).toMatch(pupils);
    await cioPage.close();
    expect(await cioCardAdvice('/diagnostic/blois/decrochage-scolaire/')).toMatch(pupils);
    // An adult (« autre situation », 26 or more) still learns how to reach the CIO: the general advice, without the
    // pupils' sentence.
    const adult = await cioCardAdvice('/diagnostic/blois/autre-adulte/');
    expect(adult).not.toMatch(/élève/);
    expect(adult).toMatch(/demandez comment la joindre/);
  });

  it('sur le résultat d’un collégien qui décroche, la carte de la MLDS ne promet pas de lien vers une Mission Locale qui ne le reçoit pas', async () => {
    const page = await openPage(session.context, '/diagnostic/romorantin/decrochage-scolaire/');
    const card = page.locator('main article.structure-card').filter({
      has: page.getByRole('heading').getByRole('link', { name: /décrochage/ }),
    });
    expect(await card.count()).toBe(1);
    const advice = card.locator('.structure-reach').first();
    const text = (await advice.textContent())!.replace(/\s+/g, ' ').trim();
    // The sentence names the Mission Locale as a door for those who have left school, and links only who receives him.
    expect(text).toMatch(
      /de la Mission Locale\. À contacter : Centre d’information et d’orientation de Romorantin-Lanthenay\.$/,
    );
    expect(
      await advice.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).toEqual([expect.stringMatching(/\/structures\/cio-romorantin\/$/)]);
    await page.close();
  });
});

/** The result pages of each employment area, built without JavaScript: the area, the result's id and its HTML. */
function resultPages(): { area: string; result: string; html: string }[] {
  return territory.employmentAreas.flatMap(({ id: area }) => {
    const dir = join('dist', 'diagnostic', area);
    return readdirSync(dir)
      .filter((name) => existsSync(join(dir, name, 'index.html')))
      .map((result) => ({ area, result, html: readFileSync(join(dir, result, 'index.html'), 'utf8') }));
  });
}

/** Each card of a result's page: the structure it presents, the text of its advice on reaching it and the ids it links. */
function resultCards(html: string): { id: string; text: string; linked: string[] }[] {
  return html
    .split('<article class="structure-card"')
    .slice(1)
    .map((card) => {
      const body = card.slice(0, card.indexOf('</article>'));
      const reach = [...body.matchAll(/<p class="structure-reach"[^>]*>([\s\S]*?)<\/p>/g)].map(([, inner]) => inner!);
      return {
        id: /href="[^"]*\/structures\/([^/"]+)\/"/.exec(body)![1]!,
        text: decodeEntities(reach.join(' ').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' '),
        linked: reach.flatMap((inner) =>
          [...inner.matchAll(/href="[^"]*\/structures\/([^/"]+)\/"/g)].map(([, id]) => id!),
        ),
      };
    });
}

describe('à qui demander le chemin, sur les résultats', () => {
  const byId = new Map(structures.map((structure) => [structure.id, structure]));

  it('un résultat d’un bassin ne fait demander le chemin qu’à des structures de ce bassin', () => {
    let named = 0;
    for (const { area, result, html } of resultPages()) {
      for (const { id, text, linked } of resultCards(html)) {
        for (const other of linked) {
          named++;
          expect(byId.get(other)?.bassin, `${area}/${result}, carte ${id} : « ${text} »`).toBe(area);
        }
      }
    }
    expect(named).toBeGreaterThan(50);
  });

  it('un élève, ou le parent d’un élève, apprend par l’établissement comment joindre le CIO ou la MLDS, jamais par le CAD ou une chambre', () => {
    // The results every reader of which is a pupil, as their answers say (a parent answers for a child at school).
    const pupils = [...personsByResult(diagnosticSteps().steps)]
      .filter(([, persons]) => persons.every(({ publics }) => publics?.every((code) => code === 'collegiens-lyceens')))
      .map(([id]) => id);
    expect(pupils).toEqual(expect.arrayContaining(['decrochage-scolaire', 'parent-decrochage', 'parent-orientation']));
    let checked = 0;
    for (const { area, result, html } of resultPages().filter(({ result }) => pupils.includes(result))) {
      for (const { id, text, linked } of resultCards(html)) {
        if (!['cio', 'mgi'].includes(byId.get(id)!.type) || byId.get(id)!.verifie) continue;
        checked++;
        const where = `${area}/${result}, carte ${id} : « ${text} »`;
        const chambers = linked.filter((other) => ['cad-cma', 'chambre-consulaire'].includes(byId.get(other)!.type));
        expect(chambers, where).toEqual([]);
        // The school is the way: the card asks no other structure the way, and speaks to the parent too.
        expect(text, where).not.toMatch(/demandez comment la joindre/);
        expect(text, where).toMatch(
          /Si vous êtes parent, le collège ou le lycée de votre enfant peut vous dire comment/,
        );
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('les mots du réseau', () => {
  it('la légende de la carte écrit « CAD », comme les fiches, pas « CMA »', async () => {
    const page = await openPage(session.context, '/carte/');
    await page.getByText('Légende de la carte', { exact: true }).click();
    const item = page.locator('.map-legend').getByRole('listitem').filter({ hasText: 'Centre d’aide à la décision' });
    expect((await item.textContent())!.trim()).toMatch(/^CAD\s/);
    await page.close();
  });

  it.each(['mission-locale-romorantinais', 'mission-locale-vendomois'])(
    '%s : ne dit pas avoir pris la suite de la PAIO, ce qu’aucun point d’étape ne dit',
    async (id) => {
      // The 2006 report lists the PAIO of Romorantin and Vendôme, the 2009 one the Missions Locales: no more.
      const page = await openPage(session.context, `/structures/${id}/`);
      expect(await page.locator('main').textContent()).not.toMatch(/pris la suite|PAIO/);
      await page.close();
    },
  );

  it('la note des services dit simplement d’où ils viennent', async () => {
    const page = await openPage(session.context, '/structures/cio-blois/');
    const services = page.getByRole('region', { name: 'Services' });
    expect(await services.textContent()).toMatch(/Services habituels d’une structure de ce type, pas encore confirmés/);
    await page.close();
  });

  it('sur les résultats d’un bassin, les conseils des cartes ne nomment que ce bassin : structures à qui demander, listes', () => {
    const areaNamed = new Map(territory.employmentAreas.map((area) => [ofPlace(area.nom), area.id]));
    // Every « bassin de X » of a card's advice: the general sentence and the lists that hold more structures.
    const areaMention = new RegExp(`bassin (${[...areaNamed.keys()].join('|')})`, 'g');
    let sentences = 0;
    for (const area of territory.employmentAreas) {
      const dir = join('dist', 'diagnostic', area.id);
      const results = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'index.html')));
      expect(results.length, area.id).toBeGreaterThan(10);
      for (const result of results) {
        const html = readFileSync(join(dir, result, 'index.html'), 'utf8');
        for (const [, reach] of html.matchAll(/<p class="structure-reach"[^>]*>([\s\S]*?)<\/p>/g)) {
          const text = decodeEntities(reach!.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');
          for (const [, place] of text.matchAll(areaMention)) {
            sentences++;
            expect(areaNamed.get(place!), `${area.id}/${result} : « ${text} »`).toBe(area.id);
          }
        }
      }
    }
    // The chambers and the GIP, based in Blois, are offered in every area: the check reads their sentences.
    expect(sentences).toBeGreaterThan(10);
  });
});
