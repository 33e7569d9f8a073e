// What the build writes for the real site: a page for every entry and every reader page, no script,
// and the seed's editorial shape (one assertion per claim, attributed titles, stable old addresses).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAttributed } from '../../src/lib/content/attribution.ts';
import { builtPages, documentAt as documentOf, localeOf, searchPages, site, sites, urlsIn } from '../sites.ts';

const { urls, distFile } = site;
const documentAt = (url: string, target = site) => documentOf(url, target);

describe('the build', () => {
  it('emits a page for every claim file', () => {
    expect(site.claims.length).toBeGreaterThan(0);
    expect(site.claims.map((claim) => urls.claim(claim.slug)).filter((url) => !existsSync(distFile(url)))).toEqual([]);
  });

  it('emits a page for every actor file', () => {
    expect(site.actors.length).toBeGreaterThan(0);
    expect(site.actors.map((actor) => urls.actor(actor.slug)).filter((url) => !existsSync(distFile(url)))).toEqual([]);
  });

  it('emits every reader page', () => {
    const pages = [
      urls.home(),
      urls.timeline(),
      urls.claims(),
      urls.unverified(),
      urls.actors(),
      urls.methodology(),
      urls.notFound(),
      urls.feed(),
      urls.robots(),
      urls.sitemapIndex(),
    ];
    expect(pages.filter((url) => !existsSync(distFile(url)))).toEqual([]);
  });

  it.each(sites)('ships no script but JSON-LD on any page of $name but the search page', (target) => {
    const offenders = builtPages(target).filter(
      ({ url, document }) =>
        !searchPages(target).includes(url) &&
        document.querySelectorAll('script').some((script) => script.getAttribute('type') !== 'application/ld+json'),
    );
    expect(offenders.map((page) => page.url)).toEqual([]);
  });

  it.each(sites)('gives every page of $name a social title that reads as a title on its own', (target) => {
    // Embeds are parts of pages, framed by other sites, not shared on their own.
    const titles = builtPages(target)
      .filter((page) => !target.urls.isEmbed(page.url))
      .map((page) => ({
        url: page.url,
        og: page.document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
        twitter: page.document.querySelector('meta[name="twitter:title"]')?.getAttribute('content') ?? '',
      }));
    // A title starts as a sentence does (with a capital, in a script that has them; القدس has none); the
    // home page's own phrase ("who claimed what…") does not.
    expect(titles.filter(({ og, twitter }) => !/^[\p{Lu}\p{Lo}\p{N}"'«]/u.test(og) || og !== twitter)).toEqual([]);
    expect(titles.find(({ url }) => url === target.urls.home())?.og).toBe(
      'Contested: who claimed what, and how far it is verified',
    );
  });

  it.each(sites)('links every page of $name to its About page, which says who stands behind the site', (target) => {
    const about = target.urls.about();
    // Embeds are parts of pages, framed by other sites: their links lead to the page they come from.
    const pages = builtPages(target).filter((page) => !target.urls.isEmbed(page.url));
    expect(pages.map((page) => page.url)).toContain(about);
    // Each page links the About page in its own language.
    const aboutOf = (url: string) => urlsIn(target, localeOf(target, url)).about();
    expect(
      pages
        .filter((page) => !page.document.querySelector(`footer a[href="${aboutOf(page.url)}"]`))
        .filter((page) => !page.document.querySelector('meta[http-equiv="refresh"]'))
        .map((page) => page.url),
    ).toEqual([]);
    const text = pages.find((page) => page.url === about)?.document.querySelector('main')?.text ?? '';
    for (const heading of ['Published by', 'Funding', 'Conflicts of interest', 'Contact', 'Corrections'])
      expect(text).toContain(heading);
  });

  it.each(sites)('leads the home page of $name with its incidents, then one list of claims, none twice', (target) => {
    const home = documentAt(target.urls.home(), target);
    const headings = home.querySelectorAll('main h2').map((heading) => heading.text.trim());
    expect(headings[0]).toBe('Latest incidents');
    const listed = home
      .querySelectorAll('main .claim-list a.claim-title')
      .map((link) => link.getAttribute('href'))
      .filter((href) => href?.startsWith(target.urls.claims()));
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed).size).toBe(listed.length);
    expect(
      home
        .querySelectorAll('main section')
        .filter((section) => section.querySelector('a.claim-title[href*="/claims/"]')).length,
    ).toBe(1);
  });

  it('lists exactly the unverified claims in the unverified section', () => {
    const listed = documentAt(urls.unverified())
      .querySelectorAll('main .claim-title')
      .map((link) => link.getAttribute('href'));
    const unverified = site.claims.filter((claim) => claim.data.status === 'unverified');
    expect(listed.sort()).toEqual(unverified.map((claim) => urls.claim(claim.slug)).sort());
  });
});

describe('the seed content', () => {
  it('attributes every claim title to its claimant', () => {
    expect(site.claims.filter((claim) => !isAttributed(claim.data.title)).map((claim) => claim.slug)).toEqual([]);
  });

  it('keeps every address the seed ever had: each old slug answers with its claim or its alias page', () => {
    const oldSlugs = [
      's200-missile-shot-down-over-kaluga',
      'crimea-42-drones',
      'kaluga-no-casualties',
      'crimea-western-tip-landing',
    ];
    for (const slug of oldSlugs) {
      const live = site.claims.find((claim) => claim.slug === slug || claim.data.aliases?.includes(slug));
      expect(live, slug).toBeDefined();
      const document = documentAt(urls.claim(slug));
      if (live?.slug === slug) expect(document.querySelector('h1')?.text).toBe(live.data.title);
      else
        expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
          site.settings.site + urls.claim(live?.slug ?? ''),
        );
    }
  });

  it('splits the blame from the event, and one statement into its checkable parts: each part links the other', () => {
    // The blame is Russia's, the event the defence ministry's account: two parties, so context.
    const blameAndEvent = [
      ['s200-missile-shot-down-over-kaluga', 's200-missile-launched-by-ukraine'],
      ['crimea-42-drones', 'crimea-drones-launched-by-ukraine'],
    ];
    const oneStatement = [['crimea-western-tip-landing', 'crimea-western-tip-flag-raised']];
    for (const [pairs, relation] of [
      [blameAndEvent, 'context'],
      [oneStatement, 'from the same statement'],
    ] as const)
      for (const pair of pairs) {
        for (const [from, to] of [pair, [...pair].reverse()]) {
          const related = documentAt(urls.claim(from ?? '')).querySelector('#related')?.nextElementSibling;
          const item = related
            ?.querySelectorAll('li')
            .find((li) => li.querySelector(`a[href="${urls.claim(to ?? '')}"]`));
          expect(item?.text, `${from} → ${to}`).toContain(relation);
        }
      }
  });

  it('still counts 9 destroyed and 33 suppressed out of 42 drones, as claimed', () => {
    const drones = site.claims.find((claim) => claim.slug === 'crimea-42-drones')?.data.breakdown;
    expect(drones?.total).toBe(42);
    expect(drones?.parts.map((part) => part.count)).toEqual([9, 33]);
    const rows = documentAt(urls.claim('crimea-42-drones'))
      .querySelectorAll('.breakdown-table tr')
      .map((row) => row.text.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual(
      expect.arrayContaining([
        'Destroyed by air defence 9 21.4%',
        'Suppressed by electronic warfare 33 78.6%',
        'Total 42 100.0%',
      ]),
    );
  });
});
