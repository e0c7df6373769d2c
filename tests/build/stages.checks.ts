/**
 * The internship directory as its three readers find it in the built pages: young people, employers and
 * professionals each see whom to contact, what they are told and what a printed sheet lets them reach. Checked on a
 * site built under a sub-path, as a partner would host it, so that printed addresses carry the base: the one that
 * discoverability.test.ts builds for https://partenaire.example/aioa41/, with PLANTED_INTERNSHIPS in its content,
 * rather than a whole build of its own for the same content and options.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../support/htmlText.ts';

/**
 * Test data only: a form written for professionals alone. Every real form now speaks to all three readers, so the
 * entry points' filter shows only on a planted one.
 */
const PROFESSIONALS_ONLY = `---
# Fiche de test (tests/build/stages.checks.ts) : rien de réel.
nom: "Forme de test pour les seuls professionnels"
ordre: 999
pour:
  - professionnels
public_concerne: "Personne de test."
age_ou_niveau: "Test"
duree: "Test"
cadre_legal: "Aucun : fiche de test"
convention: false
gratification: "Test"
date_verification: 2026-11-28
---
`;

/** Files to add to the content of the site that `describeInternshipDirectory` reads. */
export const PLANTED_INTERNSHIPS = { 'stages/zz-test-professionnels.md': PROFESSIONALS_ONLY };

/** Where the site the checks read is built for: a partner's address, under a sub-path. */
export const PARTNER_SITE = { base: '/aioa41/', siteUrl: 'https://partenaire.example' };

/** Text as a reader reads it: tags removed, entities decoded, spaces collapsed. */
const textOf = (fragment: string) =>
  decodeEntities(fragment.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** Titles of a fragment's headings of the given level. */
const headings = (fragment: string, level: number) =>
  [...fragment.matchAll(new RegExp(`<h${level}[^>]*>([\\s\\S]*?)</h${level}>`, 'g'))].map((match) => textOf(match[1]!));

/**
 * Registers the checks of the internship directory, to run on the folder that `outDir()` gives once the calling
 * file has built the site for PARTNER_SITE with PLANTED_INTERNSHIPS in its content.
 */
export function describeInternshipDirectory(outDir: () => string) {
  /** A built page's HTML, by its path without the base (`stages/pour/employeurs`). */
  const html = (path: string) => readFileSync(join(outDir(), path, 'index.html'), 'utf8');

  /** One form's card on a reader's entry point. */
  function card(reader: string, id: string): string {
    const match = new RegExp(`<article[^>]*aria-labelledby="stage-${id}"[\\s\\S]*?</article>`).exec(
      html(`stages/pour/${reader}`),
    );
    expect(match, `/stages/pour/${reader}/ : pas de fiche ${id}`).not.toBeNull();
    return match![0];
  }

  describe('un employeur sait qui est son interlocuteur pour un élève', () => {
    it.each([
      ['observation-3e', 'Votre interlocuteur est le collège de l’élève'],
      ['pfmp-lycee-professionnel', 'Votre interlocuteur est le lycée de l’élève'],
      ['stage-enseignement-superieur', 'Votre interlocuteur est l’établissement de l’étudiant'],
    ])(
      '%s : « %s », et le CIO ou le BIJ sont listés « Pour s’informer », pas « Vos interlocuteurs »',
      (id, contact) => {
        const employer = card('employeurs', id);
        expect(textOf(employer)).toContain(contact);
        expect(headings(employer, 3)).toContain('Pour s’informer');
        expect(headings(employer, 3)).not.toContain('Vos interlocuteurs');
      },
    );

    it('les structures qui organisent la période restent « Vos interlocuteurs » (CFA, Mission Locale, France Travail)', () => {
      for (const id of ['apprentissage', 'pmsmp'])
        expect(headings(card('employeurs', id), 3)).toContain('Vos interlocuteurs');
    });

    it('un lycéen ne lit pas le service de lutte contre le décrochage sous « À qui s’adresser »', () => {
      const pupil = card('grand-public', 'pfmp-lycee-professionnel');
      expect(headings(pupil, 3)).toEqual(['Pour s’informer près de chez vous']);
      expect(headings(html('stages/pfmp-lycee-professionnel'), 2)).toContain('Pour s’informer');
    });
  });

  describe('la PMSMP proposée par la Mission Locale n’a pas d’autres règles que la PMSMP', () => {
    /** The comparison table's cells for a form, by its name in the row heading. */
    function row(name: string): string[] {
      const rows = [...html('stages').matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => match[1]!);
      const found = rows.find((cells) => /<th scope="row"/.test(cells) && textOf(cells).startsWith(name));
      expect(found, `pas de ligne « ${name} »`).toBeDefined();
      return [...found!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((match) => textOf(match[1]!));
    }

    it('le tableau comparatif lui donne la durée et la rémunération de la PMSMP', () => {
      const [, duration, , pay] = row('La PMSMP avec la Mission Locale');
      const [, pmsmpDuration] = row('Période de mise en situation en milieu professionnel (PMSMP)');
      expect(duration).toBe(pmsmpDuration);
      expect(pay).toMatch(/^Aucune/);
    });

    it('un employeur y lit ce que la PMSMP interdit, pas « ne pas lui confier un poste de travail »', () => {
      const text = textOf(card('employeurs', 'decouverte-mission-locale'));
      expect(text).toContain('elle ne sert ni à pourvoir un poste permanent, ni à remplacer un salarié absent');
      expect(text).not.toContain('poste de travail');
    });
  });

  describe('les références légales qu’un professionnel peut utiliser', () => {
    it('le stage d’observation renvoie aux articles D. 332-14 et D. 331-6 du Code de l’éducation', () => {
      const text = textOf(card('professionnels', 'observation-3e'));
      expect(text).toContain(
        'Code de l’éducation, article D. 332-14 (séquence d’observation en 3e) et article D. 331-6',
      );
      expect(text).toContain('5 jours, consécutifs ou non, aux dates fixées par le collège');
    });

    it('un lycéen lit que l’allocation de PFMP est versée par jour effectué, et qu’elle est à revérifier', () => {
      const text = textOf(card('grand-public', 'pfmp-lycee-professionnel'));
      expect(text).toContain('une allocation par jour de PFMP effectué (décret n° 2023-765 du 11 août 2023)');
      expect(text).not.toContain('chaque semaine');
    });
  });

  describe('un jeune trouve sa forme de stage sans tout lire', () => {
    it('l’accueil du répertoire ne promet plus un tri qu’il ne fait pas', () => {
      const lead = textOf(/<p class="lead"[^>]*>([\s\S]*?)<\/p>/.exec(html('stages'))![1]!);
      expect(lead).not.toContain('vous ne verrez que');
      expect(lead).toContain('chaque entrée dit pour qui est chaque forme');
    });

    it('la liste en tête de l’entrée « Je cherche un stage » dit pour qui est chaque forme', () => {
      const page = html('stages/pour/grand-public');
      const jumps = [...page.matchAll(/<li[^>]*><a href="#stage-[^"]+"[^>]*>[\s\S]*?<\/li>/g)].map((match) =>
        textOf(match[0]),
      );
      // « titre — pour qui »; a sigle's first use on the page may carry its meaning (« CAP (certificat …) »).
      const forWhom = (title: string) => jumps.find((jump) => jump.startsWith(`${title} — `))?.slice(title.length + 3);
      for (const jump of jumps) expect(jump).toMatch(/ — \S/);
      expect(forWhom('Stage d’observation de 3e')).toBe('collégiens de 3e');
      expect(forWhom('Stage de l’enseignement supérieur')).toBe('étudiants après le bac');
      expect(forWhom('Période de formation en milieu professionnel (PFMP)')).toMatch(/^lycéens en CAP\b.* ou bac pro$/);
    });

    it('l’avertissement des fiches renvoie un jeune à son collège, son lycée ou son conseiller, un employeur aux textes', () => {
      const pupil = textOf(card('grand-public', 'observation-3e'));
      expect(pupil).toContain(
        'sans comparaison avec les textes officiels. Votre collège, votre lycée, votre établissement ou votre conseiller vous confirmera ces règles',
      );
      expect(pupil).not.toContain('Vérifiez-les sur les pages officielles citées');
      expect(textOf(card('employeurs', 'observation-3e'))).toContain(
        'sans comparaison avec les textes officiels. Vérifiez-les sur les pages officielles citées',
      );
    });
  });

  describe('un employeur qui veut un apprenti est attendu', () => {
    it('l’entrée des employeurs s’appelle « J’accueille un stagiaire ou un apprenti », sur /stages/ et sur sa page', () => {
      expect(headings(html('stages/pour/employeurs'), 1)).toEqual(['J’accueille un stagiaire ou un apprenti']);
      expect(headings(html('stages'), 3)).toContain('J’accueille un stagiaire ou un apprenti');
    });

    it('la fiche de l’apprentissage lui dit par où commencer : le CFA, le contrat, puis l’OPCO', () => {
      expect(textOf(card('employeurs', 'apprentissage'))).toMatch(
        /Pour commencer : choisissez le diplôme et le CFA qui le prépare[^.]*contrat d’apprentissage[^.]*employeur privé, déposez le contrat auprès de votre opérateur de compétences \(OPCO\) ; un employeur public suit les règles propres au secteur public/,
      );
    });
  });

  // Review rev27, finding 11: /stages/ did not say where it comes from.
  it('l’accueil du répertoire dit d’où il vient : le point d’étape 2008, sans le reprendre', () => {
    const page = html('stages');
    expect(page).toContain(`<a href="${PARTNER_SITE.base}points-etape/2008-quatre-actions/">point d’étape 2008</a>`);
    expect(textOf(page)).toContain('Ce répertoire-là n’est pas repris ici');
    expect(readFileSync(join(outDir(), 'points-etape/2008-quatre-actions/index.html'), 'utf8')).toContain(
      'Un répertoire des stages',
    );
  });

  describe('un professionnel voit la rémunération et le stage des étudiants', () => {
    it('la PMSMP lui dit que le jeune garde l’allocation du contrat d’engagement jeune', () => {
      const text = textOf(card('professionnels', 'pmsmp'));
      expect(text).toContain('Rémunération ou gratification : Aucune par l’accueil');
      expect(text).toContain('allocation du contrat d’engagement jeune');
    });

    it('le stage de l’enseignement supérieur figure dans son entrée, avec le rôle de l’établissement et du BIJ', () => {
      const text = textOf(card('professionnels', 'stage-enseignement-superieur'));
      expect(text).toContain('Rôle des professionnels : L’établissement d’enseignement prépare la convention');
      expect(text).toContain('Obligatoire au-delà de 2 mois');
    });

    it('chaque entrée ne montre que les formes écrites pour son lecteur', () => {
      const planted = 'Forme de test pour les seuls professionnels';
      expect(textOf(html('stages/pour/professionnels'))).toContain(planted);
      expect(textOf(html('stages/pour/employeurs'))).not.toContain(planted);
      expect(textOf(html('stages/pour/grand-public'))).not.toContain(planted);
    });
  });

  describe('le répertoire imprimé dit comment joindre chaque structure', () => {
    const printed = () => html('stages/imprimer');

    it('chaque structure de « À qui s’adresser » porte l’adresse complète de sa page, avec le sous-chemin du site', () => {
      const links = [...printed().matchAll(/<a href="([^"]+)" data-print-url="([^"]+)"/g)].map(([, href, url]) => ({
        href: decodeEntities(href!),
        url: decodeEntities(url!),
      }));
      expect(links.length).toBeGreaterThan(10);
      for (const { href, url } of links) {
        expect(href).toMatch(/^\/aioa41\/structures\/[a-z0-9-]+\/$/);
        expect(url).toBe(new URL(href, PARTNER_SITE.siteUrl).href);
        // The printed address is a page that exists.
        expect(() => html(href.slice(PARTNER_SITE.base.length)), url).not.toThrow();
      }
      expect(links.map(({ url }) => url)).toContain('https://partenaire.example/aioa41/structures/cio-blois/');
    });

    it('sous chaque « À qui s’adresser », une phrase dit où trouver les coordonnées, sans en inventer', () => {
      const sheets = printed().split('<section class="sheet"').slice(1);
      expect(sheets.length).toBeGreaterThan(5);
      const withContacts = sheets.filter((each) => each.includes('internship-contacts'));
      expect(withContacts.length).toBeGreaterThan(5);
      for (const sheet of withContacts)
        expect(textOf(sheet)).toContain(
          'Pour joindre une structure, ouvrez sa page sur ce site : elle dit si ses coordonnées ont été vérifiées.',
        );
      expect(printed()).not.toMatch(/href="tel:/);
    });
  });

  describe('le tableau comparatif nomme ses colonnes comme les fiches', () => {
    it('la colonne de l’âge ou du niveau s’appelle « Âge ou niveau », pas « Pour qui » (le public concerné, sur les fiches)', () => {
      const table = /<table[\s\S]*?<\/table>/.exec(html('stages'))![0];
      const columns = [...table.matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map((match) => textOf(match[1]!));
      expect(columns).toEqual(['Forme', 'Âge ou niveau', 'Durée', 'Convention', 'Rémunération']);
      expect(textOf(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(table)![1]!)).toBe(
        'Comparer les formes de stage : âge ou niveau, durée, convention, rémunération',
      );
      // The sheets keep « Pour qui » for who can do it, and « Âge ou niveau » for the table's words.
      const sheet = textOf(card('grand-public', 'observation-3e'));
      expect(sheet).toContain('Pour qui : Élèves de 3e');
      expect(sheet).toContain('Âge ou niveau : Collégiens de 3e');
    });
  });
}
