// The content collections, listed once: Astro's content config, the validator, the cross-entry rules,
// the field reference and `npm run new` all read this table. Adding a collection means a row here, its
// schema module (schemas/) and its skeleton (templates.ts).
import type { z } from 'astro/zod';
import {
  aboutSchema,
  actorSchema,
  actorTranslationSchema,
  claimSchema,
  claimTranslationSchema,
  editorSchema,
  incidentSchema,
  incidentTranslationSchema,
  placeSchema,
  placeTranslationSchema,
} from './schema.ts';
import { DEFAULT_LOCALE, LOCALE_LIST, type Locale } from '../i18n/locales.ts';
import {
  actorTemplate,
  claimTemplate,
  editorTemplate,
  incidentTemplate,
  placeTemplate,
  type TemplateContext,
} from './templates.ts';

interface Collection {
  /** Its folder under the content folder. */
  folder: string;
  /** For a collection of one named file, that file; every other file in a folder is an entry. */
  only: string | undefined;
  /** What one entry is called, for `npm run new -- <entry> <slug>`, counts and messages. */
  entry: string;
  /** Its section's heading in the field reference (CONTRIBUTING.md). */
  heading: string;
  /** The skeleton `npm run new` writes, when contributors add entries one by one. */
  template: ((context: TemplateContext) => string) | undefined;
  /** What an entry is: Astro and the validator both check every entry against it. */
  schema: z.ZodType;
}

export const COLLECTIONS = {
  claims: {
    folder: 'claims',
    only: undefined,
    entry: 'claim',
    heading: 'Claims: `content/claims/<slug>.mdx`',
    template: claimTemplate,
    schema: claimSchema,
  },
  actors: {
    folder: 'actors',
    only: undefined,
    entry: 'actor',
    heading: 'Actors: `content/actors/<slug>.mdx`',
    template: actorTemplate,
    schema: actorSchema,
  },
  incidents: {
    folder: 'incidents',
    only: undefined,
    entry: 'incident',
    heading: 'Incidents: `content/incidents/<slug>.mdx`',
    template: incidentTemplate,
    schema: incidentSchema,
  },
  places: {
    folder: 'places',
    only: undefined,
    entry: 'place',
    heading: 'Places: `content/places/<slug>.mdx`',
    template: placeTemplate,
    schema: placeSchema,
  },
  editors: {
    folder: 'editors',
    only: undefined,
    entry: 'editor',
    heading: 'Editors: `content/editors/<slug>.mdx`',
    template: editorTemplate,
    schema: editorSchema,
  },
  // The About page: one file at the top of the content folder, edited in place.
  about: {
    folder: '',
    only: 'about.mdx',
    entry: 'About page',
    heading: 'The About page: `content/about.mdx`',
    template: undefined,
    schema: aboutSchema,
  },
} as const satisfies Record<string, Collection>;

/** Where a collection's file sits, from the content folder. */
export function filePath(collection: CollectionName, name: string): string {
  const { folder } = COLLECTIONS[collection];
  return folder ? `${folder}/${name}` : name;
}

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The collections whose entries are files in a folder, each its own page. */
export const ENTRY_COLLECTIONS = COLLECTION_NAMES.filter((name) => COLLECTIONS[name].only === undefined);

/** Entry files: `.mdx`, except drafts and partials, whose names start with `_`, and translations. */
export const ENTRY_PATTERN = ['[!_]*.mdx', '!*.*.mdx'];

/**
 * The collections whose entries may be translated, and what a translation holds: its words (title,
 * summary, name, body), never its facts, which stay in the English file.
 */
export const TRANSLATIONS = {
  claims: claimTranslationSchema,
  actors: actorTranslationSchema,
  incidents: incidentTranslationSchema,
  places: placeTranslationSchema,
} as const;

export type TranslatedCollection = keyof typeof TRANSLATIONS;
export const TRANSLATED_COLLECTIONS = Object.keys(TRANSLATIONS) as TranslatedCollection[];

export const isTranslated = (collection: CollectionName): collection is TranslatedCollection =>
  Object.hasOwn(TRANSLATIONS, collection);

/** The languages an entry may be translated into: every locale but the one entries are written in. */
export const TRANSLATION_LOCALES = LOCALE_LIST.filter((locale) => locale !== DEFAULT_LOCALE);

/** Translation files, beside the entries they translate: `<slug>.<language>.mdx`. */
export const TRANSLATION_PATTERN = TRANSLATED_COLLECTIONS.map((name) => `${COLLECTIONS[name].folder}/[!_]*.*.mdx`);

/**
 * The slug and language code a translation's file name gives (`s200.uk.mdx`: "s200", "uk"), or
 * undefined for an entry's own file. The code may be one the site has no pages in (the validator says so).
 */
export function translationName(name: string): { slug: string; language: string } | undefined {
  const match = /^([^.]+)\.([^.]+)\.mdx$/.exec(name);
  return match ? { slug: match[1]!, language: match[2]! } : undefined;
}

export const isTranslationLocale = (language: string): language is Locale =>
  (TRANSLATION_LOCALES as string[]).includes(language);

export function isDraft(fileName: string): boolean {
  return fileName.startsWith('_');
}
