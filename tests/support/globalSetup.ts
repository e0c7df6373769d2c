import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer.ts';

/** The two builds the browser tests read: at the root, and under a sub-path. */
export const SUB_PATH = '/aioa41/';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    subPathSiteUrl: string;
  }
}

/** Serves `dist/` and `dist-base/` (built by `npm run build` and `npm run build:base`) for the browser tests. */
export default async function setup(project: TestProject) {
  for (const dir of ['dist', 'dist-base']) {
    if (!existsSync(`${dir}/index.html`)) {
      throw new Error(
        `${dir}/ est absent : lancez « npm run build » et « npm run build:base » avant les tests navigateur.`,
      );
    }
  }
  const servers: StaticServer[] = [
    await startStaticServer('dist', '/'),
    await startStaticServer('dist-base', SUB_PATH),
  ];
  project.provide('siteUrl', servers[0]!.url);
  project.provide('subPathSiteUrl', servers[1]!.url);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
