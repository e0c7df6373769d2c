/**
 * The RGAA audit as data: the sample of pages (audit/echantillon.yaml) and the grid that gives every
 * criterion a status and its evidence on every page of the sample (audit/grille.yaml).
 */
import { z } from 'astro/zod';

/** Statuses of a criterion on a page: conforme, non conforme, non applicable. */
export const AUDIT_STATUSES = ['C', 'NC', 'NA'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

const text = (what: string) =>
  z
    .string({ error: `manquant → écrivez ${what}` })
    .trim()
    .min(1, { error: `vide → écrivez ${what}` });

/** One page of the sample. */
export const samplePageSchema = z.object({
  /** Short id the grid uses for the page. */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'identifiant en minuscules, chiffres et tirets' }),
  /** Site path without the base, with its final slash. */
  chemin: z.string().regex(/^\/([^\s]*\/)?$/, { error: 'chemin du site commençant et finissant par « / »' }),
  titre: text('le titre de la page'),
  /** What the page stands for in the sample (a template, a service, a required page). */
  represente: text('ce que la page représente dans l’échantillon'),
});
export type SamplePage = z.infer<typeof samplePageSchema>;

export const sampleSchema = z.object({ pages: z.array(samplePageSchema).min(1) });

/**
 * The status of one criterion on some pages of the sample, and why. `pages` lists sample ids, or
 * `toutes` (every page), or `autres` (the pages no earlier entry of the criterion names).
 */
export const gridEntrySchema = z
  .object({
    pages: z.union([z.literal('toutes'), z.literal('autres'), z.array(z.string()).min(1)]),
    statut: z.enum(AUDIT_STATUSES, { error: 'statut inconnu → écrivez C, NC ou NA' }),
    /** Automated tests that prove the status: `tests/…/file.test.ts › title of the test`. */
    tests: z.array(z.string()).optional(),
    /** The manual check made, and how; or, for NA, why the criterion does not apply. */
    manuel: z.string().trim().min(1).optional(),
    /** For an NC: what is wrong and the plan to fix it. */
    correction: z.string().trim().min(1).optional(),
  })
  .strict();
export type GridEntry = z.infer<typeof gridEntrySchema>;

/** A content left out of the audit, as the RGAA allows, with the accessible alternative offered. */
const exemptionSchema = z
  .object({
    contenu: text('le contenu concerné'),
    raison: text('la raison (dérogation ou exemption) et son fondement'),
    alternative: text('l’alternative accessible proposée'),
  })
  .strict();

export const gridSchema = z
  .object({
    audit: z
      .object({
        /** Day of the last complete pass over the sample, AAAA-MM-JJ. */
        date: z.iso.date({ error: 'date au format AAAA-MM-JJ' }),
        par: text('qui a mené l’audit'),
        referentiel: text('le référentiel et sa version'),
        outils: z.array(z.string()).min(1),
        environnement: z.array(z.string()).min(1),
        technologies: z.array(z.string()).min(1),
      })
      .strict(),
    /** Dérogations pour charge disproportionnée: contents left out because making them accessible costs too much. */
    derogations: z.array(exemptionSchema).default([]),
    /** Contenus non soumis à l’obligation d’accessibilité (maps, third-party contents…), with their alternative. */
    exemptions: z.array(exemptionSchema).default([]),
    criteres: z.record(z.string(), z.array(gridEntrySchema).min(1)),
  })
  .strict();
export type Grid = z.infer<typeof gridSchema>;

/** The grid's two lists of contents left out of the audit, which `<AuditExemptions liste="…" />` shows. */
export const EXEMPTION_LISTS = ['derogations', 'exemptions'] as const satisfies readonly (keyof Grid)[];

/** How the statement and the grid page name each status. */
export const STATUS_LABELS: Record<AuditStatus, string> = {
  C: 'Conforme',
  NC: 'Non conforme',
  NA: 'Non applicable',
};

/** A criterion of the RGAA, as vendored in audit/rgaa-4.1/criteres.json. */
export interface RgaaCriterion {
  numero: string;
  titre: string;
  tests: { numero: string; texte: string }[];
}
export interface RgaaTheme {
  numero: number;
  titre: string;
  criteres: RgaaCriterion[];
}
