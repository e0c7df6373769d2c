/**
 * The narrowest screen the editing interface (/admin/, Decap CMS) fits without sideways scrolling, in CSS pixels:
 * Decap's layout is its own. Measured on its views (tests/browser/adminNarrowScreen.test.ts, which fails if a view
 * overflows at this width): an entry's form is at least 800 px wide, a collection's list needs 996 px from 800 px up.
 * Rounded up; /admin/ (on narrower screens) and /contribuer/ tell editors.
 */
export const EDITING_MIN_WIDTH = 1000;

/** The width as the editors' pages write it, « 1 000 px » (a no-break space between thousands and before the unit). */
export const EDITING_MIN_WIDTH_TEXT = `${EDITING_MIN_WIDTH.toLocaleString('fr-FR').replace(/\s/g, '\u00a0')}\u00a0px`;
