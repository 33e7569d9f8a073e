// The two content collections. Their schemas live in src/lib/content/schema.ts, shared with the
// validator that runs before this file is loaded (src/integrations/content-validation.ts).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema, claimSchema, incidentSchema } from './lib/content/schema.ts';
import { buildSettings } from './lib/site.ts';

const { contentDir } = buildSettings();
// Relative folders are read from the project root; the tests may point at an absolute one.
const base = (collection: string) =>
  contentDir.startsWith('/') ? `${contentDir}/${collection}` : `./${contentDir}/${collection}`;

// The file name is the slug and the permanent URL: keep it exactly as written (no re-slugging).
const fileSlug = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

const claims = defineCollection({
  loader: glob({ pattern: '[!_]*.mdx', base: base('claims'), generateId: fileSlug }),
  schema: claimSchema,
});

const actors = defineCollection({
  loader: glob({ pattern: '[!_]*.mdx', base: base('actors'), generateId: fileSlug }),
  schema: actorSchema,
});

// What happened, in a few sentences, for the home page; the claims carry the detail.
const incidents = defineCollection({
  loader: glob({ pattern: '[!_]*.mdx', base: base('incidents'), generateId: fileSlug }),
  schema: incidentSchema,
});

export const collections = { claims, actors, incidents };
