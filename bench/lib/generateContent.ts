/**
 * Synthetic but schema-valid content for the benchmark: the real content multiplied
 * by a factor, with the real proportions between collections and valid references.
 * Copy k of an entry gets the id `<id>-x<k>`; the originals are kept (k = 0), so that
 * every reference to a real entry (diagnostic tree, themes, pages) stays valid.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { stringify } from 'yaml';
import { parseContent } from '../../src/lib/readContentFile.ts';
import { employmentAreaOf } from '../../src/lib/employmentAreaOf.ts';
import { territory } from '../../src/site.config.ts';

/** Folders whose entries are multiplied. Themes, editorial pages and the diagnostic tree are copied as they are. */
export const SCALED_FOLDERS = ['points-etape', 'structures', 'sitotheque', 'stages', 'outils'] as const;
type ScaledFolder = (typeof SCALED_FOLDERS)[number];

type Data = Record<string, unknown>;

/** Id of copy k of an entry (k = 0 is the original). */
export function copyId(id: string, k: number): string {
  return k === 0 ? id : `${id}-x${k}`;
}

/** A small deterministic pseudo-random generator (mulberry32), so that every run builds the same content. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Employment area whose centre is nearest to a point. */
export function nearestArea(latitude: number, longitude: number): string {
  let best: { id: string; distance: number } | undefined;
  for (const area of territory.employmentAreas) {
    const distance = (area.centre[0] - latitude) ** 2 + (area.centre[1] - longitude) ** 2;
    if (!best || distance < best.distance) best = { id: area.id, distance };
  }
  return best!.id;
}

const suffix = (text: unknown, k: number) => (typeof text === 'string' ? `${text} (copie ${k})` : text);
/** A reference (or list of references) to structures, moved to the copies of rank k. */
const mapRefs = (refs: unknown, k: number): unknown =>
  Array.isArray(refs) ? refs.map((ref) => mapRefs(ref, k)) : typeof refs === 'string' ? copyId(refs, k) : refs;

/** Changes one entry's data into its copy k: a distinct name, and references to the copies of the same rank. */
function copyData(folder: ScaledFolder, data: Data, k: number, random: () => number): Data {
  const copy: Data = { ...data };
  for (const field of ['titre', 'nom', 'sigle']) if (field in copy) copy[field] = suffix(copy[field], k);
  if (folder === 'structures') {
    // Spread over the département, in the employment area of the nearest main town.
    const { south, west, north, east } = territory.bounds;
    const latitude = Number((south + 0.02 + random() * (north - south - 0.04)).toFixed(4));
    const longitude = Number((west + 0.02 + random() * (east - west - 0.04)).toFixed(4));
    // A partner: who is a member rests on the list of a real report (src/lib/checkMembership.ts), which names none.
    Object.assign(copy, {
      latitude,
      longitude,
      // A town src/site.config.ts lists keeps its area (check:content refuses a Vendôme structure filed under Blois).
      bassin:
        employmentAreaOf({ commune: typeof copy['commune'] === 'string' ? copy['commune'] : undefined })?.id ??
        nearestArea(latitude, longitude),
      verifie: false,
      membre: false,
    });
  }
  // A copied report lists no members: the real one stays the record the structures' `membre` agree with.
  if (folder === 'points-etape') delete copy['membres'];
  if (folder === 'sitotheque' && typeof copy['url'] === 'string') {
    const url = new URL(copy['url']);
    url.searchParams.set('copie', String(k));
    copy['url'] = url.href;
  }
  // Internships and tools point to the structures of their own rank, so reverse lists keep their real length.
  for (const field of ['structures', 'structure']) if (field in copy) copy[field] = mapRefs(copy[field], k);
  return copy;
}

function writeCopy(folder: ScaledFolder, file: string, outDir: string, factor: number, random: () => number): number {
  const text = readFileSync(file, 'utf8');
  const extension = extname(file);
  const id = basename(file, extension);
  const markdown = extension === '.md' || extension === '.mdx';
  // Read as the site reads it (src/lib/readContentFile.ts); a file it cannot read is copied once, as it is.
  const parsed = parseContent(text, extension.slice(1));
  writeFileSync(join(outDir, basename(file)), text);
  if ('error' in parsed) return 1;
  for (let k = 1; k < factor; k++) {
    const data = copyData(folder, parsed.data, k, random);
    const yamlText = stringify(data, { lineWidth: 0 });
    const output = markdown ? `---\n${yamlText}---${parsed.body}` : yamlText;
    writeFileSync(join(outDir, `${copyId(id, k)}${extension}`), output);
  }
  return factor;
}

/** Number of entries written per content folder. */
export type ContentCounts = Record<string, number>;

/**
 * Writes the real content of `sourceDir`, multiplied by `factor` (an integer ≥ 1), into `outDir`
 * (emptied first). Returns the number of entries per folder.
 */
export function generateContent(sourceDir: string, outDir: string, factor: number): ContentCounts {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be an integer ≥ 1, got ${factor}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const random = seededRandom(41 * factor);
  const counts: ContentCounts = {};
  for (const folder of readdirSync(sourceDir).sort()) {
    const source = join(sourceDir, folder);
    if (!statSync(source).isDirectory()) continue;
    const target = join(outDir, folder);
    if (!(SCALED_FOLDERS as readonly string[]).includes(folder)) {
      cpSync(source, target, { recursive: true });
      counts[folder] = countEntries(target);
      continue;
    }
    mkdirSync(target, { recursive: true });
    let count = 0;
    for (const name of readdirSync(source).sort()) {
      const file = join(source, name);
      if (name.startsWith('.')) continue;
      if (statSync(file).isDirectory()) {
        cpSync(file, join(target, name), { recursive: true });
        count += countEntries(file);
        continue;
      }
      count += writeCopy(folder as ScaledFolder, file, target, factor, random);
    }
    counts[folder] = count;
  }
  return counts;
}

/** Content files (not hidden) in a folder and below. */
function countEntries(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    count += entry.isDirectory() ? countEntries(join(dir, entry.name)) : 1;
  }
  return count;
}
