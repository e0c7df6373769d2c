/** Folder of each collection inside the content root: French, as editors see them. */
export const COLLECTION_FOLDERS = {
  reports: 'points-etape',
  structures: 'structures',
  themes: 'thematiques',
  sites: 'sitotheque',
  internships: 'stages',
  tools: 'outils',
  diagnostic: 'diagnostic',
  pages: 'pages',
  glossary: 'sigles',
} as const;
export type CollectionName = keyof typeof COLLECTION_FOLDERS;
