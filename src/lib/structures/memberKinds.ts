/**
 * The kinds of structure the network's members are, as the home page lists them: written from the members' files,
 * so that another territory's network, or a member added or gone, never reads a kind it does not have.
 */
import { joinFrench } from '../french.ts';
import { structureTypeIds, type StructureType } from '../../schemas/structure.ts';

/** Each kind as a category in a list, without article; sigles are written out by the page's glossary. */
const KIND_IN_A_LIST: Record<StructureType, string> = {
  'mission-locale': 'Missions Locales',
  cio: 'centres d’information et d’orientation',
  bij: 'information jeunesse',
  'cad-cma': 'Chambre de métiers',
  cfa: 'CFA',
  mgi: 'missions de lutte contre le décrochage scolaire',
  'france-travail': 'France Travail',
  afpa: 'Afpa',
  'chambre-consulaire': 'chambres consulaires',
  gip: 'groupement d’intérêt public',
  autre: 'autres structures',
};

/** « Missions Locales, information jeunesse et CFA »: each kind of `types` once, in the order of STRUCTURE_TYPES. */
export function kindsInAList(types: readonly StructureType[]): string {
  const present = new Set(types);
  return joinFrench(structureTypeIds.filter((type) => present.has(type)).map((type) => KIND_IN_A_LIST[type]));
}
