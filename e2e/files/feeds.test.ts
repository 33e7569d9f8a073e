// The feeds a reader can follow: one per status, party, incident and place, each announced by its
// page, listed on /feeds/ and in the OPML file, each valid RSS holding the newest claims of what its page
// lists (at most 50), every item stating the claim's status in words. In every language: a feed holds
// what its page lists, a claim not translated into the language saying so in words and linking to its
// English page; a party, incident or place has a feed in a language where it is translated into it.
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../../src/lib/content/schema.ts';
import { FEED_LENGTH } from '../../src/lib/feeds.ts';
import { translator } from '../../src/lib/i18n/translator.ts';
import { claimsAbout, documentAt, sites, urlsIn, type BuiltSite } from '../sites.ts';
import { DEFAULT_LOCALE, LOCALE_LIST, LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import type { TranslatedCollection } from '../../src/lib/content/collections.ts';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'outline' });

interface Rss {
  rss: {
    '@_version': string;
    channel: { title: string; link: string; item?: { title: string; link: string; description: string }[] };
  };
}

function feedAt(site: BuiltSite, url: string) {
  const rss = (parser.parse(readFileSync(site.distFile(url), 'utf8')) as Rss).rss;
  expect(rss['@_version']).toBe('2.0');
  return rss.channel;
}

describe.each(sites)('$name', (site) => {
  const { claims } = site;
  const responded = (slug: string) => claims.filter((c) => c.data.responses?.some((r) => r.actor === slug));
  const incidents = [...new Set(claims.map((claim) => claim.data.incident))];
  const writtenIn = (locale: Locale, collection: TranslatedCollection, slug: string) =>
    locale === DEFAULT_LOCALE || site.translationOf(collection, slug, locale) !== undefined;

  /** The feeds of `locale`, each with the page it follows and the claims it may hold. */
  function feedsIn(locale: Locale) {
    const urls = urlsIn(site, locale);
    const ofEntries = <Entry>(
      collection: TranslatedCollection,
      entries: readonly Entry[],
      slugOf: (entry: Entry) => string,
      feed: (slug: string) => { feed: string; page: string; claims: typeof claims },
    ) => entries.filter((entry) => writtenIn(locale, collection, slugOf(entry))).map((entry) => feed(slugOf(entry)));
    const feeds = [
      ...CLAIM_STATUSES.map((status) => ({
        feed: urls.statusFeed(status),
        page: urls.statusTimeline(status),
        claims: claims.filter((claim) => claim.data.status === status),
      })),
      ...ofEntries(
        'actors',
        site.actors,
        (actor) => actor.slug,
        (slug) => ({
          feed: urls.actorFeed(slug),
          page: urls.actor(slug),
          claims: [...new Set([...claims.filter((c) => c.data.claimant === slug), ...responded(slug)])],
        }),
      ),
      ...ofEntries(
        'incidents',
        incidents,
        (incident) => incident,
        (slug) => ({
          feed: urls.incidentFeed(slug),
          page: urls.incident(slug),
          claims: claims.filter((claim) => claim.data.incident === slug),
        }),
      ),
      ...ofEntries(
        'places',
        site.places,
        (place) => place.slug,
        (slug) => ({
          feed: urls.placeFeed(slug),
          page: urls.place(slug),
          claims: claimsAbout(site, slug),
        }),
      ),
    ];
    return feeds;
  }

  it.each(LOCALE_LIST)(
    'gives every status, and every party, incident and place written in %s, a feed in it of the claims its page lists, each item with its status',
    (locale) => {
      const t = translator(locale);
      const urls = urlsIn(site, locale);
      const statuses = CLAIM_STATUSES.map((status) => t(`status.${status}.label`));
      const feeds = feedsIn(locale);
      expect(feeds.length).toBeGreaterThan(CLAIM_STATUSES.length);
      for (const { feed, page, claims: listed } of feeds) {
        expect(readFileSync(site.distFile(feed), 'utf8'), feed).toContain(
          `<language>${LOCALES[locale].lang}</language>`,
        );
        const channel = feedAt(site, feed);
        const items = channel.item ?? [];
        expect(items.length, feed).toBeLessThanOrEqual(FEED_LENGTH);
        const linked = new Set(items.map((item) => new URL(item.link).pathname));
        const expected = listed.map((claim) => urls.claim(claim.slug));
        // Every item is about a claim the page lists, on its page in the feed's language; with room
        // for all, every such claim is there.
        for (const path of linked) expect(expected, `${feed}: ${path}`).toContain(path);
        if (items.length < FEED_LENGTH) expect([...linked].sort(), feed).toEqual([...new Set(expected)].sort());
        for (const item of items)
          expect(
            statuses.some((label) => item.description.includes(`: ${label}.`)),
            `${feed}: ${item.description}`,
          ).toBe(true);
        // An item whose claim is not in the feed's language says so, and only such an item.
        const englishMark = t('feed.inEnglish', { text: '' }).trim();
        if (englishMark !== '')
          for (const item of items) {
            const english = !new URL(item.link).pathname.startsWith(urls.home());
            expect(item.title.includes(englishMark), `${feed}: ${item.title}`).toBe(english);
          }
        // Its page announces it.
        const announced = documentAt(page, site)
          .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
          .map((link) => link.getAttribute('href'));
        expect(announced, page).toContain(feed);
      }
    },
  );

  it("gives the site a feed in every language, of every claim, linking to its page in that language where there is one, announced by that language's pages", () => {
    for (const locale of LOCALE_LIST) {
      const inLocale = urlsIn(site, locale);
      const raw = readFileSync(site.distFile(inLocale.feed()), 'utf8');
      expect(raw, locale).toContain(`<language>${LOCALES[locale].lang}</language>`);
      const items = feedAt(site, inLocale.feed()).item ?? [];
      const linked = new Set(items.map((item) => new URL(item.link).pathname));
      // Every claim, on its page in the language where it is translated, else on its English page.
      const expected = claims.map((claim) => inLocale.claim(claim.slug));
      for (const path of linked) expect(expected, `${locale}: ${path}`).toContain(path);
      if (items.length < FEED_LENGTH) expect([...linked].sort(), locale).toEqual([...expected].sort());
      const home = documentAt(inLocale.home(), site);
      expect(home.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
        inLocale.feed(),
      );
    }
  });

  it.each(LOCALE_LIST)(
    'lists on /feeds/ and in the OPML file of %s every feed in it, and the English feed of an entry not translated into it, marked as English',
    (locale) => {
      const urls = urlsIn(site, locale);
      const english = urlsIn(site, DEFAULT_LOCALE);
      const links = documentAt(urls.feeds(), site).querySelectorAll('main a[href]');
      const listed = links.map((link) => link.getAttribute('href'));
      const opml = parser.parse(readFileSync(site.distFile(urls.feedsOpml()), 'utf8')) as {
        opml: { body: { outline: Outline[] } };
      };
      const inOpml = opml.opml.body.outline.flatMap((outline) => [
        ...(outline['@_xmlUrl'] ? [outline] : []),
        ...(outline.outline ?? []),
      ]);
      const languageOf = new Map(
        inOpml.map((outline) => [new URL(outline['@_xmlUrl'] ?? '').pathname, outline['@_language']]),
      );
      for (const { feed } of [...feedsIn(locale), { feed: urls.feed() }]) {
        expect(listed, feed).toContain(feed);
        expect(languageOf.get(feed), feed).toBe(LOCALES[locale].lang);
      }
      const untranslated = [
        ...site.actors
          .filter((actor) => !writtenIn(locale, 'actors', actor.slug))
          .map((a) => english.actorFeed(a.slug)),
        ...site.places
          .filter((place) => !writtenIn(locale, 'places', place.slug))
          .map((p) => english.placeFeed(p.slug)),
        ...incidents.filter((slug) => !writtenIn(locale, 'incidents', slug)).map((slug) => english.incidentFeed(slug)),
      ];
      for (const feed of untranslated) {
        expect(links.find((link) => link.getAttribute('href') === feed)?.getAttribute('lang'), feed).toBe('en');
        expect(languageOf.get(feed), feed).toBe('en');
      }
      // Every feed listed is there to follow.
      for (const path of languageOf.keys()) expect(() => feedAt(site, path), path).not.toThrow();
    },
  );
});

interface Outline {
  '@_xmlUrl'?: string;
  '@_language'?: string;
  outline?: Outline[];
}
