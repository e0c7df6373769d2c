import { COLLECTION_FOLDERS } from '../schemas/folders.ts';
import { site } from '../site.config.ts';
export const planted = [COLLECTION_FOLDERS, site];
