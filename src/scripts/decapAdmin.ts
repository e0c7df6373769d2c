/**
 * The editing interface (/admin/): Decap CMS, in French, with the configuration the page carries
 * (generated from the schemas by `src/lib/cmsConfig.ts`) and file formats that keep files as written.
 * Bundled on its own by `src/pages/admin/decap-cms.js.ts`: no reading page loads any of it.
 */
import CMS from 'decap-cms-app';
import type { CmsConfig } from '../lib/cmsConfig.ts';
import { CMS_FORMATS, frontmatterFromFile, frontmatterToFile, yamlFromFile, yamlToFile } from '../lib/cmsYaml.ts';

const element = document.getElementById('cms-config');
if (!element?.textContent) throw new Error('Configuration de l’interface absente de la page (#cms-config).');
const config = JSON.parse(element.textContent) as CmsConfig & Record<string, unknown>;

// Local editing: `npm run admin` serves decap-server at /api/v1 of the same origin (and marks the page), and a
// built site opened as /admin/?local does the same; Decap itself only accepts it on localhost or 127.0.0.1,
// so no one can point the public site at another server. Elsewhere nothing is probed.
if (element.dataset['localBackend'] !== undefined || new URLSearchParams(window.location.search).has('local')) {
  config['local_backend'] = { url: new URL('/api/v1', window.location.origin).href };
}

CMS.registerCustomFormat(CMS_FORMATS.yaml, 'yaml', {
  fromFile: (content: string) => yamlFromFile(content),
  toFile: (data: Record<string, unknown>, order?: string[]) => yamlToFile(data, order),
});
CMS.registerCustomFormat(CMS_FORMATS.frontmatter, 'md', {
  fromFile: (content: string) => frontmatterFromFile(content),
  toFile: (data: Record<string, unknown>, order?: string[]) => frontmatterToFile(data, order),
});

// The page's own content is for browsers without JavaScript: Decap takes the whole window, inside a <main>
// landmark under the page's title (Decap mounts into the element with id "nc-root" when there is one).
const main = document.createElement('main');
const title = document.createElement('h1');
title.className = 'visually-hidden';
title.textContent = document.querySelector('h1')?.textContent ?? 'Interface d’édition';
const root = document.createElement('div');
root.id = 'nc-root';
main.append(title, root);
document.body.replaceChildren(main);
CMS.init({ config } as never);
