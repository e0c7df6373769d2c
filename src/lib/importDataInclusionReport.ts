/** The report of `npm run import:data-inclusion`, as text for the terminal and as Markdown for a pull request. */
import { countOf, plural } from './french.ts';
import type { FieldChange, MatchKind } from './importDataInclusion.ts';

/** What one run found. */
export interface ImportReport {
  date: string;
  mode: 'essai' | 'écriture';
  files: { path: string; records: number }[];
  /** Records outside the territory: counted, not listed. */
  outside: number;
  matches: { file: string; hubId: string; by: MatchKind; changes: FieldChange[]; services: string[] }[];
  candidates: { hubId: string; nom: string; commune: string; file?: string; problem?: string }[];
}

const DECISIONS: Record<FieldChange['decision'], string> = {
  ajout: 'ajout',
  modification: 'modification',
  source: 'même valeur, source ajoutée',
  protégé: 'non remplacé',
  illisible: 'ignoré',
  'sans commune': 'non écrit',
  'sans position': 'non écrit',
  doublon: 'non récrit',
  désaccord: 'non écrit',
};

/**
 * The report in both forms; `files` is the number of files written (or that --write would write), `unwritten` the
 * number --write could not write (each named in the script's error output).
 */
export function formatImportReport(
  report: ImportReport,
  files: number,
  unwritten = 0,
): { text: string; markdown: string } {
  const inside = report.matches.length + report.candidates.length;
  const summary = [
    `Fichiers lus : ${report.files.map((file) => `${file.path} (${countOf(file.records, 'fiche')})`).join(', ')}.`,
    `${countOf(report.outside, 'fiche')} hors du territoire (non détaillées) ; ${countOf(inside, 'fiche')} dans le territoire : ${countOf(report.matches.length, 'rapprochée')}, ${countOf(report.candidates.length, 'candidate')}.`,
    files + unwritten === 0
      ? 'Aucune modification : les fiches sont à jour.'
      : report.mode === 'écriture'
        ? `${countOf(files, 'fichier')} ${plural(files, 'écrit')}${unwritten > 0 ? `, ${unwritten} non ${plural(unwritten, 'écrit')} (voir les erreurs)` : ''}.`
        : `${countOf(files, 'fichier')} ${plural(files, 'serait modifié', 'seraient modifiés')} avec --write.`,
  ];
  const text: string[] = [`Import data·inclusion du ${report.date} (${report.mode})`, ...summary];
  const markdown: string[] = [
    `# Import data·inclusion du ${report.date} (${report.mode})`,
    '',
    ...summary.map((line) => `- ${line}`),
  ];
  for (const match of report.matches) {
    text.push('', `${match.file} ← ${match.hubId} (par ${match.by})`);
    markdown.push('', `## ${match.file}`, '', `Fiche data·inclusion ${match.hubId}, rapprochée par ${match.by}.`, '');
    if (match.changes.length === 0) {
      text.push('  rien à changer');
      markdown.push('Rien à changer.');
    } else {
      markdown.push('| champ | actuel | data·inclusion | décision |', '| --- | --- | --- | --- |');
    }
    for (const change of match.changes) {
      const decision = `${DECISIONS[change.decision]}${change.reason ? ` (${change.reason})` : ''}`;
      text.push(`  ${change.field} : ${change.before ?? '—'} → ${change.after ?? '—'} : ${decision}`);
      const cell = (value: string | undefined) => (value ?? '—').replace(/\|/g, '\\|');
      markdown.push(`| ${change.field} | ${cell(change.before)} | ${cell(change.after)} | ${cell(decision)} |`);
    }
    if (match.services.length > 0) {
      text.push(`  services dans data·inclusion : ${match.services.join(' ; ')}`);
      markdown.push('', `Services dans data·inclusion : ${match.services.join(' ; ')}.`);
    }
  }
  if (report.candidates.length > 0) {
    text.push('', 'Structures du territoire sans fiche sur le site (jamais créées comme membres) :');
    markdown.push(
      '',
      '## Candidates',
      '',
      'Structures du territoire sans fiche sur le site (jamais créées comme membres) :',
      '',
    );
    for (const candidate of report.candidates) {
      const what = candidate.file
        ? ` → ${candidate.file} (membre: false)`
        : candidate.problem
          ? ` : ${candidate.problem}`
          : '';
      const line = `${candidate.nom}, ${candidate.commune} (${candidate.hubId})${what}`;
      text.push(`  - ${line}`);
      markdown.push(`- ${line}`);
    }
  }
  return { text: text.join('\n'), markdown: `${markdown.join('\n')}\n` };
}
