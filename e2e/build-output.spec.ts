import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { site } from './helpers.ts';

const { urls, distFile } = site;

test.describe('the build', () => {
  test('emits a page for every claim file', () => {
    expect(site.claims.length).toBeGreaterThan(0);
    expect(site.claims.map((claim) => urls.claim(claim.slug)).filter((url) => !existsSync(distFile(url)))).toEqual([]);
  });

  test('emits a page for every actor file', () => {
    expect(site.actors.length).toBeGreaterThan(0);
    expect(site.actors.map((actor) => urls.actor(actor.slug)).filter((url) => !existsSync(distFile(url)))).toEqual([]);
  });

  test('emits every reader page', () => {
    const pages = [
      '',
      'timeline/',
      'claims/',
      'unverified/',
      'actors/',
      'methodology/',
      '404.html',
      'feed.xml',
      'robots.txt',
      'sitemap-index.xml',
    ];
    expect(pages.map((page) => urls.page(page)).filter((url) => !existsSync(distFile(url)))).toEqual([]);
  });

  test('ships no script but JSON-LD on any page', () => {
    const offenders = site.htmlPages().filter((url) => {
      const html = readFileSync(distFile(url), 'utf8');
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      return scripts.some((tag) => !tag.includes('type="application/ld+json"'));
    });
    expect(offenders).toEqual([]);
  });

  test('lists exactly the unverified claims in the unverified section', () => {
    const html = readFileSync(distFile(urls.page('unverified/')), 'utf8');
    for (const claim of site.claims) {
      const listed = html.includes(`href="${urls.claim(claim.slug)}"`);
      expect(listed, `${claim.slug} (${claim.data.status})`).toBe(claim.data.status === 'unverified');
    }
  });
});
