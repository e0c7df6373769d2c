import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { checkReservedIds, RESERVED_IDS, SECTION_NAMES } from '../../src/lib/checkReservedIds.ts';
import { crossEntryChecks } from '../../src/lib/crossEntryChecks.ts';

/** Names in a folder of src/pages/: files and sub-folders, without the dynamic ones (`[id].astro`). */
const pagesIn = (folder: string) =>
  readdirSync(`src/pages/${folder}`, { withFileTypes: true }).filter((item) => !item.name.startsWith('['));

/** Top-level names of src/pages/ that publish a page at /<name>/: a page file, or a folder with its index or list. */
function sectionsOfSrcPages(): string[] {
  return pagesIn('')
    .flatMap((item) => {
      if (item.isFile())
        return item.name.endsWith('.astro') && item.name !== 'index.astro' ? [item.name.slice(0, -6)] : [];
      const inside = readdirSync(`src/pages/${item.name}`);
      return inside.some((name) => /^index\.|^\[\.\.\.\w+\]\.astro$/.test(name)) ? [item.name] : [];
    })
    .sort();
}

const entry = (id: string) => ({ id, filePath: `content/stages/${id}.md`, data: {} });

describe('checkReservedIds', () => {
  it.each([
    ['imprimer', 1],
    ['pour', 1],
    ['pmsmp', 0],
    ['imprimer-a4', 0],
  ])('une fiche de stage nommée « %s » donne %i erreur(s)', (id, count) => {
    expect(checkReservedIds({ internships: [entry(id)] })).toHaveLength(count);
  });

  it('nomme le fichier, l’adresse en conflit et la correction', () => {
    const [problem] = checkReservedIds({ internships: [entry('imprimer')] });
    expect(formatProblem(problem!)).toBe(
      'content/stages/imprimer.md: (nom du fichier): « imprimer » est déjà l’adresse d’une page du site (/stages/imprimer/) : cette fiche ne serait jamais publiée → renommez le fichier, par exemple « stage-imprimer ».',
    );
  });

  it.each([
    ['1', 1],
    ['2', 1],
    ['2013', 1],
    ['2013-trois-thematiques', 0],
  ])('un point d’étape nommé « %s » donne %i erreur(s)', (id, count) => {
    expect(checkReservedIds({ reports: [{ id, data: {} }] })).toHaveLength(count);
  });

  it.each(['1', '2'])(
    'dit qu’un nom fait de chiffres (« %s ») est gardé pour les pages de la liste des points d’étape',
    (id) => {
      const [problem] = checkReservedIds({ reports: [{ id, filePath: `content/points-etape/${id}.md`, data: {} }] });
      expect(formatProblem(problem!)).toBe(
        `content/points-etape/${id}.md: (nom du fichier): « ${id} » n’est fait que de chiffres : ces noms sont réservés aux pages de la liste des points d’étape (/points-etape/2/ et suivantes) → renommez le fichier, par exemple « point-etape-${id} ».`,
      );
    },
  );

  it('laisse les autres collections utiliser ces noms', () => {
    expect(checkReservedIds({ tools: [{ id: 'imprimer', data: {} }] })).toEqual([]);
    expect(checkReservedIds({ tools: [{ id: '2', data: {} }] })).toEqual([]);
  });

  it('les rubriques du site sont les noms de src/pages/ qui publient une page à leur nom, ni plus ni moins', () => {
    expect([...SECTION_NAMES].sort()).toEqual(sectionsOfSrcPages());
    expect(SECTION_NAMES).toEqual(expect.arrayContaining(['stages', 'carte', 'structures', 'recherche', 'sigles']));
    // A folder with no page of its own at /<name>/ leaves the name to the editorial page that uses it.
    expect(SECTION_NAMES).not.toContain('contribuer');
    expect(SECTION_NAMES).not.toContain('accessibilite');
  });

  it('les noms réservés aux fiches de stage sont les sous-dossiers de src/pages/stages/', () => {
    expect([...(RESERVED_IDS.internships?.words ?? [])].sort()).toEqual(
      pagesIn('stages')
        .filter((item) => item.isDirectory())
        .map((item) => item.name)
        .sort(),
    );
  });

  it.each(['stages', 'carte', 'structures', 'recherche', 'sigles', 'plan-du-site'])(
    'une page éditoriale nommée « %s » est refusée par check:content et le build, avec le fichier, le champ et la correction',
    (id) => {
      const page = { id, filePath: `content/pages/${id}.md`, data: { titre: 'Titre' } };
      // Only the pages are given: the other checks' problems (no diagnostic…) are not this test's.
      const problems = crossEntryChecks({ pages: [page] })
        .filter((problem) => problem.file === page.filePath)
        .map(formatProblem);
      expect(problems).toEqual([
        `content/pages/${id}.md: (nom du fichier): « ${id} » est déjà l’adresse d’une page du site (/${id}/) : cette fiche ne serait jamais publiée → renommez le fichier, par exemple « a-propos-${id} ».`,
      ]);
    },
  );

  it('laisse aux pages éditoriales les noms des dossiers sans page à leur nom (contribuer, accessibilite)', () => {
    const pages = ['contribuer', 'accessibilite', 'mentions-legales'].map((id) => ({ id, data: { titre: id } }));
    expect(checkReservedIds({ pages })).toEqual([]);
  });
});
