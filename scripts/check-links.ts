/**
 * Checks every external address of the content and writes a report for the editors.
 * Run it from a machine with internet access; see USAGE.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/contentRoot.ts';
import { dayInFrance } from '../src/schemas/fields.ts';
import type { CollectionName } from '../src/schemas/folders.ts';
import { checkLinks, DEFAULT_OPTIONS, type CheckOptions } from './lib/checkLinks.ts';
import { collectLinks } from './lib/collectLinks.ts';
import {
  buildReport,
  formatConsole,
  formatMarkdown,
  nothingAnswered,
  nothingAnsweredText,
  summaryLine,
} from './lib/linkReport.ts';
import { readContent } from '../src/lib/readContentFile.ts';
import { updateCheckDate } from './lib/updateCheckDate.ts';

const USAGE = `Usage : npm run check:links -- [options]

Vérifie toutes les adresses web du contenu (sitothèque, structures, stages, outils, points d’étape)
et écrit un rapport en Markdown et en JSON : liens morts, redirigés, lents, à vérifier à la main.

Options :
  --out <préfixe>       fichiers du rapport, sans extension (défaut : rapports/liens → rapports/liens.md et .json)
  --timeout <ms>        délai d’attente par adresse, redirections comprises (défaut : ${DEFAULT_OPTIONS.timeoutMs})
  --concurrency <n>     adresses vérifiées en même temps (défaut : ${DEFAULT_OPTIONS.concurrency})
  --slow <ms>           au-delà, une réponse est signalée lente (défaut : ${DEFAULT_OPTIONS.slowMs})
  --retry-delay <ms>    pause avant de réessayer une adresse en échec (défaut : ${DEFAULT_OPTIONS.retryDelayMs})
  --update-dates        écrit la date du jour dans date_verification des fiches de la sitothèque dont le lien répond
  --help                affiche cette aide

Le dossier de contenu est content/, ou celui de la variable CONTENT_DIR.
Code de sortie : 0 aucun lien mort, 1 au moins un lien mort, 2 erreur d’utilisation, contenu illisible,
ou aucune adresse n’a répondu (pas d’accès à internet : rien n’a pu être vérifié, le rapport le dit).`;

/** Collections whose files hold external addresses. */
const COLLECTIONS: CollectionName[] = ['sites', 'structures', 'internships', 'tools', 'reports'];

function positiveNumber(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new Error(`--${name} attend un nombre positif, pas « ${value} ».`);
  return number;
}

async function main(): Promise<number> {
  let options: CheckOptions;
  let out: string;
  let updateDates: boolean;
  try {
    const { values } = parseArgs({
      options: {
        out: { type: 'string', default: 'rapports/liens' },
        timeout: { type: 'string' },
        concurrency: { type: 'string' },
        slow: { type: 'string' },
        'retry-delay': { type: 'string' },
        'update-dates': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    options = {
      ...DEFAULT_OPTIONS,
      timeoutMs: positiveNumber(values.timeout, DEFAULT_OPTIONS.timeoutMs, 'timeout'),
      concurrency: Math.floor(positiveNumber(values.concurrency, DEFAULT_OPTIONS.concurrency, 'concurrency')),
      slowMs: positiveNumber(values.slow, DEFAULT_OPTIONS.slowMs, 'slow'),
      retryDelayMs: positiveNumber(values['retry-delay'], DEFAULT_OPTIONS.retryDelayMs, 'retry-delay'),
    };
    out = values.out;
    updateDates = values['update-dates'];
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }

  const files = readContent(contentRoot(), COLLECTIONS);
  const occurrences = collectLinks(files);
  const urls = [...occurrences.keys()];
  console.log(`${urls.length} adresses à vérifier dans ${files.length} fichiers…`);

  const started = performance.now();
  const results = await checkLinks(urls, options);
  const report = buildReport(results, occurrences, {
    checkedAt: new Date(),
    durationMs: performance.now() - started,
    slowMs: options.slowMs,
  });

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${out}.md`, formatMarkdown(report));
  if (nothingAnswered(report)) {
    console.error(`${nothingAnsweredText(report)} Rapport : ${out}.md`);
    return 2;
  }

  if (updateDates) {
    // France's day, as check:freshness asks for it: just after midnight in Paris, UTC still has the day before.
    const today = dayInFrance(new Date(report.checkedAt));
    const answering = new Set(report.links.filter((link) => link.status === 'ok').map((link) => link.url));
    const dated = files.filter(
      (file) => file.collection === 'sites' && typeof file.data['url'] === 'string' && answering.has(file.data['url']),
    );
    for (const file of dated) {
      writeFileSync(file.absolutePath, updateCheckDate(readFileSync(file.absolutePath, 'utf8'), today));
    }
    console.log(`date_verification mise à ${today} dans ${dated.length} fiches de la sitothèque.`);
  }

  for (const line of formatConsole(report)) console.log(line);
  console.log(`${summaryLine(report)}. Rapport : ${out}.md et ${out}.json`);
  return report.counts.dead > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
