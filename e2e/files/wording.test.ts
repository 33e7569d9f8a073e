// No claimed fact is stated as fact anywhere the site shows it: pages, feeds and structured data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAttributed } from '../../src/lib/content/attribution.ts';
import { DATE_WORDING } from '../../src/lib/wording.ts';
import { builtPages, sites } from '../sites.ts';

// A date labelled as what happened, as lists once did ("Happened 1 March 2024"), states a claimed
// event as fact.
const AS_FACT = /\b(?:happened|took place)\s+(?:on\s+)?\d/i;

describe.each(sites)('$name', (site) => {
  const pages = builtPages(site);

  it('never labels a claimed date as what happened', () => {
    expect(
      pages.filter((page) => AS_FACT.test(page.document.querySelector('main')?.text ?? '')).map((p) => p.url),
    ).toEqual([]);
    const feed = readFileSync(site.distFile(site.urls.feed()), 'utf8');
    expect(feed).not.toMatch(AS_FACT);
  });

  it('labels every event date on a claim page "as claimed"', () => {
    const claimPages = site.claims.map((claim) => pages.find((page) => page.url === site.urls.claim(claim.slug)));
    for (const page of claimPages) {
      const terms = page?.document.querySelectorAll('dl.facts dt').map((dt) => dt.text) ?? [];
      expect(
        terms.filter((term) => /event/i.test(term)),
        page?.url,
      ).toEqual([DATE_WORDING.eventFact]);
    }
  });

  it('labels every event date in a list "as claimed"', () => {
    const withEventDate = new Set(
      site.claims.filter((claim) => claim.data.eventDate).map((c) => site.urls.claim(c.slug)),
    );
    let seen = 0;
    for (const page of pages) {
      for (const item of page.document.querySelectorAll('li.claim-item')) {
        const href = item.querySelector('.claim-title')?.getAttribute('href') ?? '';
        if (!withEventDate.has(href)) continue;
        seen++;
        expect(item.querySelector('.meta')?.text, `${page.url}: ${href}`).toContain(DATE_WORDING.eventAsClaimed);
      }
    }
    if (site.name === 'fixture-site') expect(seen).toBeGreaterThan(0);
  });

  it('reviews only attributed statements in its structured data', () => {
    for (const page of pages) {
      for (const script of page.document.querySelectorAll('script[type="application/ld+json"]')) {
        const data = JSON.parse(script.text) as { claimReviewed?: string };
        if (data.claimReviewed !== undefined) expect(isAttributed(data.claimReviewed), page.url).toBe(true);
      }
    }
  });
});
