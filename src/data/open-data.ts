// The open-data files, each with its name, title and text, built once per build from the indexed
// content: the endpoints under src/pages/data/ serve them and the /data/ page lists them with sizes.
import { SITE_NAME } from '../lib/structured-data.ts';
import { urls } from '../lib/urls.ts';
import {
  actorRecord,
  actorRecordSchema,
  claimRecord,
  claimRecordSchema,
  CLAIM_COLUMNS,
  CSV_FILES,
  dataPackage,
  listJsonSchema,
  recordJsonSchema,
  RESPONSE_COLUMNS,
  responseRows,
  toCsv,
  toJson,
  type ClaimRecord,
  type RecordContext,
} from '../lib/data/records.ts';
import { siteContent } from './content.ts';

export interface DataFileText {
  name: string;
  title: string;
  mediatype: string;
  text: string;
  /** The file's JSON Schema, by name under /data/schema/, where it has one. */
  schema: string | undefined;
}

export interface OpenData {
  claims: ClaimRecord[];
  files: DataFileText[];
  schemas: { name: string; text: string }[];
}

async function load(site: URL): Promise<OpenData> {
  const content = await siteContent();
  const absolute = (path: string) => new URL(path, site).href;
  const context: RecordContext = {
    siteName: SITE_NAME,
    absolute,
    claimPath: urls.claim,
    actorPath: urls.actor,
  };
  const claims = content.claims.map((claim) => claimRecord(claim, context));
  const actors = content.actors.map((actor) => actorRecord(actor, context));
  const json = 'application/json';
  return {
    claims,
    files: [
      {
        name: 'claims.json',
        title: 'Every claim, every field',
        mediatype: json,
        text: toJson(claims),
        schema: 'claims.json',
      },
      { name: 'actors.json', title: 'Every actor', mediatype: json, text: toJson(actors), schema: 'actors.json' },
      { ...CSV_FILES.claims, text: toCsv(claims, CLAIM_COLUMNS), schema: undefined },
      { ...CSV_FILES.responses, text: toCsv(responseRows(claims), RESPONSE_COLUMNS), schema: undefined },
      {
        name: 'datapackage.json',
        title: 'Data Package (Frictionless) describing the CSV files',
        mediatype: json,
        text: toJson(dataPackage(SITE_NAME, absolute(urls.home()), (name) => absolute(urls.dataFile(name)))),
        schema: undefined,
      },
    ],
    schemas: [
      { name: 'claims.json', text: toJson(listJsonSchema(`${SITE_NAME} claims`, claimRecordSchema)) },
      { name: 'actors.json', text: toJson(listJsonSchema(`${SITE_NAME} actors`, actorRecordSchema)) },
      { name: 'claim.json', text: toJson(recordJsonSchema(`${SITE_NAME} claim`, claimRecordSchema)) },
    ],
  };
}

let loaded: Promise<OpenData> | undefined;

/** The open data, built once per build, with absolute URLs on the site's address (SITE_URL). */
export function openData(): Promise<OpenData> {
  loaded ??= load(new URL(import.meta.env.SITE));
  return loaded;
}
