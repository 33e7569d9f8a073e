import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sampleClaim } from '../__fixtures__/claims.ts';
import type { TranslationSource } from './records.ts';
import { oembedRecords, type OembedSource } from './oembed-records.ts';

const site = new URL('https://example.org/base/');

const ukrainian = (collection: TranslationSource['collection'], slug: string, words: object): TranslationSource => ({
  collection,
  slug,
  locale: 'uk',
  data: { ...words, translation: 'machine-assisted', translator: 'editor-a' } as TranslationSource['data'],
});

const source = (translations: TranslationSource[]): OembedSource => ({
  claims: [sampleClaim('a'), sampleClaim('b')],
  actors: [{ id: 'ministry-a', data: { name: 'Ministry A' } }],
  editors: [{ id: 'editor-a', data: { name: 'Editor A' } }],
  translations,
});

const frameOf = (html: string) => parse(html).querySelector('iframe');

describe("a claim's oEmbed records", () => {
  it('gives every claim a record in English, beside its page', () => {
    const files = oembedRecords(source([]), site, '/base/');
    expect(files.map((file) => file.path)).toEqual(['/base/claims/a/oembed.json', '/base/claims/b/oembed.json']);
    const [first] = files;
    expect(first?.record.title).toBe('Ministry A says a thing happened');
    expect(frameOf(first?.record.html ?? '')?.getAttribute('src')).toBe('https://example.org/base/claims/a/embed/');
  });

  it("gives a translated claim a record in that language only, framing that language's status box, with its claimant's name as translated", () => {
    const files = oembedRecords(
      source([
        ukrainian('claims', 'a', {
          title: 'Міністерство А заявило, що щось сталося',
          summary: 'Досить довгий підсумок.',
        }),
        ukrainian('actors', 'ministry-a', { name: 'Міністерство А' }),
      ]),
      site,
      '/base/',
    );
    expect(files.map((file) => file.path)).toEqual([
      '/base/claims/a/oembed.json',
      '/base/claims/b/oembed.json',
      '/base/uk/claims/a/oembed.json',
    ]);
    const english = files[0]?.record;
    const translated = files[2]?.record;
    expect(translated?.title).toBe('Міністерство А заявило, що щось сталося');
    expect(translated?.provider_url).toBe('https://example.org/base/uk/');
    const frame = frameOf(translated?.html ?? '');
    expect(frame?.getAttribute('src')).toBe('https://example.org/base/uk/claims/a/embed/');
    expect(frame?.getAttribute('title')).toContain('Міністерство А заявило');
    // Its box says how it was translated, in a line the English box has not: its frame is taller.
    expect(translated?.height).toBeGreaterThan(english?.height ?? Infinity);
  });
});
