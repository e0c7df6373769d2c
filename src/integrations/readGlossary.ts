import { contentRoot } from '../lib/contentRoot.ts';
import { readContent } from '../lib/readContentFile.ts';
import type { SigleMeaning } from '../lib/spellOutSigles.ts';

/** The glossary (content/sigles/) as the checks of the built pages read it, outside Astro's content layer. */
export function readGlossary(root = contentRoot()): SigleMeaning[] {
  return readContent(root, ['glossary']).map(({ data }) => ({
    sigle: String(data['sigle']),
    sens: String(data['sens']),
  }));
}
