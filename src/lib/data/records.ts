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
  description: string;
  value: (row: Row) => string | number | undefined;
}

const list = (items: readonly string[] | undefined) => items?.join(LIST_SEPARATOR);

/** claims.csv: one row per claim. Lists are joined with LIST_SEPARATOR. */
export const CLAIM_COLUMNS: CsvColumn<ClaimRecord>[] = [
  { name: 'slug', type: 'string', description: 'Permanent identifier.', value: (c) => c.slug },
  { name: 'url', type: 'string', description: 'Permanent URL.', value: (c) => c.url },
  { name: 'title', type: 'string', description: 'The claim, attributed to its claimant.', value: (c) => c.title },
  { name: 'claimant', type: 'string', description: 'Slug of the actor who made the claim.', value: (c) => c.claimant },
  {
    name: 'incident',
    type: 'string',
    description: 'Slug of the incident the claim belongs to.',
    value: (c) => c.incident,
  },
  {
    name: 'claimedOn',
    type: 'date',
    description:
      'The day of the claim: the day a source says it was made, or the date of the report that records it (see claimedOnKind).',
    value: (c) => c.claimedOn,
  },
  {
    name: 'claimedOnKind',
    type: 'string',
    description:
      'What claimedOn is: statement-day (a source gives the day of the statement) or source-date (the date of the report that records it; no source says when the statement was made).',
    value: (c) => c.claimedOnKind,
  },
  {
    name: 'eventDate',
    type: 'date',
    description: 'When the event happened, as claimed; empty when not stated.',
    value: (c) => c.eventDate,
  },
  { name: 'status', type: 'string', description: 'How far the claim is verified.', value: (c) => c.status },
  { name: 'summary', type: 'string', description: 'A short summary.', value: (c) => c.summary },
  {
    name: 'places',
    type: 'string',
    description: `Slugs of the places the claim names (see places.json), joined with "${LIST_SEPARATOR}".`,
    value: (c) => list(c.places),
  },
  {
    name: 'sources',
    type: 'string',
    description: `Titles of the sources, joined with "${LIST_SEPARATOR}".`,
    value: (c) => list(c.sources.map((s) => s.title)),
  },
  {
    name: 'responses',
    type: 'integer',
    description: 'Number of responses (see responses.csv).',
    value: (c) => c.responses?.length ?? 0,
  },
  {
    name: 'lastUpdated',
    type: 'date',
    description: 'The latest day the record refers to.',
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
  { name: 'claim', type: 'string', description: 'Slug of the claim responded to.', value: (r) => r.claim },
  { name: 'actor', type: 'string', description: 'Slug of the actor who responded.', value: (r) => r.actor },
  {
    name: 'stance',
    type: 'string',
    description:
      'confirms, denies or declined-to-comment (statements); not-commented or not-confirmed (silences a source records, not statements).',
    value: (r) => r.stance,
  },
  {
    name: 'date',
    type: 'date',
    description: 'When the response was made; empty when not stated.',
    value: (r) => r.date,
  },
  { name: 'note', type: 'string', description: 'The response, paraphrased.', value: (r) => r.note },
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
  /** File name under /data/. */
  name: string;
  title: string;
  mediatype: string;
}

export const CSV_FILES = {
  claims: { name: 'claims.csv', title: 'Claims, one row per claim', mediatype: 'text/csv' },
  responses: { name: 'responses.csv', title: 'Responses, one row per response', mediatype: 'text/csv' },
} as const;

/** A Frictionless Data Package describing the CSV files, their fields and licence. */
export function dataPackage(siteName: string, siteUrl: string, csvPath: (name: string) => string) {
  const resource = <Row>(file: DataFile, columns: readonly CsvColumn<Row>[]) => ({
    name: file.name.replace(/\.csv$/, ''),
    path: csvPath(file.name),
    title: file.title,
    format: 'csv',
    mediatype: file.mediatype,
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: { fields: columns.map(({ name, type, description }) => ({ name, type, description })) },
  });
  return {
    name: siteName.toLowerCase(),
    title: `${siteName}: wartime claims and how far each is verified`,
    homepage: siteUrl,
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    resources: [resource(CSV_FILES.claims, CLAIM_COLUMNS), resource(CSV_FILES.responses, RESPONSE_COLUMNS)],
  };
}
