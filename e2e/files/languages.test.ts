// The interface in every language: each page under /uk/ and /ru/ says its language, names its versions
// in the others (hreflang, x-default, the sitemap) and links to them from its switcher, and shows no
// sentence of the English interface; the English pages keep their addresses (published.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/translations/en.json' with { type: 'json' };
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { translator } from '../../src/lib/i18n/translator.ts';
import type { TextKey } from '../../src/lib/i18n/dictionary.ts';
import { pathInLocale } from '../../src/lib/urls.ts';
import { builtPages, documentAt, sites, urlsIn, type BuiltPage } from '../sites.ts';
import type { TranslatedCollection } from '../../src/lib/content/collections.ts';

const locales = Object.keys(LOCALES) as Locale[];
const translated = locales.filter((locale) => locale !== DEFAULT_LOCALE);

/**
 * The English interface's sentences: every text of four words or more that no other language writes
 * the same way (names and numbers aside, a translated page that shows one shows English).
 */
const englishSentences = Object.entries(en)
  .filter(([key, text]) => {
    const words = text
      .replace(/\{\{\w+\}\}/g, ' ')
      .split(/\s+/)
      .filter((word) => /[a-z]{2}/i.test(word));
    return words.length >= 4 && translated.every((locale) => translator(locale)(key as never) !== text);
  })
  // The fixed part of a text: its longest run between placeholders.
  .map(([, text]) =>
    text
      .split(/\{\{\w+\}\}/)
      .reduce((a, b) => (b.trim().length > a.trim().length ? b : a))
      .trim(),
  )
  .filter((part) => part.split(/\s+/).length >= 4);

/** An editor's name, from its file. */
const parseEditorName = (file: string) => /^name: (.+)$/m.exec(file)?.[1]?.trim() ?? '';

const text = (page: BuiltPage) => page.document.querySelector('body')?.text.replace(/\s+/g, ' ') ?? '';

describe.each(sites)('$name', (site) => {
  const pages = builtPages(site);
  const base = site.settings.base;
  const localeOf = (page: BuiltPage) =>
    translated.find((locale) => page.url.startsWith(`${base}${locale}/`)) ?? DEFAULT_LOCALE;
  const inTranslation = pages.filter((page) => localeOf(page) !== DEFAULT_LOCALE);
  const urlSet = new Set(pages.map((page) => page.url));
  const exists = (url: string) => urlSet.has(url);
  const editorName = (slug: string) =>
    parseEditorName(readFileSync(join(site.settings.contentDir, 'editors', `${slug}.mdx`), 'utf8'));

  it('builds the interface in every language', () => {
    for (const locale of translated) {
      const ofLocale = inTranslation.filter((page) => localeOf(page) === locale).map((page) => page.url);
      for (const path of ['', 'timeline/', 'claims/', 'unverified/', 'incidents/', 'methodology/', 'search/'])
        expect(ofLocale).toContain(`${base}${locale}/${path}`);
    }
  });

  it('says the language of every page in <html lang>', () => {
    for (const page of pages)
      expect(page.document.querySelector('html')?.getAttribute('lang'), page.url).toBe(LOCALES[localeOf(page)].lang);
  });

  // A page's versions: the same page in each language it exists in (an entry's, where it is translated).
  const versionsOf = (url: string) => locales.filter((locale) => exists(pathInLocale(base, url, locale)));
  // A page whose canonical address is its own: not a former address, nor an embed (which names the
  // page it shows part of, and is not for search engines).
  const hasOwnAddress = (page: BuiltPage) => {
    const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    return canonical !== undefined && canonical !== null && new URL(canonical).pathname === page.url;
  };

  it('names each version of a page in every language it is written in, and the English one as the default', () => {
    let named = 0;
    for (const page of pages.filter(hasOwnAddress)) {
      const alternates = Object.fromEntries(
        page.document
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((link) => [link.getAttribute('hreflang') ?? '', new URL(link.getAttribute('href') ?? '').pathname]),
      );
      const versions = versionsOf(page.url);
      const expected =
        versions.length < 2
          ? {}
          : {
              ...Object.fromEntries(
                versions.map((locale) => [LOCALES[locale].lang, pathInLocale(base, page.url, locale)]),
              ),
              'x-default': pathInLocale(base, page.url, DEFAULT_LOCALE),
            };
      expect(alternates, page.url).toEqual(expected);
      if (versions.length > 1) named++;
    }
    // Every interface page, and every translated entry's page.
    expect(named).toBeGreaterThan(inTranslation.length);
  });

  it('gives an entry a page in a language only where it is translated into it, saying who translated it', () => {
    let translatedPages = 0;
    for (const locale of translated) {
      const t = translator(locale);
      const urls = urlsIn(site, locale);
      const entries = [
        ...site.claims.map((entry) => ['claims', entry.slug, urls.claim(entry.slug)] as const),
        ...site.actors.map((entry) => ['actors', entry.slug, urls.actor(entry.slug)] as const),
        ...site.places.map((entry) => ['places', entry.slug, urls.place(entry.slug)] as const),
        ...site.incidents.map((entry) => ['incidents', entry.slug, urls.incident(entry.slug)] as const),
      ];
      for (const [collection, slug, url] of entries) {
        const translation = site.translationOf(collection, slug, locale);
        const english = pathInLocale(base, url, DEFAULT_LOCALE);
        expect(exists(pathInLocale(base, english, locale)), `${english} in ${locale}`).toBe(translation !== undefined);
        if (translation === undefined) continue;
        translatedPages++;
        const note = documentAt(url, site).querySelector('#translation');
        const words = note?.text.replace(/\s+/g, ' ') ?? '';
        expect(words, url).toContain(t(`translation.method.${translation.data.translation}`));
        expect(words, url).toContain(
          translation.data.reviewer === undefined
            ? t('translation.notReviewed')
            : t('translation.reviewer', { name: editorName(translation.data.reviewer) }),
        );
        expect(note?.querySelector('a[hreflang="en"]')?.getAttribute('href'), url).toBe(english);
      }
    }
    expect(translatedPages).toBeGreaterThan(0);
  });

  it('links every page to the other languages, marking its own', () => {
    // An embed is a part of a page, framed in another site's: it has no header.
    for (const page of pages.filter((page) => !site.urls.isEmbed(page.url))) {
      const links = page.document.querySelectorAll('.language-switcher a');
      expect(
        links.map((link) => link.getAttribute('hreflang')),
        page.url,
      ).toEqual(locales.map((locale) => LOCALES[locale].lang));
      expect(
        links.filter((link) => link.getAttribute('aria-current') === 'true').map((link) => link.getAttribute('lang')),
        page.url,
      ).toEqual([LOCALES[localeOf(page)].lang]);
      for (const link of links) expect(exists(link.getAttribute('href') ?? ''), page.url).toBe(true);
    }
  });

  it('says on every page of an unreviewed translation that it is machine-assisted and not yet reviewed', () => {
    for (const page of inTranslation.filter((page) => !site.urls.isEmbed(page.url))) {
      const locale = localeOf(page);
      const notice = page.document.querySelector('.translation-notice')?.text ?? '';
      expect(notice, page.url).toBe(LOCALES[locale].reviewed ? '' : translator(locale)('footer.translationNotice'));
    }
    // An embed has no footer: it says at its foot how its entry was translated, and links to the English.
    const embeds = inTranslation.filter((page) => site.urls.isEmbed(page.url));
    expect(embeds.length).toBeGreaterThan(0);
    for (const page of embeds) {
      const t = translator(localeOf(page));
      const note = page.document.querySelector('.embed-translation');
      const [, collection = '', slug = ''] = /\/(claims|incidents)\/([^/]+)\/embed\//.exec(page.url) ?? [];
      // A former slug's embed shows the live claim.
      const live = site.claims.find((claim) => claim.data.aliases?.includes(slug))?.slug ?? slug;
      const translation = site.translationOf(collection as TranslatedCollection, live, localeOf(page));
      expect(note?.text.replace(/\s+/g, ' ').trim(), page.url).toBe(
        [
          t(`embed.translation.${translation?.data.translation ?? 'human'}`),
          ...(translation?.data.reviewer ? [] : [t('embed.translation.notReviewed')]),
          t('embed.translation.original'),
        ].join(' '),
      );
      expect(note?.querySelector('a[hreflang="en"]')?.getAttribute('href'), page.url).toBe(
        collection === 'claims' ? site.urls.claim(live) : site.urls.incident(live),
      );
    }
    expect(
      pages.filter((page) => localeOf(page) === DEFAULT_LOCALE && page.document.querySelector('.translation-notice')),
    ).toEqual([]);
  });

  it("marks an entry's own words on a translated page with their language, where it has no translation", () => {
    const entryAt = new RegExp(`^${base}(?:(?:uk|ru)/)?(claims|actors|incidents|places)/([^/]+)/`);
    const titles = inTranslation.flatMap((page) =>
      page.document
        .querySelectorAll('a.claim-title, .claim-title > a, .place-map-key a')
        .map((title) => ({ page, title })),
    );
    expect(titles.length).toBeGreaterThan(10);
    // A title is in the page's language, and leads to the entry's page in it, exactly where the entry is
    // translated into it; else it is marked English and leads to the English page.
    const wrong = titles.flatMap(({ page, title }) => {
      const href = title.getAttribute('href') ?? '';
      const [, collection, slug] = entryAt.exec(href) ?? [];
      if (collection === undefined || slug === undefined) return [];
      const locale = localeOf(page);
      const translated = site.translationOf(collection as TranslatedCollection, slug, locale) !== undefined;
      const expected = {
        href: pathInLocale(base, href, translated ? locale : DEFAULT_LOCALE),
        lang: translated ? undefined : 'en',
      };
      const found = { href, lang: title.getAttribute('lang') };
      return found.href === expected.href && found.lang === expected.lang
        ? []
        : [`${page.url}: ${title.text.trim()} ${JSON.stringify(found)}`];
    });
    expect(wrong).toEqual([]);
    if (site.name === 'fixture-site') {
      // The fixture site translates a few entries: both cases are there.
      expect(titles.some(({ title }) => title.getAttribute('lang') === undefined)).toBe(true);
      expect(titles.some(({ title }) => title.getAttribute('lang') === 'en')).toBe(true);
    }
  });

  it("marks a place's name written on a map in another language with its language, where the place has no translation", () => {
    const labels = inTranslation.flatMap((page) =>
      page.document.querySelectorAll('text.map-label').map((label) => ({ page, label })),
    );
    expect(labels.length).toBeGreaterThan(0);
    const wrong = labels.flatMap(({ page, label }) => {
      const name = label.text.trim();
      const locale = localeOf(page);
      // The label's place: one whose name in the page's language, or else in English, is the label.
      const nameIn = (slug: string) => {
        const translation = site.translationOf('places', slug, locale);
        return translation && 'name' in translation.data ? translation.data.name : undefined;
      };
      const translatedName = site.places.some((place) => nameIn(place.slug) === name);
      const untranslated = site.places.some(
        (place) => place.data.name === name && site.translationOf('places', place.slug, locale) === undefined,
      );
      const expected = translatedName ? undefined : untranslated ? 'en' : 'the name of a place';
      const lang = label.getAttribute('lang');
      return lang === expected ? [] : [`${page.url}: "${name}" has lang ${lang ?? 'none'}, not ${expected ?? 'none'}`];
    });
    expect(wrong).toEqual([]);
    if (site.name === 'fixture-site')
      expect(labels.some(({ label }) => label.getAttribute('lang') === 'en')).toBe(true);
  });

  it("marks a party's name in the heading of its timeline in another language, where the party has no translation", () => {
    let marked = 0;
    for (const locale of translated)
      for (const actor of site.actors) {
        const heading = documentAt(urlsIn(site, locale).actorTimeline(actor.slug), site).querySelector('h1');
        const name = heading?.querySelector('span[lang]');
        if (site.translationOf('actors', actor.slug, locale) !== undefined) {
          expect(name, `${locale} ${actor.slug}`).toBeNull();
          continue;
        }
        expect(name?.getAttribute('lang'), `${locale} ${actor.slug}`).toBe('en');
        expect(name?.text).toBe(actor.data.name);
        // Marked in place: the heading reads as its sentence, with no space added around the name.
        expect(heading?.text).toBe(translator(locale)('actorTimeline.heading', { name: actor.data.name }));
        marked++;
      }
    if (site.name === 'fixture-site') expect(marked).toBeGreaterThan(0);
  });

  it("names each side on the parties page in the page's language where the dictionaries name it, and any other from its id, marked English", () => {
    const sides = [...new Set(site.actors.map((actor) => actor.data.affiliation))];
    for (const locale of translated) {
      const words = translator(locale);
      const headings = documentAt(urlsIn(site, locale).actors(), site).querySelectorAll('section > h2');
      const named = new Map(headings.map((heading) => [heading.id.replace(/^affiliation-/, ''), heading]));
      expect([...named.keys()].sort()).toEqual([...sides].sort());
      for (const side of sides) {
        const heading = named.get(side);
        const marked = heading?.querySelector('span[lang]');
        if (Object.hasOwn(en, `affiliation.${side}`)) {
          expect(heading?.text.trim(), `${locale} ${side}`).toBe(words(`affiliation.${side}` as TextKey));
          expect(marked, `${locale} ${side}`).toBeNull();
        } else {
          expect(marked?.getAttribute('lang'), `${locale} ${side}`).toBe('en');
          expect(marked?.text.toLowerCase().replaceAll(' ', '-')).toBe(side);
        }
      }
    }
    // The seed's sides are named in every language; the fixture's are not in the dictionaries.
    if (site.name === 'site') expect(sides.filter((side) => !Object.hasOwn(en, `affiliation.${side}`))).toEqual([]);
    if (site.name === 'fixture-site')
      expect(sides.some((side) => !Object.hasOwn(en, `affiliation.${side}`))).toBe(true);
  });

  it("marks a breakdown's labels and unit, never translated, as English on a translated page", () => {
    const cells = inTranslation.flatMap((page) =>
      page.document
        .querySelectorAll(
          'figure.breakdown:not(.overview) .breakdown-table thead th:nth-child(2), figure.breakdown:not(.overview) .breakdown-table tbody th',
        )
        .map((cell) => `${page.url}: ${cell.text.trim()} ${cell.getAttribute('lang') ?? 'no lang'}`),
    );
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.filter((cell) => !cell.endsWith(' en'))).toEqual([]);
    // The unit in the figure's title, on the page and in its embed, is marked too.
    const titles = inTranslation.flatMap((page) => [
      ...page.document.querySelectorAll('figure.breakdown:not(.overview) .breakdown-title'),
      ...(page.url.endsWith('/embed/breakdown/') ? page.document.querySelectorAll('h1') : []),
    ]);
    expect(titles.length).toBeGreaterThan(0);
    expect(
      titles.filter((title) => title.querySelector('span[lang="en"]') === null).map((title) => title.text),
    ).toEqual([]);
  });

  it('says in its structured data the language each review and event is written in', () => {
    let described = 0;
    for (const page of pages) {
      const lang = page.document.querySelector('html')?.getAttribute('lang');
      for (const script of page.document.querySelectorAll('script[type="application/ld+json"]')) {
        const data = JSON.parse(script.text) as { '@type'?: string; inLanguage?: string };
        if (data['@type'] !== 'ClaimReview' && data['@type'] !== 'Event') continue;
        expect(data.inLanguage, page.url).toBe(lang);
        described++;
      }
    }
    expect(described).toBeGreaterThan(inTranslation.length > 0 ? 2 : 0);
  });

  it('shows no sentence of the English interface on a translated page', () => {
    expect(englishSentences.length).toBeGreaterThan(100);
    const found = inTranslation.flatMap((page) =>
      englishSentences
        .filter((sentence) => text(page).includes(sentence))
        .map((sentence) => `${page.url}: ${sentence}`),
    );
    expect(found).toEqual([]);
  });

  it("lists each translated page's versions in the sitemap", () => {
    const sitemap = readFileSync(site.distFile(`${base}sitemap-0.xml`), 'utf8');
    const page = `${base}uk/timeline/`;
    const entry = sitemap.split('<url>').find((url) => url.includes(`${page}</loc>`)) ?? '';
    for (const locale of locales)
      expect(entry, locale).toContain(
        `hreflang="${LOCALES[locale].lang}" href="${new URL(pathInLocale(base, page, locale), site.settings.site).href}"`,
      );
  });
});
