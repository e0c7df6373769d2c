import { resolve } from 'node:path';

/**
 * Absolute path of the content root. `CONTENT_DIR` lets tests and the benchmark
 * build other content without touching the real files.
 */
export function contentRoot(): string {
  return resolve(process.env['CONTENT_DIR'] ?? 'content');
}
