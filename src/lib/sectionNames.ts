import { COLLECTION_FILES } from '../schemas/collectionFiles.ts';

/**
 * The plain names of the main sections, as the main menu shows them. Readers found the network's own names
 * (« Sitothèque », « Points d’étape », « Autodiagnostic ») opaque: those stay in the sections' headings, after the
 * plain name. A section fed by a collection takes the collection's `section` (src/schemas/collectionFiles.ts), which
 * the editing interface and the field reference show beside the network's word. The menu (src/navigation.ts), and
 * through it the breadcrumbs and the site map, the lists' titles (src/lib/listTitles.ts) and the search's kinds
 * (src/lib/searchKinds.ts) take the names from here. Only the build reads them: no browser script imports this
 * module (src/lib/search.ts takes only a type from searchKinds.ts), so the names reach readers as HTML.
 */
export const sectionNames = {
  structures: COLLECTION_FILES.structures.label,
  map: 'Carte',
  diagnostic: COLLECTION_FILES.diagnostic.section,
  reports: COLLECTION_FILES.reports.section,
  sites: COLLECTION_FILES.sites.section,
  internships: COLLECTION_FILES.internships.label,
  tools: COLLECTION_FILES.tools.section,
  themes: COLLECTION_FILES.themes.section,
} as const;
