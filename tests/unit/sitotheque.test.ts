import { describe, expect, it } from 'vitest';
import { collectLinks } from '../../scripts/lib/collectLinks.ts';
import { parseContent, type ContentFile } from '../../src/lib/readContentFile.ts';
import { updateCheckDate } from '../../scripts/lib/updateCheckDate.ts';
import { displayDomain } from '../../src/lib/displayDomain.ts';
import { publicsServed, siteFitsPublic } from '../../src/lib/siteFitsPublic.ts';
import type { PublicId } from '../../src/schemas/fields.ts';

describe('le domaine affiché sous chaque site', () => {
  it.each([
    ['https://www.onisep.fr/', 'onisep.fr'],
    ['https://code.travail.gouv.fr/', 'code.travail.gouv.fr'],
    ['https://europass.europa.eu/fr', 'europass.europa.eu'],
    ['http://WWW.Exemple.FR:8080/page?x=1', 'exemple.fr'],
  ])('%s → %s', (url, domain) => {
    expect(displayDomain(url)).toBe(domain);
  });
});

describe('le filtre par public', () => {
  it.each([
    [['etudiants'], 'etudiants', true],
    [['etudiants', 'parents'], 'parents', true],
    [['etudiants'], 'employeurs', false],
    [['tout-public'], 'employeurs', true],
  ] as [PublicId[], PublicId, boolean][])('un site pour %j convient à « %s » : %s', (publics, publicId, fits) => {
    expect(siteFitsPublic(publics, publicId)).toBe(fits);
  });
});

describe('les publics que propose le filtre d’un thème', () => {
  const order: PublicId[] = ['collegiens-lyceens', 'etudiants', 'parents', 'employeurs', 'tout-public'];
  it.each([
    // Before: a site « tout public » added only « Parents », which it names; students found no filter of their own.
    [
      [['tout-public', 'parents'], ['employeurs']],
      ['collegiens-lyceens', 'etudiants', 'parents', 'employeurs'],
    ],
    [
      [['parents'], ['employeurs', 'parents']],
      ['parents', 'employeurs'],
    ],
    [[['tout-public']], ['collegiens-lyceens', 'etudiants', 'parents', 'employeurs']],
    [[], []],
  ] as [PublicId[][], PublicId[]][])('sites %j → %j', (sites, expected) => {
    expect(publicsServed(sites, order)).toEqual(expected);
  });
});

const file = (name: string, text: string, extension = 'yaml'): ContentFile => {
  const read = parseContent(text, extension);
  if ('error' in read) throw new Error(read.error);
  return { collection: 'sites', file: name, absolutePath: `/${name}`, id: name, extension, read: true, ...read };
};

describe('les adresses relevées dans le contenu', () => {
  it('trouve les adresses de tous les champs et du texte, avec leur fichier et leur champ', () => {
    const links = collectLinks([
      file('a.yaml', 'url: https://a.example/\nsite_web: "https://b.example/x"\nnom: pas une adresse'),
      file(
        'b.md',
        '---\nliens:\n  - titre: T\n    url: https://b.example/x\n---\nVoir [ici](https://c.example/p). Et https://d.example.',
        'md',
      ),
      file('c.md', '---\ndocuments:\n  - url: https://a.example/\n---\n', 'md'),
    ]);
    expect(Object.fromEntries(links)).toEqual({
      'https://a.example/': [
        { file: 'a.yaml', field: 'url' },
        { file: 'c.md', field: 'documents[0].url' },
      ],
      'https://b.example/x': [
        { file: 'a.yaml', field: 'site_web' },
        { file: 'b.md', field: 'liens[0].url' },
      ],
      'https://c.example/p': [{ file: 'b.md', field: 'texte' }],
      'https://d.example': [{ file: 'b.md', field: 'texte' }],
    });
  });
});

describe('la mise à jour de date_verification', () => {
  it.each([
    [
      'remplace la date existante',
      'titre: "X"\ndate_verification: 2020-01-01\n',
      'titre: "X"\ndate_verification: 2026-11-28\n',
    ],
    [
      'ajoute la ligne absente',
      'titre: "X"\nurl: https://x.example/\n',
      'titre: "X"\nurl: https://x.example/\ndate_verification: 2026-11-28\n',
    ],
    ['ajoute un saut de ligne manquant', 'titre: "X"', 'titre: "X"\ndate_verification: 2026-11-28\n'],
    [
      'garde les commentaires',
      '# note\ntitre: "X" # ici\n',
      '# note\ntitre: "X" # ici\ndate_verification: 2026-11-28\n',
    ],
    [
      'ne touche pas une ligne commentée',
      '# date_verification: AAAA-MM-JJ\n',
      '# date_verification: AAAA-MM-JJ\ndate_verification: 2026-11-28\n',
    ],
  ])('%s', (_, before, after) => {
    expect(updateCheckDate(before, '2026-11-28')).toBe(after);
  });
});
