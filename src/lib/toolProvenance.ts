/**
 * What a tool's sheet says of where it comes from and where to find it, from its `provenance`, its report
 * (`point_etape`) and the structures that hold it, so that the two lines never contradict the rest of the sheet
 * (src/components/ToolSheet.astro). Pure: the component renders the report's link between `before` and `after`.
 */
import { TOOL_PROVENANCES, type ToolProvenance } from '../schemas/tool.ts';

/** The « Provenance » line: `before`, the report's link when `report` is true, then `after`. */
export interface ProvenanceLine {
  before: string;
  report: boolean;
  after: string;
}

/**
 * The « Provenance » line of a sheet. With `a-confirmer`, a report (`point_etape`) names a neighbouring démarche, not
 * this sheet: the line says so, rather than that no document of the group names the tool.
 */
export function provenanceLine(provenance: ToolProvenance, hasReport: boolean): ProvenanceLine {
  const label = TOOL_PROVENANCES[provenance];
  if (provenance !== 'a-confirmer') {
    return hasReport ? { before: `${label} : `, report: true, after: '' } : { before: label, report: false, after: '' };
  }
  return hasReport
    ? {
        before: `${label} : `,
        report: true,
        after: ' cite une démarche voisine, pas cette fiche, qui n’a pas été vérifiée.',
      }
    : {
        before: `${label} : aucun document du groupe ne cite cet outil, et sa fiche n’a pas été vérifiée.`,
        report: false,
        after: '',
      };
}

/**
 * Where the « Où le trouver » line sends the reader: the structures that hold the tool; else the report that sets it
 * out, when the group's own report is its source; else « À confirmer ».
 */
export function whereToFind(
  holders: number,
  provenance: ToolProvenance,
  hasReport: boolean,
): 'structures' | 'report' | 'unknown' {
  if (holders > 0) return 'structures';
  return provenance === 'groupe' && hasReport ? 'report' : 'unknown';
}

/**
 * True when no source gives the sheet (`a-confirmer`): the structures said to hold the tool and the conditions its
 * editors wrote are marked « à confirmer » wherever they are shown, and the tool backs no code published to
 * data·inclusion.
 */
export function sheetToConfirm(provenance: ToolProvenance): boolean {
  return provenance === 'a-confirmer';
}
