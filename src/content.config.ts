import { readFileSync } from 'node:fs';
import { extname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, fieldPath } from './lib/contentProblem.ts';
import { filePattern } from './schemas/collectionFiles.ts';
import { collectionSchemas } from './schemas/collections.ts';
import { contentRoot } from './lib/contentRoot.ts';
import { holdsDate, withWrittenDays } from './lib/readContentFile.ts';
import { COLLECTION_FOLDERS, type CollectionName } from './schemas/folders.ts';

/**
 * Under `npm run admin` only (scripts/admin.ts sets PUBLIC_DECAP_LOCAL): an entry its schema refuses is left out
 * of the preview with a warning, instead of stopping the dev server, so that the editing interface stays open to
 * correct it (an imported row « À compléter », a mistake). The build and `npm run dev` still stop on it.
 */
function leaveOutInvalidEntries(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const invalid = new Set<string>();
      const store = Object.create(context.store, {
        set: {
          value: (entry: Parameters<LoaderContext['store']['set']>[0]) =>
            !invalid.has(entry.id) && context.store.set(entry),
        },
      }) as LoaderContext['store'];
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          const data = await context.parseData(props);
          invalid.delete(props.id);
          return data;
        } catch (error) {
          invalid.add(props.id);
          context.store.delete(props.id);
          context.logger.warn(
            `${props.filePath ?? props.id} : fiche invalide, absente de l’aperçu → corrigez-la dans /admin/ ou avec npm run check:content.\n${error instanceof Error ? error.message : String(error)}`,
          );
          return props.data;
        }
      };
      return loader.load({ ...context, store, parseData });
    },
  };
}

/**
 * Astro's YAML parser makes a day that does not exist another day (2026-02-30 becomes 2 March), which the schema
 * cannot tell from a real one: each entry's data gets such a day back as the text written (withWrittenDays, which
 * parses the file again only when its text writes such a day), and the schema refuses it, as `npm run check:content`
 * does. The loader context hands parseData the file's path, not its text (the public API), hence one cheap read of
 * the entries that hold a date.
 */
function daysAsWritten(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const parseData: LoaderContext['parseData'] = (props) => {
        if (!props.filePath || !holdsDate(props.data)) return context.parseData(props);
        const path = resolve(fileURLToPath(context.config.root), props.filePath);
        const data = withWrittenDays(props.data, readFileSync(path, 'utf8'), extname(path).slice(1));
        return context.parseData({ ...props, data: data as typeof props.data });
      };
      return loader.load({ ...context, parseData });
    },
  };
}

/**
 * A file its schema refuses stops the build with the file, each field and its fix, in French and first, as
 * `npm run check:content` says them (session 22's note, §7), instead of inside Astro's English header (« data does not
 * match collection schema »), its hint and a stack trace into Astro. The schema is run again on the refused data to
 * get its issues, which Astro's error keeps only as text; any other error goes on as it came.
 */
function frenchSchemaErrors(loader: Loader, schema: z.ZodType): Loader {
  return {
    ...loader,
    load: (context) => {
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch (error) {
          if ((error as { name?: unknown } | null)?.name !== 'InvalidContentEntryDataError') throw error;
          const parsed = await schema.safeParseAsync(props.data);
          if (parsed.success) throw error;
          // As check:content names it, from the project's folder (content/structures/…) when the file is inside.
          const root = fileURLToPath(context.config.root);
          const absolute = resolve(root, props.filePath ?? props.id);
          const inProject = relative(root, absolute);
          const file = inProject.startsWith('..') ? absolute : inProject.split(sep).join('/');
          const refusal = new ContentError(
            parsed.error.issues.map((issue) => ({
              file,
              field: fieldPath(issue.path) || '(fiche)',
              message: issue.message,
            })),
          );
          refusal.message +=
            '\nnpm run check:content vérifie tout le contenu en quelques secondes, sans construire le site, et dit chaque fiche à corriger.';
          // The mistake is in the file named, not in the code: a stack trace would only point into Astro.
          refusal.stack = '';
          throw refusal;
        }
      };
      return loader.load({ ...context, parseData });
    },
  };
}

/**
 * Glob loader over one collection's folder of the content root, for the file kinds editors may use. Without the raw
 * Markdown (`entry.body`), which nothing reads (pages show the rendered HTML): a smaller data store to write, bundle
 * and read back at every build.
 */
function folder(name: CollectionName) {
  const loader = daysAsWritten(
    glob({
      pattern: filePattern(name),
      base: `${contentRoot()}/${COLLECTION_FOLDERS[name]}`,
      retainBody: false,
    }),
  );
  // Outermost, so that the editing interface's warning (leaveOutInvalidEntries) is the French message too.
  return frenchSchemaErrors(
    process.env['PUBLIC_DECAP_LOCAL'] === '1' ? leaveOutInvalidEntries(loader) : loader,
    schemas[name],
  );
}

// Schemas, folders and file kinds are declared once in src/schemas/collections.ts and collectionFiles.ts.
const schemas = collectionSchemas(reference);

export const collections = {
  reports: defineCollection({ loader: folder('reports'), schema: schemas.reports }),
  structures: defineCollection({ loader: folder('structures'), schema: schemas.structures }),
  themes: defineCollection({ loader: folder('themes'), schema: schemas.themes }),
  sites: defineCollection({ loader: folder('sites'), schema: schemas.sites }),
  internships: defineCollection({ loader: folder('internships'), schema: schemas.internships }),
  tools: defineCollection({ loader: folder('tools'), schema: schemas.tools }),
  diagnostic: defineCollection({ loader: folder('diagnostic'), schema: schemas.diagnostic }),
  pages: defineCollection({ loader: folder('pages'), schema: schemas.pages }),
  glossary: defineCollection({ loader: folder('glossary'), schema: schemas.glossary }),
};
