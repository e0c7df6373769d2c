/**
 * What an MDX content file may use, read from the components' folder: the build (src/integrations/mdxContentPolicy.ts)
 * and `npm run check:content` (validateContent) check pages against the same policy.
 */
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import type { MdxPolicy } from './checkMdxContent.ts';
import { REPOSITORY_LINK_TARGETS } from './contributionLinks.ts';
import { LEGAL_PARTS } from './legalNotice.ts';
import { EXEMPTION_LISTS } from '../schemas/audit.ts';

/** Where the components an MDX content file may use live. */
const CONTENT_COMPONENTS_DIR = 'src/components/content';

/**
 * What an MDX content file may use: the content components, the words some of their props take, and the text props
 * without which a component would show an empty or wrong block (a `<LegalNotice partie="éditeur" />` would drop the
 * publisher's sentence from the legal notice).
 */
export function contentMdxPolicy(): MdxPolicy {
  const componentNames = readdirSync(CONTENT_COMPONENTS_DIR)
    .filter((file) => file.endsWith('.astro'))
    .map((file) => basename(file, '.astro'));
  return {
    componentsDir: CONTENT_COMPONENTS_DIR,
    componentNames,
    componentWords: {
      RepositoryLink: { vers: Object.keys(REPOSITORY_LINK_TARGETS) },
      LegalNotice: { partie: LEGAL_PARTS },
      AuditExemptions: { liste: EXEMPTION_LISTS },
    },
    componentTexts: { Notice: { titre: 'le titre court de l’encadré, lu en premier' } },
  };
}
