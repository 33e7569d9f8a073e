// The open-data files (/data/*.json, *.csv, the Data Package, the JSON Schemas) and each claim's record,
// from the content entries: pure, so the /data/ page (through src/data/open-data.ts) and the build's
// own writer of the files (src/integrations/data-files.ts) make them with the same code.
import {
  actorRecord,
  actorRecordSchema,
  claimRecord,
  claimRecordSchema,
  CLAIM_COLUMNS,
  CSV_FILES,
  dataPackage,
  listJsonSchema,
  placeRecord,
  placeRecordSchema,
  recordJsonSchema,
  RESPONSE_COLUMNS,
  responseRows,
  TRANSLATION_COLUMNS,
  translationRows,
  type TranslationSource,
  toCsv,
  toJson,
  type ClaimRecord,
  type RecordContext,
} from './records.ts';
import type { ActorData, PlaceData } from '../content/schema.ts';
import { sortChronologically, type ClaimLike } from '../claims.ts';
import { entryUrl, pathInLocale, type Urls } from '../urls.ts';
import { LOCALE_LIST } from '../i18n/locales.ts';
import { translator } from '../i18n/translator.ts';

const byName = <Entry extends { id: string; data: { name: string } }>(entries: readonly Entry[]): Entry[] =>
  [...entries].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id));

export interface DataFileText {
  /** Its name under /data/; what it holds is its title in the dictionary (fileTitle in records.ts). */
  name: string;
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

/**
 * Every open-data file of the site at `site` (its absolute address), with the paths of `urls`: claims
 * in timeline order, actors and places by name, whatever order the entries come in.
 */
/** What the records are written with: the site's English words and addresses, and the translations. */
function recordContext(
  translations: readonly TranslationSource[],
  site: URL | string,
  urls: Urls,
  siteName: string,
): RecordContext {
  // Each entry's, in the order of the site's languages, whatever order the files were read in.
  const byEntry = Map.groupBy(
    [...translations].sort((a, b) => LOCALE_LIST.indexOf(a.locale) - LOCALE_LIST.indexOf(b.locale)),
    (translation) => `${translation.collection}/${translation.slug}`,
  );
  return {
    siteName,
    t: translator(),
    absolute: (path) => new URL(path, site).href,
    claimPath: urls.claim,
    actorPath: urls.actor,
    placePath: (slug) => urls.place(slug),
    translationsOf: (collection, slug) => byEntry.get(`${collection}/${slug}`) ?? [],
    translatedPath: (collection, slug, locale) => pathInLocale(urls.home(), entryUrl(urls, collection, slug), locale),
  };
}

export function openDataFiles(
  entries: {
    claims: readonly ClaimLike[];
    actors: readonly { id: string; data: ActorData }[];
    places: readonly { id: string; data: PlaceData }[];
    translations: readonly TranslationSource[];
  },
  site: URL | string,
  urls: Urls,
  siteName: string,
): OpenData {
  const context = recordContext(entries.translations, site, urls, siteName);
  const { absolute } = context;
  const claims = sortChronologically(entries.claims).map((claim) => claimRecord(claim, context));
  const actors = byName(entries.actors).map((actor) => actorRecord(actor, context));
  const places = byName(entries.places).map((place) => placeRecord(place, context));
  const json = 'application/json';
  return {
    claims,
    files: [
      {
        name: 'claims.json',
        mediatype: json,
        text: toJson(claims),
        schema: 'claims.json',
      },
      { name: 'actors.json', mediatype: json, text: toJson(actors), schema: 'actors.json' },
      {
        name: 'places.json',
        mediatype: json,
        text: toJson(places),
        schema: 'places.json',
      },
      { ...CSV_FILES.claims, text: toCsv(claims, CLAIM_COLUMNS), schema: undefined },
      { ...CSV_FILES.responses, text: toCsv(responseRows(claims), RESPONSE_COLUMNS), schema: undefined },
      {
        ...CSV_FILES.translations,
        text: toCsv(translationRows({ claims, actors, places }), TRANSLATION_COLUMNS),
        schema: undefined,
      },
      {
        name: 'datapackage.json',
        mediatype: json,
        text: toJson(dataPackage(siteName, absolute(urls.home()), (name) => absolute(urls.dataFile(name)), context.t)),
        schema: undefined,
      },
    ],
    schemas: [
      { name: 'claims.json', text: toJson(listJsonSchema(`${siteName} claims`, claimRecordSchema)) },
      { name: 'actors.json', text: toJson(listJsonSchema(`${siteName} actors`, actorRecordSchema)) },
      { name: 'places.json', text: toJson(listJsonSchema(`${siteName} places`, placeRecordSchema)) },
      { name: 'claim.json', text: toJson(recordJsonSchema(`${siteName} claim`, claimRecordSchema)) },
    ],
  };
}
