// What other sites embed, as built: a status box for every claim (and every former slug of one), a
// chart for every claim with figures, a status bar for every incident, each in English and in every
// language its entry is translated into. Each is out of search and the
// sitemap and points search engines at its page; each claim page folds its citations and the snippet
// under one disclosure and announces its oEmbed record, which holds what the oEmbed spec requires.
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { lastRecordedDay } from '../../src/lib/claims.ts';
import { translator } from '../../src/lib/i18n/translator.ts';
import { documentAt, sites, urlsIn } from '../sites.ts';
import { DEFAULT_LOCALE, LOCALE_LIST, LOCALES } from '../../src/lib/i18n/locales.ts';
import { pathInLocale } from '../../src/lib/urls.ts';

/** The words of the English site, which these tests read. */
const t = translator('en');

/**
 * oEmbed 1.0 (oembed.com, sections 2.3.4 and 2.3.4.4): every response has `type` and `version` "1.0";
 * a rich one has the `html` to embed and its `width` and `height` in pixels. The rest is optional,
 * but a provider's name, address and the title are what consumers show beside an embed.
 */
const OEMBED_RICH = {
  type: 'object',
  required: ['type', 'version', 'html', 'width', 'height'],
  properties: {
    type: { const: 'rich' },
    version: { const: '1.0' },
    html: { type: 'string', pattern: '^<iframe ' },
    width: { type: 'integer', minimum: 1 },
    height: { type: 'integer', minimum: 1 },
    title: { type: 'string', minLength: 1 },
    provider_name: { type: 'string', minLength: 1 },
    provider_url: { type: 'string', pattern: '^https?://' },
    cache_age: { type: 'integer' },
  },
};
const validOembed = new Ajv({ allErrors: true }).compile(OEMBED_RICH);

describe.each(sites)('$name', (site) => {
  const { urls, settings } = site;
  const absolute = (path: string) => new URL(path, settings.site).href;
  const embeds = site.htmlPages().filter((url) => urls.isEmbed(url));
  // Each incident once, whatever languages its page is in.
  const incidents = [
    ...new Set(
      site
        .htmlPages()
        .map((url) => urls.incidentSlugAt(url))
        .filter((slug): slug is string => slug !== undefined),
    ),
  ];

  it('has a status box for every claim and former slug, a chart for every claim with figures, a bar for every incident, in each language the entry is in', () => {
    const inLanguages = (collection: 'claims' | 'incidents', slug: string, english: string[]) =>
      LOCALE_LIST.filter((locale) => locale === DEFAULT_LOCALE || site.translationOf(collection, slug, locale)).flatMap(
        (locale) => english.map((url) => pathInLocale(settings.base, url, locale)),
      );
    const expected = [
      ...site.claims.flatMap((claim) =>
        inLanguages(
          'claims',
          claim.slug,
          [claim.slug, ...(claim.data.aliases ?? [])].flatMap((slug) => [
            urls.claimEmbed(slug),
            ...(claim.data.breakdown ? [urls.breakdownEmbed(slug)] : []),
          ]),
        ),
      ),
      ...incidents.flatMap((slug) => inLanguages('incidents', slug, [urls.incidentEmbed(slug)])),
    ];
    expect(embeds.sort()).toEqual(expected.sort());
    if (site.name === 'fixture-site') {
      expect(embeds.some((url) => url.includes('/embed/breakdown/'))).toBe(true);
      expect(embeds.some((url) => url.startsWith(`${settings.base}uk/`))).toBe(true);
    }
  });

  it("writes a translated claim's and incident's embeds in its language, linking to its page in it, whose snippet frames them", () => {
    let checked = 0;
    for (const locale of LOCALE_LIST.filter((locale) => locale !== DEFAULT_LOCALE)) {
      const words = translator(locale);
      const inLocale = urlsIn(site, locale);
      for (const claim of site.claims) {
        const translation = site.translationOf('claims', claim.slug, locale);
        if (!translation) continue;
        const box = documentAt(inLocale.claimEmbed(claim.slug), site);
        expect(box.querySelector('html')?.getAttribute('lang')).toBe(LOCALES[locale].lang);
        expect(box.querySelector('.status')?.text).toContain(words(`status.${claim.data.status}.label`));
        expect(box.querySelector('h1')?.text).toBe('title' in translation.data ? translation.data.title : undefined);
        expect(box.querySelector('h1 a')?.getAttribute('href')).toBe(inLocale.claim(claim.slug));
        expect(box.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
          absolute(inLocale.claim(claim.slug)),
        );
        const snippets = documentAt(inLocale.claim(claim.slug), site)
          .querySelectorAll('details.cite-embed pre')
          .map((pre) => pre.text);
        expect(snippets.some((snippet) => snippet.includes(absolute(inLocale.claimEmbed(claim.slug))))).toBe(true);
        if (claim.data.breakdown)
          expect(
            documentAt(inLocale.breakdownEmbed(claim.slug), site).querySelector('html')?.getAttribute('lang'),
          ).toBe(LOCALES[locale].lang);
        checked++;
      }
      for (const slug of incidents.filter((slug) => site.translationOf('incidents', slug, locale))) {
        const bar = documentAt(inLocale.incidentEmbed(slug), site);
        expect(bar.querySelector('html')?.getAttribute('lang')).toBe(LOCALES[locale].lang);
        expect(bar.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
          absolute(inLocale.incident(slug)),
        );
        const snippet = documentAt(inLocale.incident(slug), site).querySelector('details.cite-embed pre')?.text ?? '';
        expect(parse(snippet).querySelector('iframe')?.getAttribute('src')).toBe(
          absolute(inLocale.incidentEmbed(slug)),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1);
  });

  it('keeps every embed out of search engines and the sitemap, runs no script, and opens every link in a new tab', () => {
    const sitemap = readFileSync(site.distFile(`${settings.base}sitemap-0.xml`), 'utf8');
    for (const url of embeds) {
      const document = documentAt(url, site);
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content'), url).toBe('noindex');
      expect(document.querySelectorAll('script'), url).toHaveLength(0);
      expect(document.querySelector('[data-pagefind-body]'), url).toBeNull();
      const links = document.querySelectorAll('main a');
      expect(links.length, url).toBeGreaterThan(0);
      expect(
        links.filter((link) => link.getAttribute('target') !== '_blank'),
        url,
      ).toEqual([]);
      expect(sitemap).not.toContain(`<loc>${absolute(url)}</loc>`);
    }
  });

  it("shows each claim's status in words, its title, claimant, day and the day it is current as of, canonical to its page", () => {
    for (const claim of site.claims) {
      const box = documentAt(urls.claimEmbed(claim.slug), site);
      const text = box.querySelector('main')?.text.replace(/\s+/g, ' ') ?? '';
      const status = t(`status.${claim.data.status}.label`);
      const claimant = site.actors.find((actor) => actor.slug === claim.data.claimant)?.data.name ?? '';
      expect(box.querySelector(`.status.status-${claim.data.status}`)?.text).toBe(`Status: ${status}`);
      expect(box.querySelector('h1 a')?.getAttribute('href')).toBe(urls.claim(claim.slug));
      expect(box.querySelector('h1')?.text).toBe(claim.data.title);
      expect(text).toContain(`Claimed by ${claimant}`);
      expect(text).toContain(t.day(claim.data.claimedOn));
      expect(text).toContain(`Status as of ${t.day(lastRecordedDay({ id: claim.slug, data: claim.data }))}`);
      expect(box.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(absolute(urls.claim(claim.slug)));
    }
  });

  /** Each claim's page in every language it is in, with that language's addresses and title. */
  const claimPages = site.claims.flatMap((claim) =>
    LOCALE_LIST.flatMap((locale) => {
      const translation = locale === DEFAULT_LOCALE ? undefined : site.translationOf('claims', claim.slug, locale);
      if (locale !== DEFAULT_LOCALE && !translation) return [];
      const title = translation && 'title' in translation.data ? translation.data.title : claim.data.title;
      return [{ claim, locale, urls: urlsIn(site, locale), title }];
    }),
  );

  it('folds the citations and the embed code under one closed disclosure, the snippet being what oEmbed hands out in its language', () => {
    for (const { claim, locale, urls: inLocale } of claimPages) {
      const page = documentAt(inLocale.claim(claim.slug), site);
      const disclosure = page.querySelector('details.cite-embed');
      expect(disclosure?.querySelector('summary')?.text.trim()).toBe(translator(locale)('claim.citeEmbed'));
      expect(disclosure?.hasAttribute('open')).toBe(false);
      expect(page.querySelectorAll('.citation')).toHaveLength(1);
      expect(disclosure?.querySelectorAll('.citation')).toHaveLength(1);
      const snippets = disclosure?.querySelectorAll('pre').map((pre) => pre.text) ?? [];
      const oembed = JSON.parse(readFileSync(site.distFile(inLocale.claimOembed(claim.slug)), 'utf8')) as {
        html: string;
      };
      // The same snippet, to the byte: the same frame, title and height.
      expect(snippets).toContain(oembed.html);
      const chart = snippets.find((snippet) => snippet.includes(absolute(inLocale.breakdownEmbed(claim.slug))));
      expect(Boolean(chart), claim.slug).toBe(Boolean(claim.data.breakdown));
    }
    if (site.name === 'fixture-site') expect(claimPages.some(({ locale }) => locale !== DEFAULT_LOCALE)).toBe(true);
  });

  it("announces each claim's oEmbed record in its page's language, which the oEmbed spec's required fields validate, framing the status box", () => {
    for (const { claim, urls: inLocale, title } of claimPages) {
      const links = documentAt(inLocale.claim(claim.slug), site).querySelectorAll(
        'link[rel="alternate"][type="application/json+oembed"]',
      );
      expect(links.map((link) => link.getAttribute('href'))).toEqual([absolute(inLocale.claimOembed(claim.slug))]);
      expect(links[0]?.getAttribute('title')).toBe(title);
      const record = JSON.parse(readFileSync(site.distFile(inLocale.claimOembed(claim.slug)), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(validOembed(record), JSON.stringify(validOembed.errors)).toBe(true);
      expect(record).toMatchObject({ title, provider_url: absolute(inLocale.home()) });
      const frame = parse(String(record['html'])).querySelector('iframe');
      expect(frame?.getAttribute('src')).toBe(absolute(inLocale.claimEmbed(claim.slug)));
      expect(frame?.getAttribute('width')).toBe(String(record['width']));
      expect(frame?.getAttribute('height')).toBe(String(record['height']));
      expect(frame?.getAttribute('title')).toContain(title);
    }
  });

  it("offers each incident's status bar to embed from its page", () => {
    for (const slug of incidents) {
      const snippet = documentAt(urls.incident(slug), site).querySelector('details.cite-embed pre')?.text ?? '';
      expect(parse(snippet).querySelector('iframe')?.getAttribute('src')).toBe(absolute(urls.incidentEmbed(slug)));
    }
  });
});
