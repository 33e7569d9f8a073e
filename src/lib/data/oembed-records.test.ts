import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sampleClaim } from '../__fixtures__/claims.ts';
import { translator } from '../i18n/translator.ts';
import { createUrls } from '../urls.ts';
import { claimBox } from '../views/embeds.ts';
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
    // A name long enough to take more lines than the English one, so that the frame's height shows it.
    const translatedName = 'Міністерство А, що говорить від імені сторони у довгому офіційному формулюванні назви';
    const words = { title: 'Міністерство А заявило, що щось сталося', summary: 'Досить довгий підсумок.' };
    const files = oembedRecords(
      source([ukrainian('claims', 'a', words), ukrainian('actors', 'ministry-a', { name: translatedName })]),
      site,
      '/base/',
    );
    expect(files.map((file) => file.path)).toEqual([
      '/base/claims/a/oembed.json',
      '/base/claims/b/oembed.json',
      '/base/uk/claims/a/oembed.json',
    ]);
    const translated = files[2]?.record;
    expect(translated?.title).toBe(words.title);
    expect(translated?.provider_url).toBe('https://example.org/base/uk/');
    const frame = frameOf(translated?.html ?? '');
    expect(frame?.getAttribute('src')).toBe('https://example.org/base/uk/claims/a/embed/');
    expect(frame?.getAttribute('title')).toContain('Міністерство А заявило');

    // The Ukrainian page's box: the translation's words, the claimant's translated name and the line
    // saying how it was translated, each of which the frame's height makes room for.
    const urls = createUrls('/base/', 'uk', (collection, slug) => collection === 'claims' && slug === 'a');
    const view = { urls, t: translator('uk') };
    const claim = { id: 'a', data: { ...sampleClaim('a').data, ...words } };
    const credit = {
      method: 'machine-assisted' as const,
      translator: 'Editor A',
      reviewer: undefined,
      original: '/base/claims/a/',
    };
    const heightWith = (name: string, note: typeof credit | undefined) =>
      claimBox(claim, name, view, site, note).frame.height;
    expect(translated?.height).toBe(heightWith(translatedName, credit));
    expect(heightWith('Ministry A', credit)).toBeLessThan(heightWith(translatedName, credit));
    expect(heightWith(translatedName, undefined)).toBeLessThan(heightWith(translatedName, credit));
  });
});
