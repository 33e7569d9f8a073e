// One order, once: every list of claims on every page reads in the one order of events, and no page
// lists a claim twice; an incident shows what is still unverified as a count and a filter, not a copy.
import { describe, expect, it } from 'vitest';
import { compareChronologically } from '../../src/lib/claims.ts';
import { builtPages, sites, urlsIn } from '../sites.ts';
import { LOCALE_LIST } from '../../src/lib/i18n/locales.ts';

describe.each(sites)('$name', (site) => {
  const pages = builtPages(site);
  const chronological = site.claims
    .map((claim) => ({ id: claim.slug, data: claim.data }))
    .sort(compareChronologically)
    .map((claim) => claim.id);
  // A claim's place in that order, by every address it has: its English page's and its translations'.
  const position = new Map(
    LOCALE_LIST.flatMap((locale) => chronological.map((id, index) => [urlsIn(site, locale).claim(id), index] as const)),
  );
  /** Each list of claims on a page, as the claim addresses it holds, in page order. */
  const claimLists = (page: (typeof pages)[number]) =>
    page.document
      .querySelectorAll('main ul, main ol')
      .map((list) =>
        list.querySelectorAll(':scope > li.claim-item > a.claim-title').map((link) => link.getAttribute('href') ?? ''),
      )
      .filter((hrefs) => hrefs.length > 0);

  it('lists claims in the one order of events on every page', () => {
    let longLists = 0;
    for (const page of pages) {
      for (const hrefs of claimLists(page)) {
        if (hrefs.length > 1) longLists++;
        const positions = hrefs.map((href) => position.get(href));
        expect(positions, `${page.url}: a link to no claim`).not.toContain(undefined);
        expect(positions, `${page.url}: ${hrefs.join(', ')}`).toEqual([...positions].sort((a = 0, b = 0) => a - b));
      }
      // A timeline lists each day apart: the days, too, come in order.
      const days = page.document
        .querySelectorAll('main .day-heading time')
        .map((time) => time.getAttribute('datetime'));
      expect(days, page.url).toEqual([...days].sort());
    }
    expect(longLists).toBeGreaterThan(5);
  });

  it('lists no claim twice on one page', () => {
    for (const page of pages) {
      const hrefs = claimLists(page).flat();
      expect(hrefs, page.url).toEqual([...new Set(hrefs)]);
    }
  });

  it("shows an incident's unverified claims as a count (and a filter where some are not), never a second list", () => {
    const incidents = new Set(site.claims.map((claim) => claim.data.incident));
    for (const slug of incidents) {
      const page = pages.find((candidate) => candidate.url === site.urls.incident(slug));
      const claims = site.claims.filter((claim) => claim.data.incident === slug);
      const unverified = claims.filter((claim) => claim.data.status === 'unverified').length;
      const count = page?.document.getElementById('unverified')?.text.replace(/\s+/g, ' ') ?? '';
      expect(count, slug).toMatch(unverified === 0 ? /None of this incident's claims/ : `${unverified} claim`);
      const listed = claims.length <= site.settings.pageSize;
      const filter = page?.document.querySelector('#only-unverified');
      expect(Boolean(filter), slug).toBe(listed && unverified > 0 && unverified < claims.length);
    }
    if (site.name === 'fixture-site')
      expect(pages.some((page) => page.document.querySelector('#only-unverified'))).toBe(true);
  });
});
