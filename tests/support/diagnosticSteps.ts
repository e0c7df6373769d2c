import type { DiagnosticStep } from '../../src/lib/diagnosticTree.ts';

/** A question step for a hand-made tree; `data` sets its answers, profile field… */
export const question = (id: string, data: Record<string, unknown>) =>
  ({ id, data: { type: 'question', debut: false, question: `${id} ?`, ...data } }) as unknown as DiagnosticStep;

/** A result step for a hand-made tree, with one site, the BIJ to inform and the Mission Locale to counsel. */
export const result = (id: string, data: Record<string, unknown> = {}) =>
  ({
    id,
    data: {
      type: 'resultat',
      titre: id,
      message: 'Bravo.',
      premiers_pas: [],
      sites: [{ id: 'onisep', collection: 'sites' }],
      informer: ['bij'],
      accompagner: ['mission-locale'],
      stages: [],
      outils: [],
      ...data,
    },
  }) as unknown as DiagnosticStep;
