// Places and maps as built: every place has a page that lists its claims, every claim links to its
// places, and every map on every page draws land, coasts and places only (never a border: the layout's
// own tests prove its land lines are coasts), is one image with a title and a description in words, and
// keeps a claim page within 6.5 KB gzipped with no script.
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { mapLayout } from '../../src/lib/maps/map-layout.ts';
import { mapPlace } from '../../src/lib/views/places.ts';
import { builtPages, claimsAbout, documentAt, sites, wordsOf } from '../sites.ts';

/**
 * What a map may hold: the drawing (its words, water, one land path, places and their names, a scale
 * bar) and the layer of links over it (a target circle and a name for each place).
 */
const ALLOWED = new Set([
  'svg',
  'g',
  'title',
  'desc',
  'rect.map-water',
  'path.map-land',
  'path.map-extent',
  'circle.map-point',
  'text.map-label',
  'g.map-scale',
  'g.map-scale > path',
  'g.map-scale > text',
  'g.map-links',
  'a',
  'circle.map-target',
]);

function partsOf(map: HTMLElement): string[] {
  return map.querySelectorAll('*').map((element) => {
    const tag = element.tagName.toLowerCase();
    const className = element.getAttribute('class');
    const parent = element.parentNode;
    const inScale = parent?.getAttribute?.('class') === 'map-scale';
    return inScale ? `g.map-scale > ${tag}` : className ? `${tag}.${className}` : tag;
  });
}

describe.each(sites)('$name', (site) => {
  const pages = builtPages(site);
  const maps = pages.flatMap((page) => page.document.querySelectorAll('svg.place-map').map((map) => ({ page, map })));

  it('has a page for every place, listing every claim that names it or a place within it', () => {
    expect(site.places.length).toBeGreaterThan(0);
    for (const place of site.places) {
      const document = documentAt(site.urls.place(place.slug), site);
      expect(document.querySelector('h1')?.text).toBe(place.data.name);
      // Its claims, across the first page and its yearly archive pages.
      const archive = pages.filter((page) => page.url.startsWith(site.urls.place(place.slug)));
      const listed = new Set(
        archive.flatMap(({ document: page }) =>
          page
            .querySelectorAll('main a[href]')
            .map((link) => site.urls.claimSlugAt(link.getAttribute('href') ?? ''))
            .filter((slug) => slug !== undefined),
        ),
      );
      const expected = claimsAbout(site, place.slug).map((claim) => claim.slug);
      expect(expected.length).toBeGreaterThan(0);
      expect([...listed].sort()).toEqual(expected.sort());
    }
    const index = documentAt(site.urls.places(), site);
    const linked = index.querySelectorAll('.place-list a').map((link) => link.getAttribute('href'));
    expect(linked.sort()).toEqual(site.places.map((place) => site.urls.place(place.slug)).sort());
  });

  it('links every claim to the pages of the places it names', () => {
    for (const claim of site.claims.filter((entry) => entry.data.places?.length)) {
      const document = documentAt(site.urls.claim(claim.slug), site);
      const links = document
        .querySelectorAll('.facts a[data-pagefind-filter="place"]')
        .map((a) => a.getAttribute('href'));
      for (const slug of claim.data.places ?? []) expect(links).toContain(site.urls.place(slug));
    }
  });

  it('links the places a response names from the response', () => {
    const answered = site.claims.filter((claim) => claim.data.responses?.some((response) => response.places));
    if (site.name === 'fixture-site') expect(answered.length).toBeGreaterThan(0);
    for (const claim of answered) {
      const links = documentAt(site.urls.claim(claim.slug), site)
        .querySelectorAll('.response-list a')
        .map((a) => a.getAttribute('href'));
      for (const response of claim.data.responses ?? [])
        for (const slug of response.places ?? []) expect(links).toContain(site.urls.place(slug));
    }
  });

  /** What a map's description says of borders, in the page's language: "no borders are drawn". */
  const noBorders = (url: string) =>
    (wordsOf(site, url)('map.description', { shown: '|', drawn: '|' }).split('|')[1] ?? '').replace(
      /^[\s;,.]+|[\s;,.]+$/g,
      '',
    );

  it('draws maps of land, coasts and places only, each one image with a title and a description', () => {
    expect(maps.length).toBeGreaterThan(site.places.length);
    for (const { page, map } of maps) {
      const drawings = map.querySelectorAll('[role]');
      expect(
        drawings.map((drawing) => drawing.getAttribute('role')),
        page.url,
      ).toEqual(['img']);
      const [drawing] = drawings;
      const title = page.document.getElementById(drawing?.getAttribute('aria-labelledby') ?? '');
      const description = page.document.getElementById(drawing?.getAttribute('aria-describedby') ?? '');
      expect(title?.tagName.toLowerCase()).toBe('title');
      expect(title?.text.trim()).not.toBe('');
      expect(description?.text).toContain(noBorders(page.url));
      expect(
        partsOf(map).filter((part) => !ALLOWED.has(part)),
        page.url,
      ).toEqual([]);
      expect(map.querySelectorAll('path.map-land')).toHaveLength(1);
      // The image holds no control: links lie over it, hidden from screen readers and out of the tab
      // order (the list under the map has them), and none leads to another site.
      expect(drawing?.querySelectorAll('a')).toHaveLength(0);
      for (const link of map.querySelectorAll('a')) {
        expect(link.getAttribute('tabindex')).toBe('-1');
        expect(link.parentNode?.getAttribute('aria-hidden')).toBe('true');
        expect(link.getAttribute('href')).toMatch(/^\//);
      }
    }
  });

  it('draws a place located to a point as a marker, and any other as a circle', () => {
    const pointed = new Set(site.places.filter((place) => place.data.precision === 'point').map((p) => p.data.name));
    for (const { page, map } of maps) {
      // The places drawn, by name: from the list under the map, or on an overview (whose page lists its
      // places itself), from the links over it.
      const listed = (map.parentNode?.querySelectorAll('.place-map-key li') ?? []).map(
        (item) => item.text.split(':')[0]?.trim() ?? '',
      );
      const linked = map.querySelectorAll('g.map-links a title').map((title) => title.text.trim());
      const names = listed.length > 0 ? listed : linked;
      expect(names.length, page.url).toBeGreaterThan(0);
      const points = names.filter((name) => pointed.has(name)).length;
      expect(map.querySelectorAll('circle.map-point'), page.url).toHaveLength(points);
      expect(map.querySelectorAll('path.map-extent'), page.url).toHaveLength(names.length - points);
    }
  });

  it('draws on each claim page the land of the tested layout: coasts only, no border', () => {
    // map-layout.test.ts proves that every line of a layout's land is a coast or the frame's edge; here,
    // that what a page draws is that layout's land and nothing else.
    const byId = new Map(site.places.map((place) => [place.slug, { id: place.slug, data: place.data }]));
    for (const claim of site.claims.filter((entry) => entry.data.places?.length)) {
      const drawn = documentAt(site.urls.claim(claim.slug), site).querySelector('svg.place-map path.map-land');
      const places = (claim.data.places ?? []).flatMap((slug) => byId.get(slug) ?? []);
      const layout = mapLayout(places.map((place) => mapPlace(place, site.urls)));
      expect(drawn?.getAttribute('d'), claim.slug).toBe(layout.land);
    }
  });

  // The heaviest, the fixture's twelve-part chart with its map and both embed snippets, is 6.3 KB.
  it('keeps a claim page with its map within 6.5 KB gzipped, with no script', () => {
    const withMaps = site.claims.filter((claim) => claim.data.places?.length);
    expect(withMaps.length).toBeGreaterThan(0);
    for (const claim of withMaps) {
      const page = pages.find((built) => built.url === site.urls.claim(claim.slug));
      expect(page?.document.querySelector('svg.place-map')).toBeTruthy();
      expect(gzipSync(page?.html ?? '').length, claim.slug).toBeLessThanOrEqual(6.5 * 1024);
      expect(page?.document.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    }
  });
});
