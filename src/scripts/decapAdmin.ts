/**
 * The editing interface (/admin/): Decap CMS, in French, with the configuration the page carries
 * (generated from the schemas by `src/lib/cmsConfig.ts`) and file formats that keep files as written.
 * Bundled on its own by `src/pages/admin/decap-cms.js.ts`: no reading page loads any of it. Decap itself is its
 * package's prebuilt script, which the page loads right after this one (`src/lib/decapBundle.ts`): it takes React
 * from `window` and sets `window.DecapCmsApp`, which this script starts once every deferred script has run.
 */
import React from 'react';
import ReactDOM from 'react-dom';
import type DecapCms from 'decap-cms-app';
import type { CmsConfig } from '../lib/cmsConfig.ts';
import { frenchLocale, frenchScreenTexts, type LocalePhrases } from '../lib/cmsLocale.ts';
import {
  CMS_FORMATS,
  frontmatterFromFile,
  frontmatterToFile,
  listFieldNames,
  yamlFromFile,
  yamlToFile,
} from '../lib/cmsYaml.ts';

declare global {
  interface Window {
    React?: unknown;
    ReactDOM?: unknown;
    /** Set by Decap's prebuilt script: the object the package exports. */
    DecapCmsApp?: typeof DecapCms;
  }
}

// Decap's prebuilt script reads them when it runs, right after this one.
Object.assign(window, { React, ReactDOM });

const element = document.getElementById('cms-config');
if (!element?.textContent) throw new Error('Configuration de l’interface absente de la page (#cms-config).');
const config = JSON.parse(element.textContent) as CmsConfig & Record<string, unknown>;

// Local editing: `npm run admin` serves decap-server at /api/v1 of the same origin (and marks the page), and a
// built site opened as /admin/?local does the same; Decap itself only accepts it on localhost or 127.0.0.1,
// so no one can point the public site at another server. Elsewhere nothing is probed.
if (element.dataset['localBackend'] !== undefined || new URLSearchParams(window.location.search).has('local')) {
  config['local_backend'] = { url: new URL('/api/v1', window.location.origin).href };
}

// Decap's preview pane is an untitled frame (RGAA 2.1) showing the fields without the site's styles: off.
config['editor'] = { preview: false };

// The page's own content is for browsers without JavaScript: Decap takes the whole window, under the page's title
// (Decap mounts into the element with id "nc-root" when there is one). Its collection views have a <main> of their
// own, its editor none: this wrapper is the main landmark only where Decap shows none (one main, never nested).
const main = document.createElement('div');
const title = document.createElement('h1');
title.className = 'visually-hidden';
title.textContent = document.querySelector('h1')?.textContent ?? 'Interface d’édition';
const root = document.createElement('div');
root.id = 'nc-root';
// On a screen narrower than Decap's layout, the page's line that says so stays above it (src/lib/editingScreen.ts).
const narrowScreenNote = document.querySelector('[data-narrow-screen-note]');
main.append(title, ...(narrowScreenNote ? [narrowScreenNote] : []), root);
document.body.replaceChildren(main);
/** Names Decap leaves out, set again whenever it renders (RGAA 1.2, 11.9; audit/grille.yaml, page « admin »). */
const LIST_ITEM_NAMES = {
  toggle: 'Replier ou déplier cet élément',
  move: 'Déplacer cet élément',
  moveHelp: 'Se déplace à la souris ou au doigt, en le faisant glisser.',
  remove: 'Supprimer cet élément',
};
const fixAccessibility = () => {
  // Where Decap shows its own <main> and title (a collection), the wrapper's are left out.
  const decapMain = Boolean(root.querySelector('main'));
  if (decapMain) main.removeAttribute('role');
  else if (main.getAttribute('role') !== 'main') main.setAttribute('role', 'main');
  title.hidden = decapMain;
  // A canvas a library adds to the page to measure text: nothing to read.
  for (const canvas of document.querySelectorAll('body > canvas:not([aria-hidden])'))
    canvas.setAttribute('aria-hidden', 'true');
  // Decap's icons sit beside a text or in a button named otherwise: decorative.
  for (const icon of root.querySelectorAll('svg:not([aria-hidden])')) icon.setAttribute('aria-hidden', 'true');
  // A list item's bar (an entry's services, sources): fold button, drag handle, remove button, all icons only.
  for (const bar of root.querySelectorAll("[class*='ListItemTopBar']")) {
    const [first, last] = [bar.firstElementChild, bar.lastElementChild];
    if (first instanceof HTMLButtonElement && !first.ariaLabel) first.ariaLabel = LIST_ITEM_NAMES.toggle;
    if (last instanceof HTMLButtonElement && !last.ariaLabel) last.ariaLabel = LIST_ITEM_NAMES.remove;
    const handle = bar.querySelector<HTMLElement>('[aria-roledescription="sortable"]:not([aria-label])');
    if (handle) handle.ariaLabel = LIST_ITEM_NAMES.move;
  }
  // The drag library renders its help and announcements outside Decap's root. Its help says, in English, to use the keyboard, which Decap does not enable: say what is true.
  for (const help of document.querySelectorAll('[id^="DndDescribedBy"]'))
    if (help.textContent !== LIST_ITEM_NAMES.moveHelp) help.textContent = LIST_ITEM_NAMES.moveHelp;
  // Its announcements while dragging stay in English: marked as such (RGAA 8.7).
  for (const region of document.querySelectorAll('[id^="DndLiveRegion"]:not([lang])'))
    region.setAttribute('lang', 'en');
  // The first login of a person who is not a member asks, in English only, to create their fork.
  frenchScreenTexts(root);
};
fixAccessibility();
new MutationObserver(fixAccessibility).observe(document.body, { childList: true, subtree: true });

// Decap keeps one document title for every view: each view gets its own (RGAA 8.6), from its address.
const siteTitle = document.title;
const viewTitle = () => {
  const [, name, action, entry] = /^#\/collections\/([^/]+)(?:\/(new|entries)(?:\/(.+))?)?/.exec(location.hash) ?? [];
  const collection = config.collections.find((candidate) => candidate.name === name);
  if (!collection) return siteTitle;
  if (action === 'new') return `Nouvelle entrée (${collection.label_singular}) — ${siteTitle}`;
  if (action === 'entries' && entry)
    return `${decodeURIComponent(entry)} (${collection.label_singular}) — ${siteTitle}`;
  return `${collection.label} — ${siteTitle}`;
};
const retitle = () => {
  document.title = viewTitle();
};
retitle();
window.addEventListener('hashchange', retitle);

/** Registers the French additions and the file formats, then starts Decap with the page's configuration. */
const start = (CMS: typeof DecapCms) => {
  // Decap's French, completed where it falls back to English (RGAA 8.7), in plain words where it reads badly.
  const french = CMS.getLocale('fr') as LocalePhrases | undefined;
  if (french) CMS.registerLocale('fr', frenchLocale(french));
  // A tool's `structure: bij-41` shows in the form's list of structures, instead of an empty one.
  const listFields = listFieldNames(config);
  CMS.registerCustomFormat(CMS_FORMATS.yaml, 'yaml', {
    fromFile: (content: string) => yamlFromFile(content, listFields),
    toFile: (data: Record<string, unknown>, order?: string[]) => yamlToFile(data, order),
  });
  CMS.registerCustomFormat(CMS_FORMATS.frontmatter, 'md', {
    fromFile: (content: string) => frontmatterFromFile(content, listFields),
    toFile: (data: Record<string, unknown>, order?: string[]) => frontmatterToFile(data, order),
  });
  CMS.init({ config } as never);
};
// Deferred scripts run in the page's order, all before DOMContentLoaded: Decap's has run by then.
document.addEventListener('DOMContentLoaded', () => {
  if (!window.DecapCmsApp) throw new Error('Le script de Decap (/admin/decap-cms-app.js) ne s’est pas chargé.');
  start(window.DecapCmsApp);
});
