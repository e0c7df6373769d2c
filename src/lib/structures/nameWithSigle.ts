/**
 * A structure's name and its sigle, as lists and links write them: « Centre d’information et d’orientation de Blois
 * (CIO de Blois) ». A sigle that holds brackets itself follows a dash, so that no bracket opens inside another.
 * A name that already holds the sigle as its words (« Afpa de Blois ») is written alone.
 * Its own module, without imports: the map's list writes its items in the browser with it too.
 */
export function nameWithSigle(nom: string, sigle: string | undefined): string {
  if (!sigle || ` ${nom} `.includes(` ${sigle} `)) return nom;
  return /[()]/.test(sigle) ? `${nom} — ${sigle}` : `${nom} (${sigle})`;
}
