/**
 * The plain names of the main sections, as the main menu shows them. Readers found the network's own names
 * (« Sitothèque », « Points d’étape », « Autodiagnostic ») opaque: those stay in the sections' headings, after the
 * plain name. The menu (src/navigation.ts), and through it the breadcrumbs and the site map, and the search's types
 * (src/lib/search.ts) take the names from here.
 */
export const sectionNames = {
  structures: 'Structures',
  map: 'Carte',
  diagnostic: 'Trouver la bonne aide',
  reports: 'Travaux du réseau',
  sites: 'Sites utiles',
  internships: 'Stages',
  tools: 'Boîte à outils',
} as const;
