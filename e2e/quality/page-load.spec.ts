import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, SEARCH_CONTENT_SECURITY_POLICY } from '../../src/lib/security.ts';
import { inShard, repeatsTranslatedTemplate, searchPages, siteOf, type BuiltSite } from '../sites.ts';

/**
 * Notes, for the page `visiting.url` names, every request to another origin, every script outside the
 * search pages (the only ones that run script, in each language: Pagefind's and their own, from this
 * site, under a policy of their own), and every error or warning.
 */
function watchLoads(page: Page, target: BuiltSite) {
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  const searches = searchPages(target);
  const visiting = { url: '', problems: [] as string[] };
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) visiting.problems.push(`${visiting.url}: requested ${request.url()}`);
    if (request.resourceType() === 'script' && !searches.includes(visiting.url))
      visiting.problems.push(`${visiting.url}: loaded the script ${request.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      visiting.problems.push(`${visiting.url}: console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => visiting.problems.push(`${visiting.url}: ${error.message}`));
  return visiting;
}

// The pages are visited in shards (inShard): over every page, one test took half its time limit here.
const SHARDS = 3;

for (let shard = 0; shard < SHARDS; shard++) {
  test(`every page loads from this site alone: no script but on search, no other origin, no CSP violation, no console error (shard ${shard + 1} of ${SHARDS})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const target = siteOf(test.info().project.name);
    const searches = searchPages(target);
    const visiting = watchLoads(page, target);
    const pages = target
      .htmlPages()
      .filter((url) => !url.endsWith('404.html') && !repeatsTranslatedTemplate(target, url));
    expect(pages.length).toBeGreaterThan(10 * SHARDS);
    for (const url of inShard(pages, shard, SHARDS)) {
      visiting.url = url;
      await page.goto(url);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const expected = searches.includes(url) ? SEARCH_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
      if (csp !== expected) visiting.problems.push(`${url}: CSP meta tag is ${JSON.stringify(csp)}`);
    }
    expect(visiting.problems).toEqual([]);
  });
}

// Pagefind's WebAssembly and index requests are held to the same rules; each page says what it found in
// its own words.
test('a search in every language loads from this site alone, with no CSP violation or console error', async ({
  page,
}) => {
  const target = siteOf(test.info().project.name);
  const visiting = watchLoads(page, target);
  for (const url of searchPages(target)) {
    visiting.url = url;
    await page.goto(`${url}?q=claims`);
    await expect(page.locator('#search-summary')).toHaveText(/\S/);
  }
  visiting.url = target.urls.search();
  await page.goto(`${visiting.url}?q=claims`);
  await expect(page.locator('#search-summary')).toHaveText(/result|matches/);
  expect(visiting.problems).toEqual([]);
});
