import { COLLECTION_FILES } from '../schemas/collectionFiles.ts';
export const planted = COLLECTION_FILES;
