/** A section of the site, with the preview image that pages under it show when shared. */
export interface ShareSection {
  /** File name of the image, without extension: `/partage/<id>.png`. */
  id: string;
  /** Title drawn on the image. */
  title: string;
  /** Site path (without the base) the section covers; `/` is the fallback for every page outside the others. */
  path: string;
}

/** Width and height of every preview image: the size Open Graph readers crop least. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The section a site path (without the base) belongs to: the longest matching section path. */
export function sectionOf(path: string, sections: readonly ShareSection[]): ShareSection {
  return sections
    .filter((section) => path.startsWith(section.path))
    .reduce((best, section) => (section.path.length > best.path.length ? section : best));
}

/** Site path of a section's image. */
export function shareImagePath(section: ShareSection): string {
  return `/partage/${section.id}.png`;
}
