import { globSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * The readers the site sends to the contact form, by the file that links it (`<ContactLink>`), each with a word the
 * subject meant for them holds: the form's rule, not its wording (review revcode21, finding 7).
 */
const READERS: Record<string, { reader: string; subject: RegExp }> = {
  'src/pages/carte/integrer/index.astro': { reader: 'un partenaire qui affiche la carte', subject: /carte/i },
  'content/pages/accessibilite.mdx': { reader: 'une personne gênée par l’accessibilité', subject: /accessibilit/i },
  'src/components/content/LegalNotice.astro': { reader: 'une question sur les mentions légales', subject: /question/i },
  'src/pages/donnees/index.astro': { reader: 'une question sur les données', subject: /question/i },
  'src/components/ReportDocuments.astro': {
    reader: 'une personne qui a la copie d’un document cité par un point d’étape',
    subject: /autre chose/i,
  },
};
const CONTACT_FORM = readForm('ecrire-au-reseau.yml');

/**
 * What the contact form lacks: before its first question, a text that says the message is public on GitHub; no
 * question that asks for a name, a phone or an e-mail; in « sujet », a subject for each reader the site sends there.
 */
function contactFormProblems(form: { body: FormField[] }): string[] {
  const problems: string[] = [];
  const firstQuestion = form.body.findIndex((field) => field.type !== 'markdown');
  const intro = form.body
    .slice(0, firstQuestion)
    .map((field) => field.attributes.value ?? '')
    .join('\n');
  if (!/public/i.test(intro) || !/GitHub/.test(intro)) {
    problems.push('ne dit pas, avant la première question, que le message est public sur GitHub');
  }
  for (const field of form.body) {
    const words = (field.attributes.label ?? '').toLowerCase().split(/[\s,’']+/);
    const asked = ['nom', 'téléphone', 'courriel', 'e-mail', 'mail'].filter((word) => words.includes(word));
    if (asked.length > 0) problems.push(`demande ${asked.join(', ')} (${field.id ?? ''})`);
  }
  const subjects = (form.body.find((field) => field.id === 'sujet')?.attributes.options ?? []) as string[];
  for (const { reader, subject } of Object.values(READERS)) {
    if (!subjects.some((option) => subject.test(option))) problems.push(`n’offre aucun sujet à ${reader}`);
  }
  return problems;
}

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

  it('mène à un formulaire qui dit que le message est public, ne demande aucune coordonnée et offre un sujet à chaque lecteur', () => {
    expect(contactFormProblems(readForm(template))).toEqual([]);
  });
});

describe('la règle du formulaire de contact', () => {
  const withBody = (edit: (body: FormField[]) => FormField[]) => ({ body: edit(structuredClone(CONTACT_FORM.body)) });
  const withSubjects = (options: string[]) =>
    withBody((body) =>
      body.map((field) => (field.id === 'sujet' ? { ...field, attributes: { ...field.attributes, options } } : field)),
    );
  const warning = CONTACT_FORM.body.find((field) => field.type === 'markdown')!;

  it.each([
    [
      'l’avertissement reformulé',
      withBody((body) => [
        {
          type: 'markdown',
          attributes: { value: 'Votre message sera public sur GitHub, sous le nom de votre compte.' },
        },
        ...body.filter((field) => field.type !== 'markdown'),
      ]),
    ],
    [
      'les sujets reformulés',
      withSubjects(['Je montre la carte sur mon site', 'Accessibilité du site', 'Poser une question', 'Autre chose']),
    ],
  ])('accepte %s', (_, form) => {
    expect(contactFormProblems(form)).toEqual([]);
  });

  it.each([
    [
      'l’avertissement déplacé après les questions',
      withBody((body) => [...body.filter((field) => field.type !== 'markdown'), warning]),
      'ne dit pas, avant la première question, que le message est public sur GitHub',
    ],
    [
      'un avertissement qui ne nomme pas GitHub',
      withBody((body) => [
        { type: 'markdown', attributes: { value: 'Votre message sera public.' } },
        ...body.filter((field) => field.type !== 'markdown'),
      ]),
      'ne dit pas, avant la première question, que le message est public sur GitHub',
    ],
    [
      'une question qui demande le courriel',
      withBody((body) => [...body, { type: 'input', id: 'courriel', attributes: { label: 'Votre courriel' } }]),
      'demande courriel (courriel)',
    ],
    [
      'le sujet de l’accessibilité retiré',
      withSubjects([
        'Une question au réseau',
        'J’affiche la carte du réseau sur le site de ma structure',
        'Autre chose',
      ]),
      'n’offre aucun sujet à une personne gênée par l’accessibilité',
    ],
  ])('refuse %s', (_, form, problem) => {
    expect(contactFormProblems(form)).toEqual([problem]);
  });

  it('connaît chaque fichier qui envoie au formulaire : un nouveau lien « écrire au réseau » dit à quel lecteur il sert', () => {
    const linking = globSync(['src/**/*.astro', 'content/**/*.{md,mdx}'])
      .filter((file) => !file.endsWith('/ContactLink.astro') && readFileSync(file, 'utf8').includes('<ContactLink'))
      .sort();
    expect(linking).toEqual(Object.keys(READERS).sort());
  });

  it('une page qui nomme le sujet à choisir le cite tel que le formulaire l’écrit', () => {
    const subjects = CONTACT_FORM.body.find((field) => field.id === 'sujet')?.attributes.options as string[];
    for (const file of Object.keys(READERS)) {
      for (const [, named] of readFileSync(file, 'utf8').matchAll(/sujet\s+«\s*([^«»]+?)\s*»/g)) {
        expect(
          subjects.filter((option) => option.startsWith(named!)),
          `${file} : « ${named} »`,
        ).toHaveLength(1);
      }
    }
  });
});
