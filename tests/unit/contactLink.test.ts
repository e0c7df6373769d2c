import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contactLink, GITHUB_FORM_NOTE } from '../../src/lib/contactLink.ts';
import { site } from '../../src/site.config.ts';
import { site as secondSite } from '../fixtures/second-territory/site.config.ts';

const PAGE = 'https://exemple.fr/mentions-legales/';

describe('un lien « écrire au réseau » dit où il mène', () => {
  it.each([
    [
      'un formulaire GitHub reçoit l’adresse de la page et le lien dit qu’il est public',
      'https://github.com/exemple/reseau/issues/new?template=ecrire-au-reseau.yml',
      `https://github.com/exemple/reseau/issues/new?template=ecrire-au-reseau.yml&page=${encodeURIComponent(PAGE)}`,
      GITHUB_FORM_NOTE,
    ],
    [
      'le choix des formulaires GitHub demande aussi un compte, sans champ à remplir',
      'https://github.com/exemple/reseau/issues/new/choose',
      'https://github.com/exemple/reseau/issues/new/choose',
      GITHUB_FORM_NOTE,
    ],
    [
      'une adresse électronique reste telle quelle, sans mention de GitHub',
      'mailto:contact@exemple.fr',
      'mailto:contact@exemple.fr',
      undefined,
    ],
    [
      'le formulaire du site d’un réseau, hors GitHub, reste tel quel',
      'https://exemple.fr/contact/?sujet=site',
      'https://exemple.fr/contact/?sujet=site',
      undefined,
    ],
  ])('%s', (_, contactUrl, href, note) => {
    expect(contactLink(contactUrl, PAGE)).toEqual({ href, note });
  });
});

/** A field of an issue form: a text (`markdown`) or a question. */
interface FormField {
  type: string;
  id?: string;
  attributes: { label?: string; value?: string; options?: unknown[] };
}

/** An issue form of the repository, read as GitHub reads it. */
function readForm(name: string): { name: string; description: string; body: FormField[] } {
  return parse(readFileSync(resolve('.github/ISSUE_TEMPLATE', name), 'utf8')) as ReturnType<typeof readForm>;
}

const FORMS = readdirSync('.github/ISSUE_TEMPLATE').filter((file) => file.endsWith('.yml') && file !== 'config.yml');

describe.each(FORMS)('le formulaire %s', (file) => {
  it('est un formulaire que GitHub accepte : nom, description, champs aux identifiants uniques', () => {
    const form = readForm(file);
    expect(form.name).toBeTruthy();
    expect(form.description).toBeTruthy();
    const ids = form.body.flatMap((field) => (field.id ? [field.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    for (const field of form.body) {
      expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(field.type);
      if (field.type !== 'markdown') expect(field.attributes.label, `${file} : ${field.id}`).toBeTruthy();
    }
  });
});

describe.each([
  ['de ce site', site.contactUrl],
  ['du second territoire d’essai', secondSite.contactUrl],
])('l’adresse de contact %s', (_, contactUrl) => {
  const url = new URL(contactUrl);
  const template = url.searchParams.get('template')!;

  it('ouvre un formulaire du dépôt qui a le champ « page » que le lien remplit', () => {
    expect(FORMS).toContain(template);
    const page = readForm(template).body.find((field) => field.id === 'page');
    expect(page?.type).toBe('input');
    const filled = new URL(contactLink(contactUrl, PAGE).href);
    expect(filled.searchParams.get('page')).toBe(PAGE);
  });

  it('mène à un formulaire qui dit que le message est public et ne demande aucune coordonnée', () => {
    const form = readForm(template);
    const intro = form.body
      .filter((field) => field.type === 'markdown')
      .map((field) => field.attributes.value ?? '')
      .join('\n');
    expect(intro).toContain('Ce que vous écrivez ici sera public');
    const labels = form.body.map((field) => (field.attributes.label ?? '').toLowerCase());
    for (const asked of ['nom', 'téléphone', 'courriel', 'e-mail', 'mail']) {
      expect(labels.filter((label) => label.split(/[\s,’']+/).includes(asked))).toEqual([]);
    }
    // A subject for each reader the site sends here: a partner showing the map, a question, an accessibility problem.
    const subjects = form.body.find((field) => field.id === 'sujet')?.attributes.options as string[];
    expect(subjects).toEqual(
      expect.arrayContaining([
        expect.stringContaining('J’affiche la carte du réseau'),
        expect.stringContaining('Une question au réseau'),
        expect.stringContaining('Un problème d’accessibilité'),
      ]),
    );
  });
});
