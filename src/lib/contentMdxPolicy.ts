/**
 * What an MDX content file may use, read from the components' folder: the build (src/integrations/mdxContentPolicy.ts)
 * and `npm run check:content` (validateContent) check pages against the same policy.
 */
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import type { MdxPolicy } from './checkMdxContent.ts';
import { REPOSITORY_LINK_TARGETS } from './contributionLinks.ts';

/** Where the components an MDX content file may use live. */
const CONTENT_COMPONENTS_DIR = 'src/components/content';

/** What an MDX content file may use: the content components, and the words some of their props take. */
export function contentMdxPolicy(): MdxPolicy {
  const componentNames = readdirSync(CONTENT_COMPONENTS_DIR)
    .filter((file) => file.endsWith('.astro'))
    .map((file) => basename(file, '.astro'));
  return {
    componentsDir: CONTENT_COMPONENTS_DIR,
    componentNames,
    componentWords: { RepositoryLink: { vers: Object.keys(REPOSITORY_LINK_TARGETS) } },
  };
}
