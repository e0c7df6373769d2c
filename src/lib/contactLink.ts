/**
 * What a link to one of the repository's issue forms tells the reader before they follow it: the network's contact
 * (`site.contactUrl`) and « Signaler une erreur sur cette fiche ». Such a form is public and asks for a GitHub
 * account; a link that only says « écrire au réseau » sends a town hall to a sign-in page it did not expect.
 */

/** What the text of a link to a GitHub issue form adds, in brackets. */
export const GITHUB_FORM_NOTE = 'formulaire public sur GitHub, compte gratuit nécessaire';

/** Whether an address opens a new issue on GitHub (a form or the list of forms): public, and only with an account. */
export function isGitHubIssueForm(url: string): boolean {
  const parsed = new URL(url);
  return parsed.hostname === 'github.com' && /\/issues\/new(?:\/choose)?\/?$/.test(parsed.pathname);
}

/** The note a link to `url` must carry, or undefined when it leads elsewhere than a GitHub issue form (an e-mail). */
export function formNote(url: string): string | undefined {
  return isGitHubIssueForm(url) ? GITHUB_FORM_NOTE : undefined;
}

/**
 * A link to the network's contact from a page: its address and the note its text adds. An issue form
 * (`?template=…`) gets the page's address in its field `page` (.github/ISSUE_TEMPLATE/ecrire-au-reseau.yml), so
 * that the network knows where the reader was; any other address is left as configured.
 */
export function contactLink(contactUrl: string, pageUrl: string): { href: string; note: string | undefined } {
  const note = formNote(contactUrl);
  const url = new URL(contactUrl);
  if (note && url.searchParams.has('template')) url.searchParams.set('page', pageUrl);
  return { href: note ? url.href : contactUrl, note };
}
