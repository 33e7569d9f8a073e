// Every claim says who reviewed it, or that no second editor has: under its status, with each review
// listed further down, and each reviewer named on the About page where the review links.
import { describe, expect, it } from 'vitest';
import { builtPages, fixtureSite, site } from '../sites.ts';
import { translator } from '../../src/lib/i18n/translator.ts';

/** The words of the English site, which these tests read. */
const t = translator('en');

const NOT_REVIEWED = 'Not yet reviewed by a second editor.';

describe.each([site, fixtureSite])('$name', (target) => {
  const pages = builtPages(target);
  const pageAt = (url: string) => pages.find((page) => page.url === url);
  const about = pageAt(target.urls.about());

  it('shows each claim\'s review state under its status: the latest review, or "not yet reviewed"', () => {
    for (const claim of target.claims) {
      const page = pageAt(target.urls.claim(claim.slug));
      const state = page?.document.querySelector('.claim-status .review-state');
      const text = state?.text.replace(/\s+/g, ' ').trim() ?? '';
      const reviews = [...(claim.data.reviews ?? [])].sort((a, b) => a.date.localeCompare(b.date));
      const last = reviews.at(-1);
      if (!last) {
        expect(text, claim.slug).toContain(NOT_REVIEWED);
        continue;
      }
      expect(text, claim.slug).toContain(`Last reviewed ${t.day(last.date)} by `);
      // The reviewer's link leads to their entry on the About page.
      const href = state?.querySelector('a')?.getAttribute('href') ?? '';
      expect(href).toBe(target.urls.editor(last.by));
      expect(about?.document.getElementById(`editor-${last.by}`), href).not.toBeNull();
      expect(page?.document.querySelectorAll('#reviews + ol li')).toHaveLength(reviews.length);
    }
  });

  it('links every review state to how a review is done', () => {
    const methodology = pageAt(target.urls.methodology());
    expect(methodology?.document.getElementById('reviews')).not.toBeNull();
    for (const claim of target.claims) {
      const links = pageAt(target.urls.claim(claim.slug))?.document.querySelectorAll('.review-state a') ?? [];
      expect(links.map((link) => link.getAttribute('href'))).toContain(target.urls.reviews());
    }
  });
});

describe('the seed', () => {
  it('names no reviewer it does not have: every claim is not yet reviewed, and the About page says why', () => {
    expect(site.claims.filter((claim) => claim.data.reviews?.length)).toEqual([]);
    const about = builtPages(site).find((page) => page.url === site.urls.about());
    expect(about?.document.querySelector('main')?.text).toMatch(/No editor is named yet/);
  });
});

describe('the fixture site', () => {
  it('has claims both reviewed and not, so both states are shown', () => {
    const reviewed = fixtureSite.claims.filter((claim) => claim.data.reviews?.length).length;
    expect(reviewed).toBeGreaterThan(0);
    expect(reviewed).toBeLessThan(fixtureSite.claims.length);
  });
});
