// Decap's phrase files ship without types: each is one object of nested strings (see src/lib/cmsLocale.ts).
declare module 'decap-cms-locales/dist/esm/*/index.js' {
  const phrases: import('../../src/lib/cmsLocale.ts').LocalePhrases;
  export default phrases;
}
