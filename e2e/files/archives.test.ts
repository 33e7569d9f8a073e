// The date archives of both sites, read from the built files: every list page within the page bound,
// every claim on exactly one page of each list, and periods (never page numbers) in every address.
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../../src/lib/content/schema.ts';
import { builtPages, sites } from '../sites.ts';

/** What follows a list's own address on its archive pages: a year, a month or a day, nothing else. */
const PERIOD = /^\d{4}\/(?:(?:0[1-9]|1[0-2])\/(?:(?:0[1-9]|[12]\d|3[01])\/)?)?$/;

describe.each(sites)('$name', (site) => {
  const { urls } = site;
  const pages = builtPages(site);
  const listed = (url: string) =>
    pages
      .find((page) => page.url === url)
      ?.document.querySelectorAll('main .claim-title')
      .map((link) => link.getAttribute('href')) ?? [];
  const periodPagesOf = (listUrl: string) =>
    pages.filter((page) => page.url.startsWith(listUrl) && PERIOD.test(page.url.slice(listUrl.length)));

  const lists = {
    timeline: { url: urls.timeline(), claims: site.claims },
    unverified: { url: urls.unverified(), claims: site.claims.filter((claim) => claim.data.status === 'unverified') },
    'disputed timeline': {
      url: urls.statusTimeline('disputed'),
      claims: site.claims.filter((claim) => claim.data.status === 'disputed'),
    },
  };

  it.each(Object.entries(lists))('the %s lists every claim on exactly one of its period pages', (_, list) => {
    const onPages = periodPagesOf(list.url).flatMap((page) => listed(page.url));
    expect(onPages.sort()).toEqual(list.claims.map((claim) => urls.claim(claim.slug)).sort());
  });

  it('holds no more claims on any list page than the bound allows', () => {
    const lists = [urls.timeline(), urls.unverified(), urls.incidents()];
    const distinct = (url: string) => new Set(listed(url)).size;
    const overfull = pages
      .filter((page) => lists.some((list) => page.url.startsWith(list)))
      .filter((page) => distinct(page.url) > site.settings.pageSize)
      .map((page) => `${page.url}: ${distinct(page.url)}`);
    expect(overfull).toEqual([]);
  });

  it('names every archive page by its period: no numbered pages', () => {
    const listRoots = [
      urls.timeline(),
      urls.unverified(),
      ...site.actors.map((actor) => urls.actorTimeline(actor.slug)),
      ...CLAIM_STATUSES.map((status) => urls.statusTimeline(status)),
    ];
    const misnamed = pages
      .map((page) => page.url)
      .filter((url) => url.startsWith(urls.timeline()) || url.startsWith(urls.unverified()))
      .filter((url) => !listRoots.some((root) => url === root || PERIOD.test(url.slice(root.length))));
    expect(misnamed).toEqual([]);
    expect(periodPagesOf(urls.timeline()).length).toBeGreaterThan(0);
  });
});
