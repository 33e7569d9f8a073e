// The content collections, listed once: Astro's content config and the validator both read this table.
import { actorSchema, claimSchema, incidentSchema } from './schema.ts';

export const COLLECTIONS = {
  claims: { folder: 'claims', schema: claimSchema },
  actors: { folder: 'actors', schema: actorSchema },
  incidents: { folder: 'incidents', schema: incidentSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Entry files: `.mdx`, except drafts and partials, whose names start with `_`. */
export const ENTRY_PATTERN = '[!_]*.mdx';

export function isDraft(fileName: string): boolean {
  return fileName.startsWith('_');
}
