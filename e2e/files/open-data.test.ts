// The open data of both sites: every JSON file valid against its JSON Schema, the CSV files parsing
// back to the same records, every permanent URL resolving, and hard text (quotes, commas, line
// breaks, non-Latin and right-to-left scripts) arriving intact.
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { csvParse } from 'd3';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { LIST_SEPARATOR, toJson, type ClaimRecord } from '../../src/lib/data/records.ts';
import { sites } from '../sites.ts';

// ajv-formats is CommonJS: its function arrives as the default export or under it, by loader.
const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as (ajv: Ajv2020) => Ajv2020;

/** A record without what the data adds to the content's own fields. */
function contentFields(record: ClaimRecord | undefined): Record<string, unknown> {
  const added = new Set(['slug', 'url', 'lastUpdated', 'citation', 'translations']);
  return Object.fromEntries(Object.entries(record ?? {}).filter(([key]) => !added.has(key)));
}

describe.each(sites)('$name', (site) => {
  const { urls } = site;
  const read = (url: string) => readFileSync(site.distFile(url), 'utf8');
  const json = (url: string): unknown => JSON.parse(read(url));
  const claims = json(urls.dataFile('claims.json')) as ClaimRecord[];
  const validator = (schema: string) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    return ajv.compile(json(urls.dataSchema(schema)) as object);
  };

  it.each([
    ['claims.json', 'claims.json'],
    ['actors.json', 'actors.json'],
    ['places.json', 'places.json'],
  ])('%s is valid against its JSON Schema', (file, schema) => {
    const validate = validator(schema);
    expect(validate(json(urls.dataFile(file))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('holds every claim, each also on its own, valid against the claim schema and linked from its page', () => {
    expect(claims.map((claim) => claim.slug).sort()).toEqual(site.claims.map((claim) => claim.slug).sort());
    const validate = validator('claim.json');
    for (const claim of claims) {
      const own = json(urls.claimJson(claim.slug));
      expect(own).toEqual(claim);
      // Written outside Astro's routes (src/integrations/data-files.ts): the same bytes, key order included.
      expect(read(urls.claimJson(claim.slug))).toBe(toJson(claim));
      expect(validate(own), JSON.stringify(validate.errors)).toBe(true);
      const page = parse(read(urls.claim(claim.slug)));
      expect(page.querySelector('link[rel="alternate"][type="application/json"]')?.getAttribute('href')).toBe(
        urls.claimJson(claim.slug),
      );
      expect(page.querySelector(`main a[href="${urls.claimJson(claim.slug)}"]`)).not.toBeNull();
    }
  });

  it('carries every field of the content as written, text intact', () => {
    for (const entry of site.claims) {
      const claim = claims.find((record) => record.slug === entry.slug);
      expect(contentFields(claim)).toEqual(entry.data);
    }
  });

  it('gives claims.csv one row per claim that parses back to the claims in claims.json', () => {
    const rows = csvParse(read(urls.dataFile('claims.csv')));
    expect(rows.map((row) => row['slug'])).toEqual(claims.map((claim) => claim.slug));
    for (const [index, row] of rows.entries()) {
      const claim = claims[index] as ClaimRecord;
      expect(row).toMatchObject({
        url: claim.url,
        title: claim.title,
        claimant: claim.claimant,
        claimedOn: claim.claimedOn,
        eventDate: claim.eventDate ?? '',
        status: claim.status,
        summary: claim.summary,
        lastUpdated: claim.lastUpdated,
        responses: String(claim.responses?.length ?? 0),
      });
      expect(row['places'] ? row['places'].split(LIST_SEPARATOR) : []).toEqual(claim.places ?? []);
      expect(row['sources']?.split(LIST_SEPARATOR)).toEqual(claim.sources.map((source) => source.title));
    }
  });

  it('gives responses.csv one row per response in claims.json', () => {
    // d3 gives the rows as an array with a `columns` property; compare the rows alone.
    const rows = [...csvParse(read(urls.dataFile('responses.csv')))];
    expect(rows).toEqual(
      claims.flatMap((claim) =>
        (claim.responses ?? []).map((response) => ({
          claim: claim.slug,
          actor: response.actor,
          stance: response.stance,
          date: response.date ?? '',
          note: response.note,
        })),
      ),
    );
  });

  it("carries each entry's translations, and gives translations.csv one row per translation, its language in a column", () => {
    type Translated = { slug: string; translations: { lang: string; url: string; reviewed: boolean }[] };
    const records = [
      ...(claims as unknown as Translated[]).map((record) => ['claims', 'claim', record] as const),
      ...(json(urls.dataFile('actors.json')) as Translated[]).map((record) => ['actors', 'actor', record] as const),
      ...(json(urls.dataFile('places.json')) as Translated[]).map((record) => ['places', 'place', record] as const),
    ];
    const expected = records.flatMap(([collection, entry, record]) =>
      site.translations
        .filter((translation) => translation.collection === collection && translation.slug === record.slug)
        .map((translation) => [
          entry,
          record.slug,
          translation.language,
          String(translation.data.reviewer !== undefined),
        ]),
    );
    expect(
      records
        .flatMap(([, entry, record]) =>
          record.translations.map((translation) => [
            entry,
            record.slug,
            translation.lang,
            String(translation.reviewed),
          ]),
        )
        .sort(),
    ).toEqual([...expected].sort());
    const rows = [...csvParse(read(urls.dataFile('translations.csv')))];
    expect(rows.map((row) => [row['entry'], row['slug'], row['lang'], row['reviewed']]).sort()).toEqual(
      [...expected].sort(),
    );
    expect(rows.length).toBe(site.translations.filter((translation) => translation.collection !== 'incidents').length);
  });

  it('resolves every permanent URL in the data to a built page', () => {
    const actors = json(urls.dataFile('actors.json')) as { url: string; translations: { url: string }[] }[];
    const places = json(urls.dataFile('places.json')) as {
      url: string;
      slug: string;
      translations: { url: string }[];
    }[];
    expect(places.map((place) => place.slug).sort()).toEqual(site.places.map((place) => place.slug).sort());
    const missing = [...claims, ...actors, ...places]
      .flatMap((record) => [record.url, ...record.translations.map((translation) => translation.url)])
      .map((url) => new URL(url))
      .filter((url) => url.origin !== site.settings.site || !existsSync(site.distFile(url.pathname)));
    expect(missing).toEqual([]);
  });

  it('describes the CSV files in a Data Package whose paths and fields match them', () => {
    const described = json(urls.dataFile('datapackage.json')) as {
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    for (const resource of described.resources) {
      const path = new URL(resource.path).pathname;
      const header = read(path).split('\r\n')[0];
      expect(header).toBe(resource.schema.fields.map((field) => field.name).join(','));
    }
  });

  it('lists every data file on the data page, with its size', () => {
    const page = parse(read(urls.data()));
    for (const file of [
      'claims.json',
      'actors.json',
      'places.json',
      'claims.csv',
      'responses.csv',
      'translations.csv',
      'datapackage.json',
    ]) {
      const row = page.querySelectorAll('tr').find((tr) => tr.querySelector(`a[href="${urls.dataFile(file)}"]`));
      expect(row?.text, file).toMatch(/\d+\.\d KB/);
    }
  });
});
