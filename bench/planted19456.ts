import { structuresByName } from '../src/content.ts';
export const planted = structuresByName;
