import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas, filePattern } from './schemas/collections.ts';
import { contentRoot } from './lib/contentRoot.ts';
import { COLLECTION_FOLDERS, type CollectionName } from './schemas/folders.ts';

/** Glob loader over one collection's folder of the content root, for the file kinds editors may use. */
function folder(name: CollectionName) {
  return glob({ pattern: filePattern(name), base: `${contentRoot()}/${COLLECTION_FOLDERS[name]}` });
}

// Schemas, folders and file kinds are declared once in src/schemas/collections.ts.
const schemas = collectionSchemas(reference);

export const collections = {
  reports: defineCollection({ loader: folder('reports'), schema: schemas.reports }),
  structures: defineCollection({ loader: folder('structures'), schema: schemas.structures }),
  themes: defineCollection({ loader: folder('themes'), schema: schemas.themes }),
  sites: defineCollection({ loader: folder('sites'), schema: schemas.sites }),
  internships: defineCollection({ loader: folder('internships'), schema: schemas.internships }),
  tools: defineCollection({ loader: folder('tools'), schema: schemas.tools }),
  diagnostic: defineCollection({ loader: folder('diagnostic'), schema: schemas.diagnostic }),
  pages: defineCollection({ loader: folder('pages'), schema: schemas.pages }),
};
