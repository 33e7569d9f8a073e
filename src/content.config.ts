// Astro's content collections, one per entry of the collection table (src/lib/content/collections.ts),
// which the validator reads too (src/integrations/content-validation.ts runs it before this loads).
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import type { CollectionConfig } from 'astro/content/config';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { COLLECTIONS, ENTRY_PATTERN, type CollectionName } from './lib/content/collections.ts';
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
    loader: glob({
      pattern: only ?? ENTRY_PATTERN,
      // Relative folders are read from the project root; the tests may point at an absolute one.
      base: path.startsWith('/') ? path : `./${path}`,
      // The file name is the slug and the permanent URL: keep it exactly as written (no re-slugging).
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema,
  });
}

type Collections = { [Name in CollectionName]: CollectionConfig<(typeof COLLECTIONS)[Name]['schema']> };

// Object.fromEntries forgets which schema goes with which name; the table above says it.
export const collections = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([name, collection]) => [name, collectionOf<z.ZodType>(collection)]),
) as unknown as Collections;
