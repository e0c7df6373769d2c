import { structureTypeIds } from '../../schemas/structure.ts';
import { publicIds } from '../../schemas/fields.ts';
import { employmentAreaIds } from '../../site.config.ts';
import type { FilterVocabulary } from './filters.ts';

/** Every value the filters accept, handed to the browser in `data-vocabulary`. */
export const filterVocabulary: FilterVocabulary = {
  bassins: employmentAreaIds,
  types: structureTypeIds,
  publics: publicIds,
};
