/** The page types the benchmark reports, and how to find one page of each in a build. */

/** A page type: a fixed path, or the first entry page below a listing path. */
export interface PageType {
  name: string;
  /** Fixed path of the page… */
  path?: string;
  /** …or a folder whose first entry page (in name order) stands for the type. */
  firstBelow?: string;
  /** Sub-pages of that folder that are not entries. */
  except?: string[];
}

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '/' },
  { name: 'report', firstBelow: '/points-etape/' },
  { name: 'structure', firstBelow: '/structures/' },
  { name: 'sitothèque theme', firstBelow: '/sitotheque/' },
  { name: 'internship', firstBelow: '/stages/', except: ['imprimer'] },
  { name: 'map', path: '/carte/' },
  { name: 'embed', path: '/embed/carte/' },
  { name: 'diagnostic', path: '/diagnostic/' },
  { name: 'search', path: '/recherche/' },
];

/** The page standing for a type among a build's pages, or undefined when the build has none yet. */
export function pageOfType(type: PageType, pages: readonly string[]): string | undefined {
  if (type.path) return pages.includes(type.path) ? type.path : undefined;
  const folder = type.firstBelow!;
  const except = new Set(type.except ?? []);
  const names = pages
    .filter((path) => path.startsWith(folder) && path !== folder && path.endsWith('/'))
    .map((path) => path.slice(folder.length, -1))
    .filter((name) => !name.includes('/') && !except.has(name) && !/^\d+$/.test(name))
    .sort();
  return names[0] === undefined ? undefined : `${folder}${names[0]}/`;
}
