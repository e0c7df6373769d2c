/**
 * How far the site's content has been checked, said in the legal notice from the entries' own flags (`verifie`,
 * `provenance`), so that the page stays true as editors check entries.
 */
import { countOf, plural } from './french.ts';

/** How many entries of a kind are checked, out of how many. */
export interface CheckedCount {
  checked: number;
  total: number;
}

/** The wording of one kind of entry when none, some or all of them are checked. */
interface Wording {
  none: (total: number) => string;
  some: (checked: number, total: number) => string;
  all: (total: number) => string;
}

const say = ({ checked, total }: CheckedCount, wording: Wording): string =>
  checked === 0 ? wording.none(total) : checked < total ? wording.some(checked, total) : wording.all(total);

/** Kinds of entry the site has none of say nothing. */
const unlessEmpty = (count: CheckedCount, sentence: string) => (count.total === 0 ? [] : [sentence]);

/** « 1 outil sur 11 est cité dans un document du groupe », without its full stop: the legal notice and the toolbox say it. */
export function citedByGroup(checked: number, total: number): string {
  return `${countOf(checked, 'outil')} sur ${total} ${plural(checked, 'est cité', 'sont cités')} dans un document du groupe`;
}

/**
 * One sentence per kind of entry: structures whose contact details a person checked, forms of internship compared
 * with the official texts, tools that a document of the group names. Each adds what its pages show about it.
 */
export function contentReviewFacts(counts: {
  structures: CheckedCount;
  internships: CheckedCount;
  tools: CheckedCount;
}): string[] {
  const structures = say(counts.structures, {
    none: (total) =>
      `${total === 1 ? 'La fiche de structure n’a pas' : `Aucune des ${total} fiches de structure n’a`} encore de coordonnées vérifiées par une personne.`,
    some: (checked, total) =>
      `${countOf(checked, 'fiche')} de structure sur ${total} ${plural(checked, 'a', 'ont')} des coordonnées vérifiées par une personne.`,
    all: (total) =>
      `${total === 1 ? 'La fiche' : `Les ${total} fiches`} de structure ${plural(total, 'a', 'ont')} des coordonnées vérifiées par une personne.`,
  });
  const internships = say(counts.internships, {
    none: (total) =>
      `${total === 1 ? 'La fiche de stage n’a pas' : `Aucune des ${total} fiches de stage n’a`} encore été comparée aux textes officiels.`,
    some: (checked, total) =>
      `${countOf(checked, 'fiche')} de stage sur ${total} ${plural(checked, 'a été comparée', 'ont été comparées')} aux textes officiels.`,
    all: (total) =>
      `${total === 1 ? 'La fiche' : `Les ${total} fiches`} de stage ${plural(total, 'a été comparée', 'ont été comparées')} aux textes officiels.`,
  });
  const tools = say(counts.tools, {
    none: (total) =>
      `${total === 1 ? 'L’outil n’est pas' : `Aucun des ${total} outils n’est`} cité dans un document du groupe.`,
    some: (checked, total) => `${citedByGroup(checked, total)}.`,
    all: (total) =>
      `${total === 1 ? 'L’outil' : `Les ${total} outils`} ${plural(total, 'est cité', 'sont cités')} dans un document du groupe.`,
  });
  return [
    ...unlessEmpty(
      counts.structures,
      `${structures} Chaque fiche dit si ses coordonnées sont vérifiées, et sinon d’où elles viennent.`,
    ),
    ...unlessEmpty(
      counts.internships,
      `${internships} Chaque fiche le dit, et celles qui ne l’ont pas été portent la mention « À revérifier ».`,
    ),
    ...unlessEmpty(counts.tools, `${tools} Chaque fiche d’outil dit d’où elle vient.`),
  ];
}
