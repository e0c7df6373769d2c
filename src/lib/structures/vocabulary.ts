import { structureTypeIds } from '../../schemas/structure.ts';
import { employmentAreaIds, publicIds } from '../../schemas/fields.ts';
import type { FilterVocabulary } from './filters.ts';

/** Every value the filters accept, handed to the browser in `data-vocabulary`. */
export const filterVocabulary: FilterVocabulary = {
  bassins: employmentAreaIds,
  types: structureTypeIds,
  publics: publicIds,
};
