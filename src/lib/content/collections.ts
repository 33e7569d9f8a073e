// The content collections, listed once: Astro's content config and the validator both read this table.
import { aboutSchema, actorSchema, claimSchema, editorSchema, incidentSchema } from './schema.ts';

/**
 * Each collection's folder under the content folder, and, for a collection of one named file, that
 * file (`only`); every other file in a folder is an entry (or a problem the validator reports).
 */
export const COLLECTIONS = {
  claims: { folder: 'claims', only: undefined, schema: claimSchema },
  actors: { folder: 'actors', only: undefined, schema: actorSchema },
  incidents: { folder: 'incidents', only: undefined, schema: incidentSchema },
  editors: { folder: 'editors', only: undefined, schema: editorSchema },
  // The About page: one file at the top of the content folder.
  about: { folder: '', only: 'about.mdx', schema: aboutSchema },
} as const;

/** Where a collection's file sits, from the content folder. */
export function filePath(collection: CollectionName, name: string): string {
  const { folder } = COLLECTIONS[collection];
  return folder ? `${folder}/${name}` : name;
}

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Entry files: `.mdx`, except drafts and partials, whose names start with `_`. */
export const ENTRY_PATTERN = '[!_]*.mdx';

export function isDraft(fileName: string): boolean {
  return fileName.startsWith('_');
}
