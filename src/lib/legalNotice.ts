/**
 * The facts a legal notice must name (publisher, publication director, host), read from `site.legalNotice` in
 * src/site.config.ts: the legal notice shows them, and says which are not yet published; the build warns about those.
 */
import type { LegalParty } from '../site.config.ts';
import { joinFrench } from './french.ts';

/** `site.legalNotice`: each value `null` until someone fills it in with checked facts. */
export interface LegalNoticeSettings {
  publisher: LegalParty | null;
  director: string | null;
  host: LegalParty | null;
}

/** The two parts of the legal notice that name someone: who publishes the site, who hosts it. */
export const LEGAL_PARTS = ['editeur', 'hebergeur'] as const;
export type LegalPart = (typeof LEGAL_PARTS)[number];

/** Each fact, the part it belongs to, and how a sentence names it (`plural`: « le nom, l’adresse… sont »). */
const FACTS: {
  part: LegalPart;
  isMissing: (settings: LegalNoticeSettings) => boolean;
  says: string;
  plural: boolean;
}[] = [
  {
    part: 'editeur',
    isMissing: (settings) => settings.publisher === null,
    says: 'le nom, l’adresse et le contact de l’éditeur',
    plural: true,
  },
  {
    part: 'editeur',
    isMissing: (settings) => settings.director === null,
    says: 'le nom du directeur ou de la directrice de la publication',
    plural: false,
  },
  {
    part: 'hebergeur',
    isMissing: (settings) => settings.host === null,
    says: 'le nom, l’adresse et le contact de l’hébergeur',
    plural: true,
  },
];

const missingFacts = (settings: LegalNoticeSettings, part?: LegalPart) =>
  FACTS.filter((fact) => (part === undefined || fact.part === part) && fact.isMissing(settings));

/** What a part of the legal notice tells the reader is not published yet, or null when nothing is missing. */
export function notYetPublished(settings: LegalNoticeSettings, part: LegalPart): string | null {
  const missing = missingFacts(settings, part);
  if (missing.length === 0) return null;
  const text = joinFrench(missing.map((fact) => fact.says));
  const several = missing.length > 1 || missing[0]!.plural;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} ${several ? 'ne sont pas encore publiés' : 'n’est pas encore publié'} sur cette page.`;
}

/**
 * Whether this part of the legal notice invites the reader to write to the network meanwhile: the first
 * part with something missing, in FACTS order, so that the page says it once.
 */
export function invitesToWrite(settings: LegalNoticeSettings, part: LegalPart): boolean {
  return missingFacts(settings)[0]?.part === part;
}

/** The build's warning, or null when the legal notice is complete. */
export function legalNoticeWarning(settings: LegalNoticeSettings): string | null {
  const missing = missingFacts(settings);
  if (missing.length === 0) return null;
  return `mentions légales incomplètes, il manque ${missing.map((fact) => fact.says).join(' ; ')}. La page /mentions-legales/ dit au public qu’ils ne sont pas encore publiés. Avant la mise en ligne, renseignez site.legalNotice dans src/site.config.ts (voir docs/hebergement.md).`;
}
