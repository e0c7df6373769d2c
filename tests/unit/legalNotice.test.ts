import { describe, expect, it } from 'vitest';
import {
  invitesToWrite,
  legalNoticeWarning,
  notYetPublished,
  type LegalNoticeSettings,
} from '../../src/lib/legalNotice.ts';
import { site } from '../../src/site.config.ts';

const party = { name: 'Organisme', address: '1 rue de l’Essai, 00000 Essai', contact: 'contact@essai.invalid' };
const none: LegalNoticeSettings = { publisher: null, director: null, host: null };
const all: LegalNoticeSettings = { publisher: party, director: 'Prénom Nom, fonction', host: party };

describe('les mentions légales disent ce qui n’est pas encore publié', () => {
  it.each([
    [
      'rien de renseigné',
      none,
      'editeur',
      'Le nom, l’adresse et le contact de l’éditeur et le nom du directeur ou de la directrice de la publication ne sont pas encore publiés sur cette page.',
    ],
    [
      'seul l’éditeur renseigné',
      { ...none, publisher: party },
      'editeur',
      'Le nom du directeur ou de la directrice de la publication n’est pas encore publié sur cette page.',
    ],
    [
      'l’hébergeur manquant',
      none,
      'hebergeur',
      'Le nom, l’adresse et le contact de l’hébergeur ne sont pas encore publiés sur cette page.',
    ],
    ['tout renseigné', all, 'editeur', null],
    ['tout renseigné', all, 'hebergeur', null],
  ] as const)('%s, partie %s', (_case, settings, part, expected) => {
    expect(notYetPublished(settings, part)).toBe(expected);
  });

  it.each([
    ['rien de renseigné', none, ['editeur']],
    ['seul le directeur manquant', { ...all, director: null }, ['editeur']],
    ['seul l’hébergeur manquant', { ...all, host: null }, ['hebergeur']],
    ['tout renseigné', all, []],
  ] as const)(
    '%s : la page invite à écrire au réseau une seule fois, dans la première partie incomplète',
    (_case, settings, parts) => {
      expect((['editeur', 'hebergeur'] as const).filter((part) => invitesToWrite(settings, part))).toEqual(parts);
    },
  );

  it('la construction avertit de chaque manque, et se tait quand tout est renseigné', () => {
    expect(legalNoticeWarning(none)).toMatch(
      /^mentions légales incomplètes, il manque le nom, l’adresse et le contact de l’éditeur ; le nom du directeur .* ; le nom, l’adresse et le contact de l’hébergeur\. .*site\.legalNotice dans src\/site\.config\.ts/,
    );
    expect(legalNoticeWarning(all)).toBeNull();
  });

  it('le module du site ne contient aucun éditeur, directeur ou hébergeur inventé : chaque valeur manquante est null', () => {
    // Whoever fills these in checks them first; until then the page must say they are missing.
    for (const value of Object.values(site.legalNotice)) expect(value).toBeNull();
  });
});
