import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import fr from 'decap-cms-locales/dist/esm/fr/index.js';
import {
  FRENCH_ADDITIONS,
  FRENCH_SCREEN_TEXTS,
  frenchScreenTexts,
  missingPhrases,
  withAdditions,
} from '../../src/lib/cmsLocale.ts';
import { DECAP_SCRIPT } from '../../src/lib/decapBundle.ts';

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
