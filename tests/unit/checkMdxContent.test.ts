import { describe, expect, it } from 'vitest';
import { checkMdxContent } from '../../src/lib/checkMdxContent.ts';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { contentMdxPolicy } from '../../src/lib/contentMdxPolicy.ts';

const policy = { componentsDir: 'src/components/content', componentNames: ['Notice'] };
const file = 'content/pages/essai.mdx';
const page = (body: string) => `---\ntitre: Essai\ndescription: Une page.\n---\n\n${body}\n`;
const problemsOf = (body: string) => checkMdxContent(page(body), file, policy).map(formatProblem);

describe('checkMdxContent', () => {
  it.each([
    ['du Markdown seul', 'Du **texte** et un [lien](https://www.onisep.fr/).'],
    ['un composant du site aux props littérales', '<Notice titre="À savoir">Texte</Notice>'],
    ['des props littérales entre accolades', '<Notice titre={"À savoir"} ordre={2} liste={["a", -1]}>x</Notice>'],
    ['un commentaire', '{/* à relire */}'],
    ['un élément HTML simple', '<abbr title="Centre d’information et d’orientation">CIO</abbr>'],
    ['l’import d’un composant de contenu', "import Notice from '../../src/components/content/Notice.astro';"],
  ])('accepte %s', (_case, body) => {
    expect(problemsOf(body)).toEqual([]);
  });

  it.each([
    [
      'un import de node:fs',
      "import fs from 'node:fs';",
      'content/pages/essai.mdx: ligne 6: importation de « node:fs » interdite',
    ],
    [
      'un import hors des composants de contenu',
      "import X from '../../src/lib/url.ts';",
      'importation de « ../../src/lib/url.ts » interdite',
    ],
    ['un export', 'export const x = 1;', 'seules des importations sont permises'],
    [
      'une expression',
      'Il est {new Date().getFullYear()}.',
      'expression JavaScript « {new Date().getFullYear()} » interdite',
    ],
    ['une prop calculée', '<Notice titre={process.env.HOME}>x</Notice>', 'seules les valeurs littérales sont permises'],
    ['un gabarit à trou', '<Notice titre={`a${1}`}>x</Notice>', 'seules les valeurs littérales sont permises'],
    ['des props étalées', '<Notice {...props}>x</Notice>', 'attributs calculés « {...props} » interdits'],
    ['un gestionnaire d’événement', '<Notice titre="a" onClick="alert(1)">x</Notice>', 'attribut « onClick » interdit'],
    ['un élément script', '<script>alert(1)</script>', 'élément <script> interdit'],
    ['un composant inconnu', '<Carte />', 'composant <Carte> inconnu → utilisez l’un de : Notice'],
  ])('refuse %s en nommant le fichier', (_case, body, message) => {
    const problems = problemsOf(body);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(message);
    expect(problems.every((problem) => problem.startsWith(`${file}: ligne `))).toBe(true);
  });
});

describe('checkMdxContent : les mots que prend une prop (<RepositoryLink vers="…">, comme le site le vérifie)', () => {
  const siteProblems = (body: string) => checkMdxContent(page(body), file, contentMdxPolicy()).map(formatProblem);

  it.each(['signalement', 'guide'])('accepte vers="%s"', (word) => {
    expect(siteProblems(`<RepositoryLink vers="${word}">le lien</RepositoryLink>`)).toEqual([]);
    expect(siteProblems(`<RepositoryLink vers={"${word}"}>le lien</RepositoryLink>`)).toEqual([]);
  });

  it.each([
    [
      'une destination inconnue',
      '<RepositoryLink vers="aide">le lien</RepositoryLink>',
      `${file}: ligne 6, vers: <RepositoryLink> : « aide » n’est pas une valeur connue de « vers » → écrivez vers="signalement" ou vers="guide"`,
    ],
    [
      'une destination oubliée',
      'Lisez le <RepositoryLink>guide</RepositoryLink>.',
      `${file}: ligne 6, vers: <RepositoryLink> sans « vers » → écrivez vers="signalement" ou vers="guide"`,
    ],
    [
      'une prop « vers » sans valeur',
      'Lisez le <RepositoryLink vers>guide</RepositoryLink>.',
      `${file}: ligne 6, vers: <RepositoryLink> sans « vers » → écrivez vers="signalement" ou vers="guide"`,
    ],
  ])('refuse %s en nommant le fichier, la ligne, la prop et la correction', (_case, body, message) => {
    expect(siteProblems(body)).toEqual([message]);
  });
});

describe('checkMdxContent : les props sans lesquelles un composant publierait un bloc faux ou vide', () => {
  const siteProblems = (body: string) => checkMdxContent(page(body), file, contentMdxPolicy()).map(formatProblem);

  it('refuse <LegalNotice partie="éditeur" /> (avec l’accent), qui ferait disparaître la phrase sur l’éditeur', () => {
    expect(siteProblems('<LegalNotice partie="éditeur" />')).toEqual([
      `${file}: ligne 6, partie: <LegalNotice> : « éditeur » n’est pas une valeur connue de « partie » → écrivez partie="editeur" ou partie="hebergeur"`,
    ]);
  });

  it('refuse <AuditExemptions> sans liste, et une liste inconnue', () => {
    expect(siteProblems('<AuditExemptions />')).toEqual([
      `${file}: ligne 6, liste: <AuditExemptions> sans « liste » → écrivez liste="derogations" ou liste="exemptions"`,
    ]);
    expect(siteProblems('<AuditExemptions liste="dérogations" />')).toHaveLength(1);
  });

  it.each([
    ['sans titre', '<Notice>À savoir : le texte.</Notice>'],
    ['avec un titre vide', '<Notice titre="">À savoir : le texte.</Notice>'],
    ['avec un titre fait d’espaces', '<Notice titre="  ">À savoir : le texte.</Notice>'],
  ])('refuse une <Notice> %s, qui afficherait un titre vide', (_case, body) => {
    expect(siteProblems(body)).toEqual([
      `${file}: ligne 6, titre: <Notice> sans « titre » → écrivez titre="…", le titre court de l’encadré, lu en premier`,
    ]);
  });

  it('accepte les composants bien écrits', () => {
    expect(
      siteProblems(
        '<LegalNotice partie="editeur" />\n\n<LegalNotice partie="hebergeur" />\n\n<AuditExemptions liste="exemptions" />\n\n<Notice titre="À savoir">Le texte.</Notice>',
      ),
    ).toEqual([]);
  });
});
