// Search on the real site: a word a reader remembers finds the claims, each result a permanent link
// with its status in words; without JavaScript the page says so and points to the lists.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { translator } from '../src/lib/i18n/translator.ts';
import { site, urlsIn } from './sites.ts';

/** The words of the English site, which these tests read. */
const t = translator('en');

const { urls } = site;

test('searching "Kaluga" lists the Kaluga claims first, each linking to its claim page with its status', async ({
  page,
}) => {
  await page.goto(urls.search());
  await page.getByLabel('Words to find').fill('Kaluga');
  await page.getByRole('button', { name: 'Search' }).click();
  const results = page.locator('#search-results > li');
  await expect(page.getByRole('status')).toHaveText(/\d+ results?\./);
  const kaluga = site.claims.filter((claim) => /Kaluga/.test(claim.data.title));
  expect(kaluga.length).toBeGreaterThan(1);
  const hrefs = await results.locator('a.claim-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  // Among the claims found (the governor's actor page may rank among them), the Kaluga ones come first.
  const claimHrefs = hrefs.filter((href) => href?.startsWith(urls.claims()));
  expect(claimHrefs.slice(0, kaluga.length).sort()).toEqual(kaluga.map((claim) => urls.claim(claim.slug)).sort());
  for (const claim of kaluga) {
    const item = results.filter({ has: page.locator(`a[href="${urls.claim(claim.slug)}"]`) });
    await expect(item).toContainText(`Status: ${t(`status.${claim.data.status}.label`)}`);
    await expect(item.locator('mark').first()).toHaveText(/Kaluga/i);
  }
  await expect(page).toHaveURL(/\?q=Kaluga$/);
  // A result opens the claim's permanent page.
  await results.locator('a.claim-title').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kaluga/);
});

test('a word finds the claims whose own words hold it, not every claim of the incident whose name holds it', async ({
  page,
}) => {
  const ownWords = (claim: (typeof site.claims)[number]) => `${claim.data.title} ${claim.data.summary} ${claim.body}`;
  const about = site.claims.filter((claim) => /\bdrones?\b/i.test(ownWords(claim)));
  const notAbout = site.claims.filter((claim) => !about.includes(claim));
  // The seed's incident is named for its drones, so a search that read the facts box found every claim.
  expect(notAbout.length).toBeGreaterThan(0);
  await page.goto(`${urls.search()}?q=drones`);
  const titles = page.locator('#search-results a.claim-title');
  await expect(titles.first()).toBeVisible();
  const hrefs = await titles.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.filter((href) => href?.startsWith(urls.claims())).sort()).toEqual(
    about.map((claim) => urls.claim(claim.slug)).sort(),
  );
});

test('each language searches its own pages (Russian words stemmed), and offers the others with the same words', async ({
  page,
}) => {
  const russian = urlsIn(site, 'ru');
  const translated = site.claims.filter((claim) => site.translationOf('claims', claim.slug, 'ru'));
  expect(translated.length).toBeGreaterThan(0);
  // "уничтожить" is on no page as such ("уничтожила" is): the Russian stemmer finds it.
  await page.goto(`${russian.search()}?q=${encodeURIComponent('уничтожить')}`);
  const titles = page.locator('#search-results a.claim-title');
  await expect(titles.first()).toBeVisible();
  const hrefs = await titles.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toContain(russian.claim('s200-missile-shot-down-over-kaluga'));
  expect(hrefs.filter((href) => !href.startsWith(russian.home()))).toEqual([]);
  // Excerpts quote the claim, not what its page says of its translation.
  await expect(page.locator('#search-results')).not.toContainText(translator('ru')('translation.notReviewed'));
  await expect(page.locator('#search-elsewhere a[hreflang="en"]')).toHaveAttribute(
    'href',
    `${urls.search()}?q=${encodeURIComponent('уничтожить')}`,
  );
});

test('a search shown with its results passes axe', async ({ page }) => {
  await page.goto(`${urls.search()}?q=drones`);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says it needs JavaScript and links to the claims and the timeline', async ({ page }) => {
    await page.goto(urls.search());
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('main').getByRole('link', { name: 'by status' })).toHaveAttribute(
      'href',
      urls.claims(),
    );
    await expect(page.getByRole('main').getByRole('link', { name: 'the timeline' })).toHaveAttribute(
      'href',
      urls.timeline(),
    );
  });
});

test('every page links to search in its header, and only the search page loads script', async ({ page }) => {
  await page.goto(urls.home());
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' })).toHaveAttribute(
    'href',
    urls.search(),
  );
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
});
