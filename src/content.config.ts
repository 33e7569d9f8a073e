// Astro's content collections, one per entry of the collection table (src/lib/content/collections.ts),
// which the validator reads too (src/integrations/content-validation.ts runs it before this loads).
import { existsSync, readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import type { CollectionConfig } from 'astro/content/config';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { BODY_RENDERER_VERSION, renderBody } from './lib/content/body-html.ts';
import { z } from 'astro/zod';
import {
  COLLECTIONS,
  ENTRY_PATTERN,
  TRANSLATION_PATTERN,
  TRANSLATIONS,
  type CollectionName,
} from './lib/content/collections.ts';
import { buildSettings } from './lib/site.ts';

const { contentDir } = buildSettings();

function collectionOf<Schema extends z.ZodType>({
  folder,
  only,
  schema,
}: {
  folder: string;
  only: string | undefined;
  schema: Schema;
}) {
  const path = folder ? `${contentDir}/${folder}` : contentDir;
  // A collection may have no folder yet (the seed names no editor): that is no problem, so no warning.
  if (!existsSync(path)) return defineCollection({ loader: { name: 'no-entries-yet', load: async () => {} }, schema });
  return defineCollection({
    loader: withBodiesRendered(
      glob({
        pattern: only ?? ENTRY_PATTERN,
        // Relative folders are read from the project root; the tests may point at an absolute one.
        base: path.startsWith('/') ? path : `./${path}`,
        // The file name is the slug and the permanent URL: keep it exactly as written (no re-slugging).
        generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
        // Pages show the rendered body; the data store, which Vite bundles into every build, need not
        // also hold its source.
        retainBody: false,
      }),
    ),
    schema,
  });
}

/** What Astro's glob loader reads from its context besides the documented fields. */
interface EntryTypesContext extends LoaderContext {
  entryTypes: Map<string, { contentModuleTypes?: string; getRenderFunction?: unknown }>;
}

/**
 * The glob loader, with each MDX body rendered to HTML as its entry is loaded and kept in the data
 * store, instead of becoming a module Astro bundles (src/lib/content/body-html.ts says why). A body
 * that cannot be rendered fails the build, naming its file and line.
 */
function withBodiesRendered(loader: Loader): Loader {
  return {
    name: 'contested-entries',
    load: async (context) => {
      const { entryTypes, logger } = context as EntryTypesContext;
      const failures: string[] = [];
      const render = async ({ body = '', filePath = '' }: { body?: string; filePath?: string }) => {
        const file = readFileSync(filePath, 'utf8');
        const linesBefore = file.slice(0, file.lastIndexOf(body)).split('\n').length - 1;
        try {
          return await renderBody(body, filePath, linesBefore);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          failures.push(message);
          logger.error(message);
          return undefined;
        }
      };
      // Rendered by the loader, like Markdown, rather than deferred to a module, like MDX.
      const mdx = { ...entryTypes.get('.mdx'), getRenderFunction: () => Promise.resolve(render) };
      delete mdx.contentModuleTypes;
      const rendering: EntryTypesContext = {
        ...(context as EntryTypesContext),
        entryTypes: new Map(entryTypes).set('.mdx', mdx),
        // An entry is kept while its digest holds, so the digest covers how bodies are rendered too.
        generateDigest: (data) =>
          context.generateDigest(typeof data === 'string' ? `${BODY_RENDERER_VERSION}\0${data}` : data),
      };
      await loader.load(rendering);
      if (failures.length > 0) throw new Error(failures.join('\n'));
    },
  };
}

type Collections = { [Name in CollectionName]: CollectionConfig<(typeof COLLECTIONS)[Name]['schema']> };

/**
 * Every translation of every entry, from the files beside the entries (`claims/<slug>.uk.mdx`), its id
 * the file's path without `.mdx` (`claims/<slug>.uk`). The validator has checked each against the schema
 * of what it translates; here any of them will do.
 */
const translations = defineCollection({
  loader: withBodiesRendered(
    glob({
      pattern: TRANSLATION_PATTERN,
      base: contentDir.startsWith('/') ? contentDir : `./${contentDir}`,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
      retainBody: false,
    }),
  ),
  schema: z.union([TRANSLATIONS.claims, TRANSLATIONS.actors, TRANSLATIONS.incidents, TRANSLATIONS.places]),
});

// Object.fromEntries forgets which schema goes with which name; the table above says it.
export const collections = {
  ...(Object.fromEntries(
    Object.entries(COLLECTIONS).map(([name, collection]) => [name, collectionOf<z.ZodType>(collection)]),
  ) as unknown as Collections),
  translations,
};
