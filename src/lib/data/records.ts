// The dataset as files anyone can take away: every claim and actor as JSON (with a JSON Schema for
// each file, generated from the same Zod schemas that validate the content), claims and responses as
// CSV, and a Frictionless Data Package that describes the CSV files. Pure: the endpoints in
// src/pages/data/ only serialise what these return.
import { csvFormatRow } from 'd3';
import { z } from 'astro/zod';
import { lastRecordedDay, type ClaimLike } from '../claims.ts';
import {
  actorSchema,
  claimFieldsSchema,
  inSchemaOrder,
  placeSchema,
  TRANSLATION_METHODS,
  translatedWords,
  type ActorData,
  type PlaceData,
  type TranslationData,
} from '../content/schema.ts';
import type { TranslatedCollection } from '../content/collections.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { citeClaimAt } from './citation.ts';
import type { TextKey } from '../i18n/dictionary.ts';
import type { Translator } from '../i18n/translator.ts';

/** Joins a list inside one CSV cell; the data page documents it. */
export const LIST_SEPARATOR = '; ';

const day = z.iso.date().describe('A day, YYYY-MM-DD.');
const url = z.url().describe('Absolute URL.');

const citationSchema = z
  .strictObject({
    text: z.string().describe('A plain-text citation; the reader adds the day they read the page.'),
    bibtex: z.string().describe('The same citation as a BibTeX @misc entry.'),
    csl: z.record(z.string(), z.unknown()).describe('The same citation as CSL-JSON.'),
  })
  .describe('How to cite the claim.');

/** What every translation says of itself, in the data files: its language, its page, how it was made. */
const translationShape = {
  lang: z.string().describe('The language it is in, as a BCP 47 tag: uk, ru.'),
  url: url.describe("The entry's page in that language."),
  translation: z.enum(TRANSLATION_METHODS).describe('How it was translated: machine-assisted or human.'),
  reviewed: z.boolean().describe('Whether a speaker of the language has reviewed it against the English.'),
};

/** An entry's translations: its words in each language it is translated into (its facts are the record's own). */
const translationsOf = <Shape extends z.ZodRawShape>(words: Shape) =>
  z
    .array(z.strictObject({ ...translationShape, ...words }))
    .describe("The entry's words in each language it is translated into; every fact is the record's own.");

/** One claim in the data files: its slug, permanent URL, last-updated day, every field, its citation. */
export const claimRecordSchema = z.strictObject({
  slug: z.string().describe("The claim's permanent identifier, the last part of its URL."),
  url: url.describe("The claim's permanent URL."),
  lastUpdated: day.describe('The latest day the record refers to: the claim, a source, a response or an update.'),
  ...claimFieldsSchema.shape,
  citation: citationSchema,
  translations: translationsOf({
    title: z.string().describe('The title in the language.'),
    summary: z.string().describe('The summary in the language.'),
  }),
});

export const actorRecordSchema = z.strictObject({
  slug: z.string().describe("The actor's identifier."),
  url: url.describe("The actor's page."),
  ...actorSchema.shape,
  translations: translationsOf({
    name: z.string().describe('The name in the language.'),
    shortName: z.string().optional().describe('The short name in the language, where it has one.'),
    role: z.string().optional().describe('The role in the language, where it has one.'),
  }),
});

export const placeRecordSchema = z.strictObject({
  slug: z.string().describe("The place's identifier, which claims name it by."),
  url: url.describe("The place's page."),
  ...placeSchema.shape,
  translations: translationsOf({ name: z.string().describe('The name in the language.') }),
});

/** What every translation in a record says of itself. */
type TranslationRecord = z.output<z.ZodObject<typeof translationShape>>;

/** A translation of an entry, as the data files are made from it. */
export interface TranslationSource {
  collection: TranslatedCollection;
  slug: string;
  locale: Locale;
  data: TranslationData;
}

export type ClaimRecord = z.output<typeof claimRecordSchema>;
export type PlaceRecord = z.output<typeof placeRecordSchema>;
export type ActorRecord = z.output<typeof actorRecordSchema>;

export interface RecordContext {
  siteName: string;
  /** The words of the record's citation: open data is written in the site's default language. */
  t: Translator;
  /** Absolute URL of a site path. */
  absolute: (path: string) => string;
  claimPath: (slug: string) => string;
  actorPath: (slug: string) => string;
  placePath: (slug: string) => string;
  /** An entry's translations, and its page in a language it is translated into. */
  translationsOf: (collection: TranslatedCollection, slug: string) => readonly TranslationSource[];
  translatedPath: (collection: TranslatedCollection, slug: string, locale: Locale) => string;
}

/** An entry's translations as its record gives them: credit first, then the translated words. */
function translationRecords(collection: TranslatedCollection, slug: string, context: RecordContext) {
  return context.translationsOf(collection, slug).map(({ locale, data }) => ({
    lang: LOCALES[locale].lang,
    url: context.absolute(context.translatedPath(collection, slug, locale)),
    translation: data.translation,
    reviewed: data.reviewer !== undefined,
    // Its words: every field but what it says of itself.
    ...translatedWords(data),
  }));
}

export function claimRecord(claim: ClaimLike, context: RecordContext): ClaimRecord {
  const url = context.absolute(context.claimPath(claim.id));
  const lastUpdated = lastRecordedDay(claim);
  const fields = inSchemaOrder(claimFieldsSchema, claim.data) as ClaimLike['data'];
  return {
    slug: claim.id,
    url,
    lastUpdated,
    ...fields,
    citation: citeClaimAt(claim, url, context.siteName, context.t) as unknown as ClaimRecord['citation'],
    translations: translationRecords('claims', claim.id, context) as ClaimRecord['translations'],
  };
}

export function actorRecord(actor: { id: string; data: ActorData }, context: RecordContext): ActorRecord {
  return {
    slug: actor.id,
    url: context.absolute(context.actorPath(actor.id)),
    ...(inSchemaOrder(actorSchema, actor.data) as ActorData),
    translations: translationRecords('actors', actor.id, context) as ActorRecord['translations'],
  };
}

export function placeRecord(place: { id: string; data: PlaceData }, context: RecordContext): PlaceRecord {
  return {
    slug: place.id,
    url: context.absolute(context.placePath(place.id)),
    ...(inSchemaOrder(placeSchema, place.data) as PlaceData),
    translations: translationRecords('places', place.id, context) as PlaceRecord['translations'],
  };
}

/** JSON as the files hold it: two-space indentation, a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The JSON Schema of a file holding a list of records. */
export function listJsonSchema(title: string, record: z.ZodType): Record<string, unknown> {
  return {
    ...z.toJSONSchema(z.array(record).describe(title), { io: 'output', unrepresentable: 'any' }),
    title,
  };
}

export function recordJsonSchema(title: string, record: z.ZodType): Record<string, unknown> {
  return { ...z.toJSONSchema(record, { io: 'output', unrepresentable: 'any' }), title };
}

export interface CsvColumn<Row> {
  name: string;
  type: 'string' | 'date' | 'integer' | 'boolean';
  value: (row: Row) => string | number | undefined;
}

/** What a CSV file's column holds, in the translator's language (the Data Package's is English). */
export const columnDescription = (t: Translator, file: keyof typeof CSV_FILES, column: string): string =>
  t(`data.column.${file}.${column}` as TextKey, { separator: LIST_SEPARATOR });

/** What a data file holds, in the translator's language: "Every claim, every field". */
export const fileTitle = (t: Translator, name: string): string => t(`data.file.${name.replace('.', '-')}` as TextKey);

const list = (items: readonly string[] | undefined) => items?.join(LIST_SEPARATOR);

/** claims.csv: one row per claim. Lists are joined with LIST_SEPARATOR. */
export const CLAIM_COLUMNS: CsvColumn<ClaimRecord>[] = [
  { name: 'slug', type: 'string', value: (c) => c.slug },
  { name: 'url', type: 'string', value: (c) => c.url },
  { name: 'title', type: 'string', value: (c) => c.title },
  { name: 'claimant', type: 'string', value: (c) => c.claimant },
  {
    name: 'incident',
    type: 'string',
    value: (c) => c.incident,
  },
  {
    name: 'claimedOn',
    type: 'date',
    value: (c) => c.claimedOn,
  },
  {
    name: 'claimedOnKind',
    type: 'string',
    value: (c) => c.claimedOnKind,
  },
  {
    name: 'eventDate',
    type: 'date',
    value: (c) => c.eventDate,
  },
  { name: 'status', type: 'string', value: (c) => c.status },
  { name: 'summary', type: 'string', value: (c) => c.summary },
  {
    name: 'places',
    type: 'string',
    value: (c) => list(c.places),
  },
  {
    name: 'sources',
    type: 'string',
    value: (c) => list(c.sources.map((s) => s.title)),
  },
  {
    name: 'responses',
    type: 'integer',
    value: (c) => c.responses?.length ?? 0,
  },
  {
    name: 'lastUpdated',
    type: 'date',
    value: (c) => c.lastUpdated,
  },
];

export interface ResponseRow {
  claim: string;
  actor: string;
  stance: string;
  date: string | undefined;
  note: string;
}

/** responses.csv: one row per response to a claim. */
export const RESPONSE_COLUMNS: CsvColumn<ResponseRow>[] = [
  { name: 'claim', type: 'string', value: (r) => r.claim },
  { name: 'actor', type: 'string', value: (r) => r.actor },
  {
    name: 'stance',
    type: 'string',
    value: (r) => r.stance,
  },
  {
    name: 'date',
    type: 'date',
    value: (r) => r.date,
  },
  { name: 'note', type: 'string', value: (r) => r.note },
];

export function responseRows(records: readonly ClaimRecord[]): ResponseRow[] {
  return records.flatMap((record) =>
    (record.responses ?? []).map((response) => ({
      claim: record.slug,
      actor: response.actor,
      stance: response.stance,
      date: response.date,
      note: response.note,
    })),
  );
}

/** translations.csv: one row per translation of an entry, its words in the `lang` column's language. */
export interface TranslationRow {
  /** What it translates: claim, actor or place. */
  entry: string;
  slug: string;
  lang: string;
  url: string;
  /** A claim's title, an actor's or a place's name. */
  title: string;
  summary: string | undefined;
  translation: string;
  reviewed: boolean;
}

export const TRANSLATION_COLUMNS: CsvColumn<TranslationRow>[] = [
  { name: 'entry', type: 'string', value: (r) => r.entry },
  { name: 'slug', type: 'string', value: (r) => r.slug },
  { name: 'lang', type: 'string', value: (r) => r.lang },
  { name: 'url', type: 'string', value: (r) => r.url },
  { name: 'title', type: 'string', value: (r) => r.title },
  { name: 'summary', type: 'string', value: (r) => r.summary },
  { name: 'translation', type: 'string', value: (r) => r.translation },
  { name: 'reviewed', type: 'boolean', value: (r) => String(r.reviewed) },
];

export function translationRows(records: {
  claims: readonly ClaimRecord[];
  actors: readonly ActorRecord[];
  places: readonly PlaceRecord[];
}): TranslationRow[] {
  const row = (entry: string, slug: string, translation: TranslationRecord, title: string, summary?: string) => ({
    entry,
    slug,
    lang: translation.lang,
    url: translation.url,
    title,
    summary,
    translation: translation.translation,
    reviewed: translation.reviewed,
  });
  return [
    ...records.claims.flatMap((r) => r.translations.map((tr) => row('claim', r.slug, tr, tr.title, tr.summary))),
    ...records.actors.flatMap((r) => r.translations.map((tr) => row('actor', r.slug, tr, tr.name))),
    ...records.places.flatMap((r) => r.translations.map((tr) => row('place', r.slug, tr, tr.name))),
  ];
}

/** RFC 4180 CSV: a header row, CRLF line ends, fields quoted where they hold a comma, quote or line break. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [
    csvFormatRow(columns.map((column) => column.name)),
    ...rows.map((row) => csvFormatRow(columns.map((column) => String(column.value(row) ?? '')))),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export interface DataFile {
  /** File name under /data/; what it holds is its title in the dictionary (fileTitle). */
  name: string;
  mediatype: string;
}

export const CSV_FILES = {
  claims: { name: 'claims.csv', mediatype: 'text/csv' },
  responses: { name: 'responses.csv', mediatype: 'text/csv' },
  translations: { name: 'translations.csv', mediatype: 'text/csv' },
} as const;

/** A Frictionless Data Package describing the CSV files, their fields and licence. */
export function dataPackage(siteName: string, siteUrl: string, csvPath: (name: string) => string, t: Translator) {
  const resource = <Row>(file: keyof typeof CSV_FILES, columns: readonly CsvColumn<Row>[]) => ({
    name: file,
    path: csvPath(CSV_FILES[file].name),
    title: fileTitle(t, CSV_FILES[file].name),
    format: 'csv',
    mediatype: CSV_FILES[file].mediatype,
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: columns.map(({ name, type }) => ({ name, type, description: columnDescription(t, file, name) })),
    },
  });
  return {
    name: siteName.toLowerCase(),
    title: t('data.packageTitle', { site: siteName }),
    homepage: siteUrl,
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    resources: [
      resource('claims', CLAIM_COLUMNS),
      resource('responses', RESPONSE_COLUMNS),
      resource('translations', TRANSLATION_COLUMNS),
    ],
  };
}
