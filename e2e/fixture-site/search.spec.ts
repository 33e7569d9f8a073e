// Search on the fixture site, which is published under a sub-path: filters narrow the results and
// every result still leads to a claim page under that path.
import { expect, test } from '@playwright/test';
import { fixtureSite as site } from '../sites.ts';

const { urls } = site;

test('a status filter narrows the results, and results link under the sub-path', async ({ page }) => {
  expect(urls.home()).not.toBe('/');
  await page.goto(`${urls.search()}?q=says`);
  const titles = page.locator('#search-results a.claim-title');
  await expect(titles.first()).toBeVisible();
  const all = await titles.count();
  expect(all).toBeGreaterThan(2);

  await page.getByLabel('Status').selectOption('Disputed');
  const disputed = site.claims.filter((claim) => claim.data.status === 'disputed');
  await expect(titles).toHaveCount(disputed.length);
  await expect(titles).toHaveAttribute('href', urls.claim(disputed[0]?.slug ?? ''));
  await expect(page.locator('#search-results')).toContainText('Status: Disputed');
  await expect(page).toHaveURL(/[?&]status=Disputed/);

  await titles.first().click();
  await expect(page).toHaveURL(new RegExp(`${urls.claim(disputed[0]?.slug ?? '')}$`));
});

test("a claimant filter keeps only that claimant's claims", async ({ page }) => {
  await page.goto(urls.search());
  await page.getByLabel('Claimant').selectOption('Government of South');
  const titles = page.locator('#search-results a.claim-title');
  const theirs = site.claims.filter((claim) => claim.data.claimant === 'government-south');
  await expect(titles).toHaveCount(theirs.length);
});
