/** "onisep.fr" for https://www.onisep.fr/…: the domain a reader recognises, without "www.". */
export function displayDomain(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
