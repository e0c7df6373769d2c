import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { diagnosticSchema } from './schemas/diagnostic.ts';
import { internshipSchema } from './schemas/internship.ts';
import { pageSchema } from './schemas/page.ts';
import { reportSchema } from './schemas/report.ts';
import { siteSchema } from './schemas/site.ts';
import { structureSchema } from './schemas/structure.ts';
import { themeSchema } from './schemas/theme.ts';
import { toolSchema } from './schemas/tool.ts';
import { contentRoot, COLLECTION_FOLDERS } from './lib/contentRoot.ts';

/** Glob loader over one folder of the content root; `pattern` picks the file kinds editors may use. */
function folder(name: keyof typeof COLLECTION_FOLDERS, pattern: string) {
  return glob({ pattern, base: `${contentRoot()}/${COLLECTION_FOLDERS[name]}` });
}

const markdown = '**/*.md';
const yaml = '**/*.{yaml,yml}';
// MDX only where an editorial page needs the site's content components; checked by src/integrations/mdxContentPolicy.ts.
const markdownOrMdx = '**/*.{md,mdx}';

export const collections = {
  reports: defineCollection({ loader: folder('reports', markdown), schema: reportSchema(reference) }),
  structures: defineCollection({ loader: folder('structures', yaml), schema: structureSchema }),
  themes: defineCollection({ loader: folder('themes', yaml), schema: themeSchema }),
  sites: defineCollection({ loader: folder('sites', yaml), schema: siteSchema(reference) }),
  internships: defineCollection({ loader: folder('internships', markdown), schema: internshipSchema(reference) }),
  tools: defineCollection({ loader: folder('tools', '**/*.{md,yaml,yml}'), schema: toolSchema(reference) }),
  diagnostic: defineCollection({ loader: folder('diagnostic', yaml), schema: diagnosticSchema(reference) }),
  pages: defineCollection({ loader: folder('pages', markdownOrMdx), schema: pageSchema }),
};
