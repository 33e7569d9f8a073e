import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, SEARCH_CONTENT_SECURITY_POLICY } from '../../src/lib/security.ts';
import { repeatsTranslatedTemplate, searchPages, siteOf } from '../sites.ts';

// The search page alone runs script (in each language): Pagefind's and its own, from this site, under a
// policy of its own.
test('every page loads from this site alone: no script but on search, no other origin, no CSP violation, no console error', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const target = siteOf(test.info().project.name);
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  const problems: string[] = [];
  let current = '';
  const search = target.urls.search();
  const searches = searchPages(target);
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) problems.push(`${current}: requested ${request.url()}`);
    if (request.resourceType() === 'script' && !searches.includes(current))
      problems.push(`${current}: loaded the script ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${current}: console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));

  const pages = target
    .htmlPages()
    .filter((url) => !url.endsWith('404.html') && !repeatsTranslatedTemplate(target, url));
  expect(pages.length).toBeGreaterThan(10);
  for (const url of pages) {
    current = url;
    await page.goto(url);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const expected = searches.includes(url) ? SEARCH_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
    if (csp !== expected) problems.push(`${url}: CSP meta tag is ${JSON.stringify(csp)}`);
  }
  // A search runs too, in every language, so Pagefind's WebAssembly and index requests are held to the
  // same rules; each page says what it found in its own words.
  for (const url of searches) {
    current = url;
    await page.goto(`${url}?q=claims`);
    await expect(page.locator('#search-summary')).toHaveText(/\S/);
  }
  await page.goto(`${search}?q=claims`);
  await expect(page.locator('#search-summary')).toHaveText(/result|matches/);
  expect(problems).toEqual([]);
});
