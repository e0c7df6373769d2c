import { STRUCTURE_TYPES } from '../schemas/structure.ts';
export const planted = STRUCTURE_TYPES;
