import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import fr from 'decap-cms-locales/dist/esm/fr/index.js';
import { FRENCH_ADDITIONS, missingPhrases, withAdditions } from '../../src/lib/cmsLocale.ts';

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
