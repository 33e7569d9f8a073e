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
  type ActorData,
  type PlaceData,
} from '../content/schema.ts';
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

/** One claim in the data files: its slug, permanent URL, last-updated day, every field, its citation. */
export const claimRecordSchema = z.strictObject({
  slug: z.string().describe("The claim's permanent identifier, the last part of its URL."),
  url: url.describe("The claim's permanent URL."),
  lastUpdated: day.describe('The latest day the record refers to: the claim, a source, a response or an update.'),
  ...claimFieldsSchema.shape,
  citation: citationSchema,
});

export const actorRecordSchema = z.strictObject({
  slug: z.string().describe("The actor's identifier."),
  url: url.describe("The actor's page."),
  ...actorSchema.shape,
});

export const placeRecordSchema = z.strictObject({
  slug: z.string().describe("The place's identifier, which claims name it by."),
  url: url.describe("The place's page."),
  ...placeSchema.shape,
});

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
  };
}

export function actorRecord(actor: { id: string; data: ActorData }, context: RecordContext): ActorRecord {
  return {
    slug: actor.id,
    url: context.absolute(context.actorPath(actor.id)),
    ...(inSchemaOrder(actorSchema, actor.data) as ActorData),
  };
}

export function placeRecord(place: { id: string; data: PlaceData }, context: RecordContext): PlaceRecord {
  return {
    slug: place.id,
    url: context.absolute(context.placePath(place.id)),
    ...(inSchemaOrder(placeSchema, place.data) as PlaceData),
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
  type: 'string' | 'date' | 'integer';
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
    resources: [resource('claims', CLAIM_COLUMNS), resource('responses', RESPONSE_COLUMNS)],
  };
}
