/**
 * Usage: npm run check:content            (checks content/, or the folder named by CONTENT_DIR)
 *
 * Validates every content file with the site's own schemas and cross-entry checks, in a
 * second or so, without building the site. Prints each problem once as
 * `file: field: what is wrong → how to fix it`, then each warning (« Avertissement : … »: valid,
 * but not shown on the site). Exit code: 0 when all is well (warnings included), 1 when
 * there is a problem, 2 on wrong usage.
 */
import { appendFileSync } from 'node:fs';
import { contentRoot } from '../src/lib/contentRoot.ts';
import { countOf, plural } from '../src/lib/french.ts';
import { formatProblem } from '../src/lib/contentProblem.ts';
import { validateContent } from '../src/lib/validateContent.ts';

if (process.argv.length > 2) {
  console.error('Usage : npm run check:content  (pour un autre dossier : CONTENT_DIR=dossier npm run check:content)');
  process.exit(2);
}

const started = performance.now();
const { files, problems, warnings } = validateContent(contentRoot());
const seconds = ((performance.now() - started) / 1000).toFixed(2);

for (const problem of problems) console.error(formatProblem(problem));
// Warnings do not fail the check: the file is valid, but part of it will not show on the site.
for (const warning of warnings) console.error(`Avertissement : ${formatProblem(warning)}`);

// On GitHub, each problem also shows on the file in the pull request, and in the run's summary.
if (process.env['GITHUB_ACTIONS'] === 'true') {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  for (const { file, field, message } of problems) {
    console.log(`::error file=${escape(file)},title=${escape(`Champ ${field}`)}::${escape(message)}`);
  }
  for (const { file, field, message } of warnings) {
    console.log(`::warning file=${escape(file)},title=${escape(`Champ ${field}`)}::${escape(message)}`);
  }
  const summary = process.env['GITHUB_STEP_SUMMARY'];
  if (summary && problems.length > 0) {
    appendFileSync(
      summary,
      `## Contenu à corriger\n\n${problems.map((problem) => `- \`${problem.file}\` — **${problem.field}** : ${problem.message}`).join('\n')}\n`,
    );
  }
}
if (problems.length > 0) {
  console.error(
    `\n${countOf(problems.length, 'problème')} dans ${countOf(files, 'fichier')} ${plural(files, 'vérifié')} (${seconds} s). Corrigez-${plural(problems.length, 'le', 'les')} puis relancez npm run check:content.`,
  );
  process.exit(1);
}
console.log(`Contenu valide : ${countOf(files, 'fichier')} ${plural(files, 'vérifié')} en ${seconds} s.`);
