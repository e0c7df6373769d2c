// The editing interface (/admin/) with its local backend (tests/support/adminBackend.ts). An editor creates a
// structure, corrects a site of the sitothèque and puts a report's document online through the forms.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { signInIfAsked, useAdminBackend } from '../support/adminBackend.ts';
import { openPage, useOfflineBrowser } from '../support/browser.ts';
import { syncContent } from '../support/buildSite.ts';
import { formatPageProblem, watchCspAndConsole, type PageProblem } from '../support/pageAudit.ts';
import { runScript } from '../support/runScript.ts';

const session = useOfflineBrowser();
const backend = useAdminBackend('aioa41-admin-');
let page: Page;
let problemsSince: (path: string) => Promise<PageProblem[]>;

const problems: PageProblem[] = [];
let opened = false;

/** Opens the interface at `hash` in a fresh page, signed in to the local backend; `ready` shows when it is (an editor's button by default). */
async function openAdmin(hash: string, ready?: (page: Page) => Locator) {
  if (opened) {
    problems.push(...(await problemsSince('/admin/')));
    await page.close();
  }
  opened = true;
  page = await session.context.newPage();
  problemsSince = await watchCspAndConsole(page);
  // `?local`: the built page uses decap-server (Decap accepts it on 127.0.0.1 only).
  await openPage(page, `admin/?local${hash}`, { base: backend.server.url });
  await signInIfAsked(page, ready ? ready(page) : page.getByRole('button', { name: /^Publi/ }).first());
}

/** A form field by its label; Decap adds « (optionnel) » to optional ones. */
const field = (label: string) => page.getByLabel(new RegExp(`^${label}( \\(optionnel\\))?$`));

/** Picks an option of a Decap select (react-select): opens the menu, types, takes the match. */
async function choose(label: string, option: string) {
  await field(label).fill(option);
  await page.getByRole('option', { name: option, exact: false }).first().click();
}

/** Publishes the entry open in the editor and waits for Decap to confirm. */
async function publish() {
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publier maintenant' }).click();
}

describe('l’interface d’édition, sur une copie locale du contenu', () => {
  it('crée une structure : le formulaire exige les champs obligatoires et refuse un code postal invalide', async () => {
    await openAdmin('#/collections/structures/new');
    await field('Nom').waitFor();
    await publish();
    await expect.poll(() => page.getByText('Le champ Nom est requis.').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // Decap's banner for a missing field, in plain French (src/lib/cmsLocale.ts) where Decap's said « Oops ».
    await page.getByText(/^Enregistrement impossible : au moins un champ obligatoire est vide\./).waitFor();
    expect(existsSync(join(backend.repository, 'content/structures/point-jeunes-de-test.yaml'))).toBe(false);

    await field('Nom').fill('Point jeunes de test');
    await choose('Type', 'Autre structure');
    await choose('Bassin', 'Vendôme');
    await field('Description').fill('Accueille les jeunes : études, emploi, logement, mobilité.');
    await field('Code postal').fill('4110');
    await field('Commune').fill('Vendôme');
    await field('Latitude').fill('47.793');
    await field('Longitude').fill('1.066');
    await choose('Publics', 'Parents');
    await field('Date de dernière mise à jour').fill('2026-11-29');
    await publish();
    await page.getByText('code postal invalide → écrivez 5 chiffres, par exemple 41000.').waitFor();
    expect(existsSync(join(backend.repository, 'content/structures/point-jeunes-de-test.yaml'))).toBe(false);

    await field('Code postal').fill('');
    await field('Code postal').fill('41100');
    await publish();
    const file = join(backend.repository, 'content/structures/point-jeunes-de-test.yaml');
    // Poll the content, not the file's existence: a file being written can be read empty.
    await expect
      .poll(() => (existsSync(file) ? readFileSync(file, 'utf8') : ''), { timeout: 15_000 })
      .toMatch(/\ndate_maj: \d{4}-\d{2}-\d{2}\n/);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^nom: "Point jeunes de test"\n/);
    expect(text).toContain('code_postal: "41100"\n');
    expect(text).toContain('publics:\n  - parents\n');
    expect(text).toMatch(/\ndate_maj: \d{4}-\d{2}-\d{2}\n/);

    const check = runScript('check-content', [], { CONTENT_DIR: join(backend.repository, 'content') });
    expect(check.stderr.split('\n').filter((line) => line.includes('point-jeunes-de-test'))).toEqual([]);
    expect(check.code, check.stderr).toBe(0);

    // The build's own content layer (Astro's loader and the collection's schema) takes the new file: what
    // `astro build` does first, without rendering 250 pages again.
    const sync = await syncContent(join(backend.repository, 'content'));
    rmSync(dirname(sync.outDir), { recursive: true, force: true });
    expect(sync.code, sync.output).toBe(0);
    expect(sync.output).toContain('Synced content');
    expect(sync.store).toContain('content/structures/point-jeunes-de-test.yaml');
  }, 120_000);

  it('une structure : le formulaire refuse un nom fait d’espaces, une description trop courte pour data·inclusion et une action passée sans son année, pas des horaires en minuscules', async () => {
    await openAdmin('#/collections/structures/new');
    await field('Nom').waitFor();
    await field('Nom').fill('   ');
    await choose('Type', 'Autre structure');
    await choose('Bassin', 'Vendôme');
    await field('Description').fill('Oui');
    await field('Commune').fill('Vendôme');
    await field('Latitude').fill('47.793');
    await field('Longitude').fill('1.066');
    await field('Horaires d’accueil').fill('mo-fr 09:00-12:00');
    await choose('Publics', 'Parents');
    await page.getByRole('button', { name: 'Ajouter Services' }).click();
    await field('Un service, en quelques mots').fill('Médiation d’été, point d’étape 2013');
    await field('Date de dernière mise à jour').fill('2026-11-29');
    await publish();
    await page.getByText('ce champ est vide → écrivez le nom complet de la structure.').waitFor();
    await page
      .getByText(
        /^Champ « Description » : la description doit avoir de 5 à 9\s500 caractères.* → écrivez une ou deux phrases/,
      )
      .waitFor();
    await page
      .getByText(/la ligne cite un point d’étape sans finir par lui et son année entre parenthèses → /)
      .waitFor();
    expect(await page.getByText(/^horaires illisibles/).count()).toBe(0);

    // Decap's text inputs keep their value through one `fill`: emptied first, as a person selects and retypes.
    await field('Nom').fill('');
    await field('Nom').fill('Point jeunes aux espaces');
    await field('Description').fill('');
    await field('Description').fill('Accueille les jeunes : études, emploi, logement, mobilité.');
    await field('Un service, en quelques mots').fill('');
    await field('Un service, en quelques mots').fill('Médiation d’été (point d’étape 2013)');
    await publish();
    const file = join(backend.repository, 'content/structures/point-jeunes-aux-espaces.yaml');
    await expect
      .poll(() => (existsSync(file) ? readFileSync(file, 'utf8') : ''), { timeout: 15_000 })
      .toMatch(/\ndate_maj: \d{4}-\d{2}-\d{2}\n/);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/\nhoraires_accueil: "?mo-fr 09:00-12:00"?\n/);
    expect(text).toMatch(/\nservices:\n {2}- "?Médiation d’été \(point d’étape 2013\)"?\n/);
    const check = runScript('check-content', [], { CONTENT_DIR: join(backend.repository, 'content') });
    expect(
      check.stderr
        .split('\n')
        .filter((line) => line.includes('point-jeunes-aux-espaces') && !/^Avertissement/.test(line)),
    ).toEqual([]);
    expect(check.code, check.stderr).toBe(0);
  }, 120_000);

  // Review rev26, finding 1: the guides said « Nouvelle », the interface showed « ＋ structure » (a box in Chromium).
  it('la liste d’une rubrique a le bouton que les guides nomment, « Nouvelle fiche : structure », et il ouvre le formulaire', async () => {
    const newEntry = (on: Page) => on.getByRole('link', { name: 'Nouvelle fiche : structure', exact: true });
    await openAdmin('#/collections/structures', newEntry);
    const create = newEntry(page);
    await create.waitFor();
    expect(await create.textContent()).toBe('Nouvelle fiche : structure');
    for (const guide of ['CONTRIBUTING.md', 'content/pages/contribuer.mdx'])
      expect(readFileSync(guide, 'utf8'), guide).toContain('« Nouvelle fiche : structure »');
    await create.click();
    await field('Nom').waitFor();
  });

  it('corrige un champ d’un site de la sitothèque : le fichier change d’une seule ligne', async () => {
    const file = join(backend.repository, 'content/sitotheque/onisep.yaml');
    const before = readFileSync(file, 'utf8');
    await openAdmin('#/collections/sites/entries/onisep');
    await field('Titre').waitFor();
    await field('Titre').fill('');
    await field('Titre').fill('Onisep, l’info sur les métiers');
    await publish();
    // Polls the whole comparison: a file read while it is being written can be cut short.
    const changedLines = () => {
      const after = readFileSync(file, 'utf8').split('\n');
      const changed = before
        .split('\n')
        .flatMap((line, index) => (line === after[index] ? [] : [[line, after[index]]]));
      return { changed, lines: after.length };
    };
    await expect.poll(changedLines, { timeout: 15_000 }).toEqual({
      changed: [['titre: "Onisep"', 'titre: "Onisep, l’info sur les métiers"']],
      lines: before.split('\n').length,
    });
  });

  it('crée un site de la sitothèque : le formulaire refuse une description qui donne une durée, avant la pull request', async () => {
    const file = join(backend.repository, 'content/sitotheque/site-de-test.yaml');
    await openAdmin('#/collections/sites/new');
    await field('Titre').waitFor();
    await field('Titre').fill('Site de test');
    // The expected start of the address is said before any save, under the field, and its example is no link
    // that would leave the unsaved form.
    const addressHint = page.getByText(
      'L’adresse du site : elle commence par https://, par exemple https://www.service-public.fr/.',
    );
    await addressHint.waitFor();
    expect(await addressHint.locator('a').count()).toBe(0);
    await field('Adresse \\(URL\\)').fill('https://www.exemple.fr/');
    await field('Description').fill('Des missions de 6 mois en France ou à l’étranger.');
    await choose('Thématiques', 'Apprentissage');
    await choose('Publics', 'Parents');
    await publish();
    await page
      .getByText(
        /^Champ « Description » : la description donne un numéro de téléphone, une durée ou un âge, .* qu’aucune source ne tient/,
      )
      .waitFor();
    expect(existsSync(file)).toBe(false);
    // Under the field, the message reads as a sentence: not in capitals, not squeezed to the right in small type.
    const message = page.locator('[class*="ControlErrorsList"] li').filter({ hasText: 'la description donne' });
    expect(
      await message.evaluate((element) => {
        const style = getComputedStyle(element);
        return { case: style.textTransform, align: style.textAlign, size: parseFloat(style.fontSize) >= 14 };
      }),
    ).toEqual({ case: 'none', align: 'start', size: true });

    await field('Description').fill('');
    await field('Description').fill(
      'Des missions en France ou à l’étranger ; durée des missions : à vérifier sur le site.',
    );
    await publish();
    await expect
      .poll(() => (existsSync(file) ? readFileSync(file, 'utf8') : ''), { timeout: 15_000 })
      .toMatch(/\npublics:\n {2}- parents\n/);
    expect(readFileSync(file, 'utf8')).toContain('durée des missions : à vérifier sur le site.');
    const check = runScript('check-content', [], { CONTENT_DIR: join(backend.repository, 'content') });
    expect(check.stderr.split('\n').filter((line) => line.includes('site-de-test'))).toEqual([]);
    expect(check.code, check.stderr).toBe(0);
  }, 120_000);

  it('ouvre un outil d’une seule structure (« structure: bij-41 ») avec sa structure, et la garde telle quelle', async () => {
    const file = join(backend.repository, 'content/outils/documentation-information-jeunesse.yaml');
    const before = readFileSync(file, 'utf8');
    expect(before).toContain('\nstructure: bij-41\n');
    await openAdmin('#/collections/tools/entries/documentation-information-jeunesse');
    await field('Nom').waitFor();
    // The list of structures shows the one the file names (it showed none, and an editor could replace it).
    await expect
      .poll(() => page.getByText('Bureau information jeunesse de Loir-et-Cher', { exact: true }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    const name = /^nom: (.*)$/m.exec(before)![1]!;
    await field('Nom').fill('');
    await field('Nom').fill('Documentation information jeunesse (essai)');
    await publish();
    await expect
      .poll(() => readFileSync(file, 'utf8'), { timeout: 15_000 })
      .toBe(before.replace(`nom: ${name}\n`, 'nom: "Documentation information jeunesse (essai)"\n'));
  });

  it('téléverse le document d’un point d’étape : le fichier arrive dans public/documents/ et le point d’étape le nomme', async () => {
    const report = join(backend.repository, 'content/points-etape/2013-trois-thematiques.md');
    const before = readFileSync(report, 'utf8');
    expect(before).toContain('  - titre: "Compte rendu de la réunion du 4 février 2013"\n');
    await openAdmin('#/collections/reports/entries/2013-trois-thematiques');
    await field('Titre').first().waitFor();
    // The first document of the list, which has a title and no file yet.
    await page.getByRole('button', { name: 'Choisir un fichier' }).first().click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByText('Téléverser une nouvelle ressource').click(),
    ]);
    await chooser.setFiles({
      name: 'compte-rendu-2013-02-04.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% document de test\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Choisir les éléments sélectionnés' }).click();
    await page.getByRole('button', { name: 'Effacer le fichier' }).waitFor();
    await publish();

    await expect.poll(() => readFileSync(report, 'utf8'), { timeout: 15_000 }).toMatch(/compte-rendu-2013-02-04\.pdf/);
    // decap-server writes the entry first and its media after: wait for the whole document.
    const documents = join(backend.repository, 'public/documents');
    const upload = join(documents, 'compte-rendu-2013-02-04.pdf');
    await expect
      .poll(() => (existsSync(upload) ? readFileSync(upload, 'utf8') : ''), { timeout: 15_000 })
      .toContain('%%EOF');
    expect(readdirSync(documents)).toEqual(['compte-rendu-2013-02-04.pdf']);
    expect(readFileSync(upload, 'utf8')).toContain('% document de test');
    // The bare file name, under the document it belongs to: what the schema and the report's page expect.
    expect(readFileSync(report, 'utf8')).toMatch(
      /\n {2}- titre: "Compte rendu de la réunion du 4 février 2013"\n {4}fichier: "?compte-rendu-2013-02-04\.pdf"?\n/,
    );
  });

  // Review rev26, finding 7: where a report was first published is a field of its form, and emptying it there takes
  // the line out of the file (the report then reads as published on this site), never « publie_sur: "" ».
  it('un point d’étape montre où il a d’abord été publié ; vider le champ retire la ligne du fichier', async () => {
    const report = join(backend.repository, 'content/points-etape/2009-elargissement.md');
    const before = readFileSync(report, 'utf8');
    const line = 'publie_sur: le site régional Etoile\n';
    expect(before).toContain(line);
    await openAdmin('#/collections/reports/entries/2009-elargissement');
    const where = field('Publié d’abord sur');
    await where.waitFor();
    expect(await where.inputValue()).toBe('le site régional Etoile');
    await page
      .getByText(
        /^Où le point d’étape a d’abord été publié, si ce n’est pas sur ce site, par exemple « le site régional Etoile »/,
      )
      .waitFor();
    await where.fill('');
    await publish();
    await expect.poll(() => readFileSync(report, 'utf8'), { timeout: 15_000 }).toBe(before.replace(line, ''));
  });

  it('ne déclenche aucune violation de la politique de sécurité ni erreur console', async () => {
    problems.push(...(await problemsSince('/admin/')));
    // Decap refuses a save with invalid fields by rejecting a promise with no value: one per refused « Publier »
    // (missing fields, the bad postcode, the blank name and past action, the site's duration). Anything else is a fault.
    const refusals = problems.filter((problem) => formatPageProblem(problem) === '/admin/: exception: undefined');
    expect(refusals).toHaveLength(4);
    expect(problems.filter((problem) => !refusals.includes(problem)).map(formatPageProblem)).toEqual([]);
  });
});
