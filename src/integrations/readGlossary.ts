import { contentRoot } from '../lib/contentRoot.ts';
import { readContent } from '../lib/readContentFile.ts';
import type { SigleMeaning } from '../lib/spellOutSigles.ts';
import { glossarySchema } from '../schemas/glossary.ts';

/** The two fields the checks read, parsed as the pages parse them: a stray space around « CIO » is trimmed. */
const meaningSchema = glossarySchema.pick({ sigle: true, sens: true });

/**
 * The glossary (content/sigles/) as the checks of the built pages and the search's sigle filter read it, outside
 * Astro's content layer, through the glossary's schema as the pages read it. Throws on a file the schema refuses,
 * naming it (the build has refused it already).
 */
export function readGlossary(root = contentRoot()): SigleMeaning[] {
  return readContent(root, ['glossary']).map(({ file, data }) => {
    const parsed = meaningSchema.safeParse(data);
    if (!parsed.success) throw new Error(`${file} : ${parsed.error.issues.map(({ message }) => message).join(' ; ')}`);
    return parsed.data;
  });
}
