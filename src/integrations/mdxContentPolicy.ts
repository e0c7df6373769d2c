import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkMdxContent } from '../lib/checkMdxContent.ts';
import { contentMdxPolicy } from '../lib/contentMdxPolicy.ts';
import { ContentError } from '../lib/contentProblem.ts';
import { contentRoot } from '../lib/contentRoot.ts';

/** Path shown to the editor: relative to the project when the content lives in it. */
function shownPath(file: string): string {
  const local = relative(process.cwd(), file);
  return local.startsWith('..') || isAbsolute(local) ? file : local;
}

/**
 * Paths of the MDX files under `folder` (linked folders included), relative to it. The entries' types come with
 * the listing: `readdirSync(…, { recursive: true })` asks the system for each entry's type, one call per file
 * (9,500 files at ×100 content).
 */
function mdxFilesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = join(folder, entry.name);
    const path = join(prefix, entry.name);
    if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(full).isDirectory())) {
      return mdxFilesUnder(full, path);
    }
    return entry.name.endsWith('.mdx') ? [path] : [];
  });
}

/** Checks every MDX file of the content root before Astro compiles (and so runs) any of them. */
function checkAllMdxContent(root = contentRoot()): void {
  const policy = contentMdxPolicy();
  const problems = mdxFilesUnder(root)
    .sort()
    .flatMap((file) => {
      const path = join(root, file);
      return checkMdxContent(readFileSync(path, 'utf8'), path, policy, shownPath(path));
    });
  if (problems.length > 0) throw new ContentError(problems);
}

/** Astro integration: refuses to build (or check) a site whose MDX content would run code. */
export function mdxContentPolicy(): AstroIntegration {
  return {
    name: 'aioa41:mdx-content-policy',
    hooks: {
      'astro:config:setup': () => checkAllMdxContent(),
    },
  };
}
