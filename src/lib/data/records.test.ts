import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import type { ClaimData } from '../content/schema.ts';
import {
  claimRecord,
  CLAIM_COLUMNS,
  dataPackage,
  responseRows,
  RESPONSE_COLUMNS,
  toCsv,
  TRANSLATION_COLUMNS,
  translationRows,
  type RecordContext,
} from './records.ts';
import { t } from '../__fixtures__/view-context.ts';

const context: RecordContext = {
  siteName: 'Contested',
  t,
  absolute: (path) => `https://example.org${path}`,
  claimPath: (slug) => `/claims/${slug}/`,
  actorPath: (slug) => `/actors/${slug}/`,
  placePath: (slug) => `/places/${slug}/`,
  translationsOf: (collection, slug) =>
    collection === 'claims' && slug === 'a-claim'
      ? [
          {
            collection,
            slug,
            locale: 'uk',
            data: {
              title: 'Міністерство А заявило, що ракету збито',
              summary: 'Міністерство А заявило.',
              translation: 'machine-assisted',
            },
          },
          {
            collection,
            slug,
            locale: 'ru',
            data: {
              title: 'Министерство А заявило, что ракета сбита',
              summary: 'Министерство А заявило.',
              translation: 'human',
              translator: 'editor-a',
              reviewer: 'editor-b',
            },
          },
        ]
      : [],
  translatedPath: (collection, slug, locale) => `/${locale}/${collection}/${slug}/`,
};

const data: ClaimData = {
  // Written in an order of the contributor's own: the record must not follow it.
  summary: 'Ministry A said, "quite clearly", that\nit happened; twice.',
  title: 'Ministry A says a missile, "modified", was shot down',
  status: 'disputed',
  claimedOn: '2024-01-10',
  claimedOnKind: 'source-date',
  claimant: 'ministry-a',
  incident: 'an-incident',
  places: ['Київ, Україна', 'القدس'],
  sources: [{ date: '2024-01-10', title: 'A report' }],
  responses: [
    { note: 'Government B denied it, "flatly".', stance: 'denies', actor: 'government-b', date: '2024-01-12' },
  ],
};
const record = claimRecord({ id: 'a-claim', data }, context);

describe('a claim record', () => {
  it('keeps the schema order of fields, whatever order the file used', () => {
    expect(Object.keys(record)).toEqual([
      'slug',
      'url',
      'lastUpdated',
      'title',
      'claimant',
      'incident',
      'claimedOn',
      'claimedOnKind',
      'status',
      'summary',
      'places',
      'sources',
      'responses',
      'citation',
      'translations',
    ]);
    expect(Object.keys(record.sources[0] ?? {})).toEqual(['title', 'date']);
    expect(Object.keys(record.responses?.[0] ?? {})).toEqual(['actor', 'stance', 'date', 'note']);
  });

  it('carries its translations: the words, their page, how they were made and whether a speaker reviewed them', () => {
    expect(record.translations).toEqual([
      {
        lang: 'uk',
        url: 'https://example.org/uk/claims/a-claim/',
        translation: 'machine-assisted',
        reviewed: false,
        title: 'Міністерство А заявило, що ракету збито',
        summary: 'Міністерство А заявило.',
      },
      {
        lang: 'ru',
        url: 'https://example.org/ru/claims/a-claim/',
        translation: 'human',
        reviewed: true,
        title: 'Министерство А заявило, что ракета сбита',
        summary: 'Министерство А заявило.',
      },
    ]);
  });

  it('carries the permanent URL, the last-updated day and the citation', () => {
    expect(record.url).toBe('https://example.org/claims/a-claim/');
    expect(record.lastUpdated).toBe('2024-01-12');
    expect(record.citation.text).toContain('Status: Disputed');
  });
});

describe('CSV files', () => {
  it('quote commas, quotes and line breaks (RFC 4180) and parse back to the same values', () => {
    const csv = toCsv([record], CLAIM_COLUMNS);
    expect(csv.split('\r\n')[0]).toBe(CLAIM_COLUMNS.map((column) => column.name).join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    const [row] = csvParse(csv);
    expect(row?.['title']).toBe(data.title);
    expect(row?.['summary']).toBe(data.summary);
    expect(row?.['places']?.split('; ')).toEqual(data.places);
    expect(row?.['eventDate']).toBe('');
    expect(row?.['responses']).toBe('1');
  });

  it('give one row per response', () => {
    const [row] = csvParse(toCsv(responseRows([record]), RESPONSE_COLUMNS));
    expect(row).toEqual({
      claim: 'a-claim',
      actor: 'government-b',
      stance: 'denies',
      date: '2024-01-12',
      note: 'Government B denied it, "flatly".',
    });
  });

  it('give one row per translation, its language in a column', () => {
    const rows = csvParse(toCsv(translationRows({ claims: [record], actors: [], places: [] }), TRANSLATION_COLUMNS));
    expect(rows.map((row) => [row['entry'], row['slug'], row['lang'], row['reviewed']])).toEqual([
      ['claim', 'a-claim', 'uk', 'false'],
      ['claim', 'a-claim', 'ru', 'true'],
    ]);
    expect(rows[0]?.['title']).toBe('Міністерство А заявило, що ракету збито');
  });

  it('are described by a Data Package with their fields and licence', () => {
    const described = dataPackage('Contested', 'https://example.org/', (name) => `https://example.org/data/${name}`, t);
    expect(described.licenses[0]?.name).toBe('CC-BY-4.0');
    expect(described.resources[0]?.title).toBe('Claims, one row per claim');
    expect(described.resources[1]?.schema.fields.find((field) => field.name === 'stance')?.description).toContain(
      'not statements',
    );
    expect(described.resources.map((resource) => [resource.path, resource.schema.fields.map((f) => f.name)])).toEqual([
      ['https://example.org/data/claims.csv', CLAIM_COLUMNS.map((c) => c.name)],
      ['https://example.org/data/responses.csv', RESPONSE_COLUMNS.map((c) => c.name)],
      ['https://example.org/data/translations.csv', TRANSLATION_COLUMNS.map((c) => c.name)],
    ]);
  });
});
