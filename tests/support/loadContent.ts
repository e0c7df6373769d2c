import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';

/** Parses every YAML file of a content folder through its schema, as the build does (ids are file names). */
export function loadYamlFolder<S extends z.ZodType>(
  folder: string,
  schema: S,
): { id: string; filePath: string; data: z.output<S> }[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const filePath = join(folder, name);
      return { id: basename(name, '.yaml'), filePath, data: schema.parse(parse(readFileSync(filePath, 'utf8'))) };
    });
}
