import { describe, expect, it } from 'vitest';
// The integration's own way of working the alternates out, which this module replaces: the two must
// agree. A file its package's exports do not name, so reached by its path.
import { generateSitemap } from '../../node_modules/@astrojs/sitemap/dist/generate-sitemap.js';
import { sitemapAlternates } from './sitemap-alternates.ts';

const site = 'https://example.org/contested/';
const langs = { en: 'en', uk: 'uk', ru: 'ru' };
const pages = [
  '',
  'uk/',
  'ru/',
  'claims/a/',
  'uk/claims/a/',
  'ru/claims/a/',
  'claims/b/',
  'uk/claims/b/',
  // A path that sorts after the languages' folders: the English version comes last.
  'unverified/',
  'uk/unverified/',
  'ru/unverified/',
  'timeline/2024/10/',
  'timeline/2024/9/',
  'uk/timeline/2024/9/',
].map((path) => `${site}${path}`);

describe("the sitemap's alternates", () => {
  it("lists each page's versions in every language it exists in, itself included, as @astrojs/sitemap's i18n option does", () => {
    const alternates = sitemapAlternates(site, 'en', langs);
    for (const page of pages) alternates.add(page);
    const theirs = (
      generateSitemap(pages, site, { i18n: { defaultLocale: 'en', locales: langs } }) as {
        url: string;
        links?: unknown;
      }[]
    ).map(({ url, links }) => [url, links]);
    expect(theirs.map(([url]) => [url, alternates.linksOf(String(url))])).toEqual(theirs);
  });

  it('orders the versions as the sitemap orders its pages, and gives none to a page in one language', () => {
    const alternates = sitemapAlternates(site, 'en', langs);
    for (const page of pages) alternates.add(page);
    expect(alternates.linksOf(`${site}unverified/`)?.map((link) => link.lang)).toEqual(['ru', 'uk', 'en']);
    expect(alternates.linksOf(`${site}claims/b/`)).toEqual([
      { url: `${site}claims/b/`, lang: 'en' },
      { url: `${site}uk/claims/b/`, lang: 'uk' },
    ]);
    expect(alternates.linksOf(`${site}timeline/2024/10/`)).toBeUndefined();
    expect(alternates.linksOf('https://elsewhere.example/claims/a/')).toBeUndefined();
  });
});
