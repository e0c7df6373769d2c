/**
 * What the toolbox says at its top about where its sheets come from, counted from the sheets themselves, so that
 * the page never lets a reader believe every tool is the group's.
 */
import type { ToolProvenance } from '../schemas/tool.ts';
import { citedByGroup } from './contentReview.ts';
import { countOf, plural } from './french.ts';

/**
 * « 1 outil sur 11 est cité dans un document du groupe… », from the provenance of each sheet of the toolbox;
 * `neighbours` counts the sheets to confirm whose report names a neighbouring démarche (`point_etape`), which the
 * summary mentions so that it does not contradict their sheets.
 */
export function toolProvenanceSummary(provenances: readonly ToolProvenance[], neighbours = 0): string {
  const count = (provenance: ToolProvenance) => provenances.filter((each) => each === provenance).length;
  const [group, structure, unconfirmed] = [count('groupe'), count('structure'), count('a-confirmer')];
  const total = provenances.length;
  if (total === 0) return '';
  const sentences = [
    group === 0 ? 'Aucun n’est cité dans un document du groupe.' : `${citedByGroup(group, total)} (un point d’étape).`,
  ];
  if (structure > 0) {
    sentences.push(
      `${countOf(structure, 'fiche')} sur ${total} ${plural(structure, 'a été fournie', 'ont été fournies')} par la structure qui détient l’outil.`,
    );
  }
  if (unconfirmed > 0) {
    const which =
      unconfirmed === total
        ? `Pour ${total === 1 ? 'cet outil' : `ces ${total} outils`}`
        : `Pour ${unconfirmed === 1 ? 'l’autre' : `les ${unconfirmed} autres`}`;
    const one = unconfirmed === 1;
    sentences.push(
      `${which}, la provenance reste à confirmer : aucun document du groupe ne ${one ? 'le' : 'les'} cite, et ${one ? 'sa fiche n’a' : 'leurs fiches n’ont'} pas été ${one ? 'vérifiée' : 'vérifiées'}, ni ${one ? 'la structure qui le détiendrait' : 'les structures qui les détiendraient'}.`,
    );
    if (neighbours > 0) {
      const of = one ? 'de cet outil' : neighbours === 1 ? 'de l’un d’eux' : `de ${neighbours} d’entre eux`;
      const sheet = neighbours === 1 ? 'sa fiche' : 'leurs fiches';
      sentences.push(`Un point d’étape parle seulement d’une démarche voisine ${of}, sans citer ${sheet}.`);
    }
  }
  return sentences.join(' ');
}
