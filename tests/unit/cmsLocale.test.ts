import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import fr from 'decap-cms-locales/dist/esm/fr/index.js';
import {
  FRENCH_ADDITIONS,
  FRENCH_REWRITES,
  FRENCH_SCREEN_TEXTS,
  frenchLocale,
  frenchScreenTexts,
  missingPhrases,
  withAdditions,
} from '../../src/lib/cmsLocale.ts';
import { DECAP_SCRIPT } from '../../src/lib/decapBundle.ts';
import { buildCmsConfig, type CmsField } from '../../src/lib/cmsConfig.ts';

describe('le français de l’interface d’édition (RGAA 8.7)', () => {
  it('Decap seul laisse des phrases en anglais', () => {
    expect(missingPhrases(en, fr)).toContain('ui.settingsDropdown.account');
  });

  it('complété par le site, chaque phrase anglaise de Decap a son français', () => {
    expect(missingPhrases(en, withAdditions(fr, FRENCH_ADDITIONS))).toEqual([]);
  });

  it('ne remplace aucune phrase que Decap traduit déjà', () => {
    const merged = withAdditions(fr, FRENCH_ADDITIONS);
    expect(merged).toMatchObject({ editor: { editorWidgets: { datetime: { clear: 'Effacer' } } } });
    // Each addition is a phrase Decap's French lacks.
    expect(missingPhrases(FRENCH_ADDITIONS, fr)).toEqual(missingPhrases(FRENCH_ADDITIONS, {}));
  });
});

describe('le bandeau d’un enregistrement refusé', () => {
  const toast = (phrases: object) =>
    (phrases as { ui: { toast: { missingRequiredField: string } } }).ui.toast.missingRequiredField;

  it('Decap l’écrit « Oops, il manque un champ requis »', () => {
    expect(toast(fr)).toMatch(/^Oops, il manque un champ requis/);
  });

  it('dit en français simple ce qui bloque et quoi faire', () => {
    expect(toast(frenchLocale(fr))).toBe(
      'Enregistrement impossible : au moins un champ obligatoire est vide. Remplissez chaque champ signalé, puis réessayez.',
    );
  });

  it('le message d’un champ mal rempli est celui du site, sans « ne correspond pas au schéma » ni point en double', () => {
    const widget = (phrases: object) =>
      (phrases as { editor: { editorControlPane: { widget: { regexPattern: string } } } }).editor.editorControlPane
        .widget.regexPattern;
    expect(widget(fr)).toBe('Le champ %{fieldLabel} ne correspond pas au schéma: %{pattern}.');
    expect(widget(frenchLocale(fr))).toBe('Champ « %{fieldLabel} » : %{pattern}');
    // Each message of the form's patterns ends with its own period.
    const messages: string[] = [];
    const walk = (target: CmsField) => {
      if (target.pattern) messages.push(target.pattern[1]);
      for (const sub of [...(target.fields ?? []), ...(target.field ? [target.field] : [])]) walk(sub);
    };
    for (const entry of buildCmsConfig({ siteUrl: 'https://exemple.fr/' }).collections) entry.fields.forEach(walk);
    expect(messages.length).toBeGreaterThan(10);
    expect(messages.filter((message) => !/[.)»]$/.test(message))).toEqual([]);
  });

  it('ne réécrit que des phrases que Decap a en français, et garde les ajouts du site', () => {
    expect(missingPhrases(FRENCH_REWRITES, fr)).toEqual([]);
    expect(missingPhrases(en, frenchLocale(fr))).toEqual([]);
  });
});

describe('le menu de statut d’une proposition, que les guides font ouvrir', () => {
  it('les guides le nomment comme l’interface l’écrit, « Statut : Brouillon », et ses choix aussi', () => {
    const toolbar = (frenchLocale(fr) as { editor: { editorToolbar: Record<string, string> } }).editor.editorToolbar;
    const menu = toolbar['status']!.replace('%{status}', toolbar['draft']!);
    expect(menu).toBe('Statut : Brouillon');
    for (const guide of ['CONTRIBUTING.md', 'content/pages/contribuer.mdx']) {
      const text = readFileSync(guide, 'utf8');
      expect(text).toContain(`« ${menu} »`);
      expect(text).toContain(`« ${toolbar['inReview']!} »`);
    }
  });
});

// Review rev26, finding 1: the guides said « Nouvelle », the interface showed « ＋ structure ».
describe('le bouton qui crée une fiche, que les guides nomment', () => {
  const top = (frenchLocale(fr) as { collection: { collectionTop: Record<string, string> } }).collection.collectionTop;
  const button = (kind: string) => top['newButton']!.replace('%{collectionLabel}', kind);

  it('s’écrit en mots, sans caractère pleine chasse, et se lit comme il se voit', () => {
    expect(button('structure')).toBe('Nouvelle fiche : structure');
    expect(top['newButton']).not.toMatch(/[\uFF00-\uFFEF]/);
    expect(top['newButtonAriaLabel']).toBe(top['newButton']);
  });

  // fix26c's report: the button read « Nouvelle fiche : point-etape », « : thematique », « : resultat ».
  it('nomme chaque sorte de fiche en mots français, accents compris, pas par son nom de fichier', () => {
    const words = buildCmsConfig({ siteUrl: 'https://exemple.fr/' }).collections.map(
      ({ label_singular }) => label_singular,
    );
    expect(words).toEqual(
      expect.arrayContaining(['structure', 'question', 'résultat', 'point d’étape', 'site', 'thème', 'page']),
    );
    for (const word of words) expect(word, button(word)).not.toMatch(/-|^(?:resultat|thematique)$/);
  });

  it('les guides et l’aide des pages le nomment comme l’interface l’écrit', () => {
    for (const guide of ['CONTRIBUTING.md', 'content/pages/contribuer.mdx'])
      expect(readFileSync(guide, 'utf8'), guide).toContain(`« ${button('structure')} »`);
    const pages = buildCmsConfig({ siteUrl: 'https://exemple.fr/' }).collections.find(({ name }) => name === 'pages')!;
    expect(pages.description).toContain(`« ${button(pages.label_singular)} »`);
  });
});

describe('l’écran « Fork the repo » de la première connexion d’une personne qui n’est pas membre', () => {
  const shipped = readFileSync(`node_modules/decap-cms-app/dist/${DECAP_SCRIPT}`, 'utf8');

  it.each(Object.keys(FRENCH_SCREEN_TEXTS))('« %s » est bien écrit ainsi dans le script de Decap servi', (english) => {
    expect(shipped).toContain(`"${english}"`);
  });

  it('s’affiche en français, avec le bouton que le guide nomme', () => {
    const texts = Object.keys(FRENCH_SCREEN_TEXTS).map((value) => ({ nodeType: 3, nodeValue: value }));
    const elements = texts.map((text) => ({ firstChild: text, lastChild: text }));
    frenchScreenTexts({ querySelectorAll: () => elements } as unknown as ParentNode);
    expect(texts.map((text) => text.nodeValue)).toEqual([
      'Vous n’êtes pas membre de l’équipe du site : vos propositions passent par votre copie du site (un « fork ») sur votre compte GitHub. Si vous en avez déjà une, l’interface la reprend.',
      'Créer ma copie (fork)',
      'Ne pas créer de copie',
    ]);
    for (const guide of ['CONTRIBUTING.md', 'content/pages/contribuer.mdx']) {
      expect(readFileSync(guide, 'utf8')).toContain('« Créer ma copie (fork) »');
    }
  });
});
