// Search on the fixture site, which is published under a sub-path: filters narrow the results and
// every result still leads to a claim page under that path.
import { expect, test } from '@playwright/test';
import { translator } from '../../src/lib/i18n/translator.ts';
import { fixtureSite as site } from '../sites.ts';

/** The words of the English site, which these tests read. */
const t = translator('en');

/** Words of the page around a claim's own text, which no excerpt may show. */
const INTERFACE_LABELS = [
  'Claimed by',
  'Claimed on',
  'Reported by',
  'Incident',
  'Status',
  'What others said',
  'Where it was reported',
  t('date.eventFact'),
  t('date.eventUnknown'),
  t('claim.placesNamed'),
];

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

test("results appear as one types, the address keeps the words, and a word only in one claim's context finds that claim first", async ({
  page,
}) => {
  await page.goto(urls.search());
  // The form shows once Pagefind has loaded (it needs script); keys pressed before then reach nothing,
  // and on a busy machine loading takes longer than a test's usual wait.
  const words = page.getByLabel('Words to find');
  await expect(words).toBeVisible({ timeout: 15_000 });
  await words.pressSequentially('tannery', { delay: 20 });
  const titles = page.locator('#search-results a.claim-title');
  await expect(titles.first()).toHaveAttribute('href', urls.claim('north-parade'));
  await expect(page).toHaveURL(/\?q=tannery$/);
  await expect(page.locator('#search-results mark').first()).toHaveText(/tannery/i);
});

test('excerpts quote the claim, never the labels around it', async ({ page }) => {
  await page.goto(`${urls.search()}?q=fictional`);
  const excerpts = page.locator('#search-results > li > span:last-child');
  await expect(excerpts.first()).toBeVisible();
  const texts = await excerpts.allTextContents();
  expect(texts.length).toBeGreaterThan(3);
  for (const text of texts) for (const label of INTERFACE_LABELS) expect(text, text).not.toContain(label);
});

test('an incident filter keeps only the claims of that incident', async ({ page }) => {
  const incident = 'A fictional winter of scattered claims';
  await page.goto(`${urls.search()}?q=says`);
  await page.getByLabel('Incident').selectOption(incident);
  await expect(page).toHaveURL(/[?&]incident=/);
  const titles = page.locator('#search-results a.claim-title');
  const theirs = site.claims.filter(
    (claim) => claim.data.incident === 'fixture-winter' && /says/.test(claim.data.title),
  );
  expect(theirs.length).toBeGreaterThan(0);
  await expect(titles).toHaveCount(theirs.length);
  const hrefs = await titles.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual(theirs.map((claim) => urls.claim(claim.slug)).sort());
});

test("a status is a filter, not a word: searching a status's name finds only claims whose own words use it", async ({
  page,
}) => {
  const ownWords = (claim: (typeof site.claims)[number]) => `${claim.data.title} ${claim.data.summary} ${claim.body}`;
  const using = site.claims.filter((claim) => /\bdisputed\b/i.test(ownWords(claim)));
  expect(site.claims.filter((claim) => claim.data.status === 'disputed').length).toBeGreaterThan(using.length);
  await page.goto(`${urls.search()}?q=disputed`);
  await expect(page.locator('#search-summary')).toHaveText(/result|matches/);
  const hrefs = await page
    .locator('#search-results a.claim-title')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.filter((href) => href?.startsWith(urls.claims())).sort()).toEqual(
    using.map((claim) => urls.claim(claim.slug)).sort(),
  );
});
