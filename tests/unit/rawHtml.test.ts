import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Content fields are always escaped: Astro does it for `{value}`, these are the ways around it.
 * `set:html` is for HTML the build produced itself (rendered Markdown, the site's own configuration),
 * never for a field an editor writes.
 */
const RAW_HTML = /set:html|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/g;

/** Each allowed use, by file, with the reason it cannot carry an editor's text. */
const ALLOWED: Record<string, string> = {
  'src/scripts/renderSearchResult.ts':
    'Pagefind’s excerpt is parsed in an inert <template>, and only its text and <mark> elements are copied to the page.',
  'src/pages/admin/index.astro':
    'The editing interface’s configuration as JSON in a non-executed <script type="application/json">: text from the schemas and site.config.ts only, never a content field, with every « < » escaped so that it cannot close the element.',
  'src/components/RenderOnce.astro':
    'HTML that Astro rendered from the component’s own children earlier in the same build, every value escaped as usual, written again as it came out.',
  'src/components/SiglesWrittenOut.astro':
    'HTML that Astro rendered from the component’s own children, every value escaped as usual, written again with only a sigle’s meaning from content/sigles/ added to its text, escaped (& and <) by spellOutHtml (src/lib/spellOutSigles.ts); tags and attributes are copied as they came out.',
  'src/layouts/BaseLayout.astro':
    'The JSON-LD data block: JSON.stringify output with every < escaped (jsonLdText, src/lib/structuredData.ts), so no value can close the script or open markup.',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(astro|ts|js|mjs)$/.test(file))
    .map((file) => join(dir, file));
}

describe('HTML brut dans le code du site', () => {
  it('n’apparaît que là où une raison est écrite (tests/unit/rawHtml.test.ts, ALLOWED)', () => {
    const uses = sourceFiles('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          [...line.matchAll(RAW_HTML)].map(
            (match) => `${file}:${index + 1}: ${match[0]} : échappez la valeur ou justifiez l’exception`,
          ),
        ),
    );
    expect(uses.filter((use) => !(use.split(':')[0]! in ALLOWED))).toEqual([]);
  });
});
