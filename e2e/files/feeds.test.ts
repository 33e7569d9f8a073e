// The feeds a reader can follow: one per status, party, incident and place, each announced by its
// page, listed on /feeds/ and in the OPML file, each valid RSS holding the newest claims of what its page
// lists (at most 50), every item stating the claim's status in words.
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../../src/lib/content/schema.ts';
import { FEED_LENGTH } from '../../src/lib/feeds.ts';
import { translator } from '../../src/lib/i18n/translator.ts';
import { claimsAbout, documentAt, sites, urlsIn, type BuiltSite } from '../sites.ts';
import { DEFAULT_LOCALE, LOCALE_LIST, LOCALES } from '../../src/lib/i18n/locales.ts';

/** The words of the English site, which these tests read. */
const t = translator('en');

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'outline' });

interface Rss {
  rss: {
    '@_version': string;
    channel: { title: string; link: string; item?: { link: string; description: string }[] };
  };
}

function feedAt(site: BuiltSite, url: string) {
  const rss = (parser.parse(readFileSync(site.distFile(url), 'utf8')) as Rss).rss;
  expect(rss['@_version']).toBe('2.0');
  return rss.channel;
}

describe.each(sites)('$name', (site) => {
  const { urls, claims } = site;
  const responded = (slug: string) => claims.filter((c) => c.data.responses?.some((r) => r.actor === slug));
  const incidents = [...new Set(claims.map((claim) => claim.data.incident))];
  const feeds = [
    ...CLAIM_STATUSES.map((status) => ({
      feed: urls.statusFeed(status),
      page: urls.statusTimeline(status),
      claims: claims.filter((claim) => claim.data.status === status),
    })),
    ...site.actors.map((actor) => ({
      feed: urls.actorFeed(actor.slug),
      page: urls.actor(actor.slug),
      claims: [...new Set([...claims.filter((c) => c.data.claimant === actor.slug), ...responded(actor.slug)])],
    })),
    ...incidents.map((incident) => ({
      feed: urls.incidentFeed(incident),
      page: urls.incident(incident),
      claims: claims.filter((claim) => claim.data.incident === incident),
    })),
    ...site.places.map((place) => ({
      feed: urls.placeFeed(place.slug),
      page: urls.place(place.slug),
      claims: claimsAbout(site, place.slug),
    })),
  ];

  it('gives every status, party, incident and place a feed of the claims its page lists, each item with its status', () => {
    const statuses = CLAIM_STATUSES.map((status) => t(`status.${status}.label`));
    for (const { feed, page, claims: listed } of feeds) {
      const channel = feedAt(site, feed);
      const items = channel.item ?? [];
      expect(items.length, feed).toBeLessThanOrEqual(FEED_LENGTH);
      const linked = new Set(items.map((item) => new URL(item.link).pathname));
      const expected = listed.map((claim) => urls.claim(claim.slug));
      // Every item is about a claim the page lists; with room for all, every such claim is there.
      for (const path of linked) expect(expected, `${feed}: ${path}`).toContain(path);
      if (items.length < FEED_LENGTH) expect([...linked].sort(), feed).toEqual([...new Set(expected)].sort());
      for (const item of items)
        expect(
          statuses.some((label) => item.description.includes(`: ${label}.`)),
          `${feed}: ${item.description}`,
        ).toBe(true);
      // Its page announces it.
      const announced = documentAt(page, site)
        .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
        .map((link) => link.getAttribute('href'));
      expect(announced, page).toContain(feed);
    }
  });

  it("gives the site a feed in every language, of the claims written in it, linking to their pages in it, announced by that language's pages", () => {
    for (const locale of LOCALE_LIST) {
      const inLocale = urlsIn(site, locale);
      const raw = readFileSync(site.distFile(inLocale.feed()), 'utf8');
      expect(raw, locale).toContain(`<language>${LOCALES[locale].lang}</language>`);
      const items = feedAt(site, inLocale.feed()).item ?? [];
      const written = claims.filter(
        (claim) => locale === DEFAULT_LOCALE || site.translationOf('claims', claim.slug, locale),
      );
      const linked = new Set(items.map((item) => new URL(item.link).pathname));
      const expected = written.map((claim) => inLocale.claim(claim.slug));
      for (const path of linked) expect(expected, `${locale}: ${path}`).toContain(path);
      if (items.length < FEED_LENGTH) expect([...linked].sort(), locale).toEqual([...expected].sort());
      const home = documentAt(inLocale.home(), site);
      expect(home.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
        inLocale.feed(),
      );
    }
  });

  it('lists every feed on /feeds/ and in the OPML file', () => {
    const listed = documentAt(urls.feeds(), site)
      .querySelectorAll('main a[href]')
      .map((link) => link.getAttribute('href'));
    const opml = parser.parse(readFileSync(site.distFile(urls.feedsOpml()), 'utf8')) as {
      opml: { body: { outline: { '@_xmlUrl'?: string; outline?: { '@_xmlUrl': string }[] }[] } };
    };
    const inOpml = opml.opml.body.outline.flatMap((outline) => [
      ...(outline['@_xmlUrl'] ? [outline['@_xmlUrl']] : []),
      ...(outline.outline ?? []).map((inner) => inner['@_xmlUrl']),
    ]);
    for (const { feed } of [...feeds, { feed: urls.feed() }]) {
      expect(listed, feed).toContain(feed);
      expect(inOpml.map((url) => new URL(url).pathname)).toContain(feed);
    }
  });
});
