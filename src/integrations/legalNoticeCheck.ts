import type { AstroIntegration } from 'astro';
import { legalNoticeWarning } from '../lib/legalNotice.ts';
import { site } from '../site.config.ts';

/** Astro integration: warns, without failing, while the legal notice lacks its publisher, director or host. */
export function legalNoticeCheck(): AstroIntegration {
  return {
    name: 'aioa41:legal-notice',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = legalNoticeWarning(site.legalNotice);
        if (warning) logger.warn(warning);
      },
    },
  };
}
