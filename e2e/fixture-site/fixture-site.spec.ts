// Behaviour the seed content cannot show: aliases, every status, event dates, paging, a confirmed chart.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fixtureSite as site } from '../sites.ts';

const { urls } = site;

test('each alias lands on its claim, with canonical link and a visible link', async ({ page }) => {
  const aliased = site.claims.filter((claim) => claim.data.aliases?.length);
  expect(aliased.length).toBeGreaterThan(0);
  for (const claim of aliased) {
    for (const alias of claim.data.aliases ?? []) {
      const html = readFileSync(site.distFile(urls.claim(alias)), 'utf8');
      expect(html).toContain(`<link rel="canonical" href="${site.settings.site}${urls.claim(claim.slug)}"`);
      await page.goto(urls.claim(alias));
      await expect(page).toHaveURL(new RegExp(`${urls.claim(claim.slug)}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.data.title);
    }
  }
});

test('an alias page refreshes to the live address and shows a link to it', () => {
  const html = readFileSync(site.distFile(urls.claim('old-north-strike')), 'utf8');
  expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${urls.claim('north-strike')}"`);
  expect(html).toContain(`<a href="${urls.claim('north-strike')}">`);
  expect(html).toContain('<meta name="robots" content="noindex"');
});

test('the unverified pages list exactly the unverified claims, across their pages', async ({ page }) => {
  const listed: (string | null)[] = [];
  await page.goto(urls.unverified());
  for (;;) {
    listed.push(
      ...(await page.locator('main .claim-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')))),
    );
    const later = page.getByRole('link', { name: 'Later →' });
    if ((await later.count()) === 0) break;
    await later.click();
  }
  const expected = site.claims.filter((c) => c.data.status === 'unverified').map((c) => urls.claim(c.slug));
  expect(expected.length).toBeGreaterThan(3);
  expect(listed.sort()).toEqual(expected.sort());
  expect(site.claims.some((c) => c.data.status !== 'unverified')).toBe(true);
});

test('the claims page groups by status with counts', async ({ page }) => {
  await page.goto(urls.claims());
  for (const status of ['unverified', 'corroborated', 'disputed', 'confirmed', 'refuted']) {
    const n = site.claims.filter((c) => c.data.status === status).length;
    await expect(page.locator(`h2#status-${status}`)).toContainText(`(${n})`);
  }
});

test('the timeline pages in event order, with links between pages', async ({ page }) => {
  await page.goto(urls.timeline());
  const firstDay = await page.locator('main h2 time').first().getAttribute('datetime');
  expect(firstDay).toBe('2024-03-01');
  await expect(page.getByText('Page 1 of 3')).toBeVisible();
  await page.getByRole('link', { name: 'Later →' }).click();
  await expect(page.getByText('Page 2 of 3')).toBeVisible();
  await expect(page).toHaveURL(/\/timeline\/2\/$/);
  await page.getByRole('link', { name: '← Earlier' }).click();
  await expect(page.getByText('Page 1 of 3')).toBeVisible();
});

test('a claim with an event date shows it, and shows the responses in words', async ({ page }) => {
  await page.goto(urls.claim('north-strike'));
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('1 March 2024');
  await expect(facts).toContainText('2 March 2024');
  await expect(page.getByText('Government of South: denies')).toBeVisible();
  await expect(page.locator('#related + *')).toContainText('contradicts');
  await page.goto(urls.claim('south-no-damage'));
  await expect(page.locator('#related + *')).toContainText('is contradicted by');
});

test('status and actor filters list only their claims', async ({ page }) => {
  await page.goto(urls.statusTimeline('disputed'));
  await expect(page.locator('main .claim-title')).toHaveText([
    site.claims.find((c) => c.slug === 'north-strike')?.data.title ?? '',
  ]);
  await page.goto(urls.actorTimeline('monitor-east'));
  // Its own claim and the one it responded to.
  await expect(page.locator('main .claim-title')).toHaveCount(2);
});

test('a 10,000-drone breakdown in 12 parts is drawn as bars, still readable at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(urls.claim('north-drone-tally'));
  const chart = page.locator('figure.breakdown svg');
  await expect(chart.locator('g[id$="-part-12"] rect')).toHaveCount(0);
  await expect(chart.locator('g[id$="-part-1"] rect')).toHaveCount(1);
  await expect(chart.locator('text', { hasText: '4,000' })).toBeVisible();
  await expect(page.locator('figure.breakdown')).toContainText('Hatched bars');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a confirmed breakdown is drawn solid and called confirmed; an unverified one is outlined', async ({ page }) => {
  await page.goto(urls.claim('north-parade'));
  const figure = page.locator('figure.breakdown');
  await expect(figure.getByRole('heading')).toHaveText(
    '12 vehicles: confirmed count, first claimed by Ministry of North',
  );
  await expect(figure).not.toContainText('Not independently verified');
  await expect(figure).toContainText('Solid squares: a confirmed count.');
  const solid = figure.locator('svg g[id$="-part-1"] rect');
  await expect(solid).toHaveCount(5);
  await expect(solid.first()).toHaveAttribute('fill', 'currentColor');
  await expect(solid.first()).not.toHaveAttribute('stroke', /.*/);
  await expect(figure.getByRole('table')).toHaveAccessibleName('The figures');

  await page.goto(urls.claim('governor-single'));
  const outlined = page.locator('figure.breakdown svg g[id$="-part-1"] rect');
  await expect(outlined).toHaveAttribute('fill', 'none');
  await expect(outlined).toHaveAttribute('stroke', 'currentColor');
  await expect(page.locator('figure.breakdown figcaption')).toContainText(
    "These are the claimant's figures; the claim's status is unverified.",
  );
});

test('a corrected claim shows its dated history and last-updated date', async ({ page }) => {
  await page.goto(urls.claim('north-strike'));
  await expect(page.locator('dl.facts')).toContainText(/Last updated\s+3 March 2024/);
  const history = page.locator('#history + ol');
  await expect(history.locator('li')).toHaveCount(2);
  await expect(history.locator('li').first()).toContainText('3 March 2024');
  await expect(history.locator('li').first()).toContainText('Disputed');
  await expect(history.locator('li').first()).toContainText('The Government of South denied the claim.');
});

test('updates reach the claim feed and the site feed', async ({ request }) => {
  const claimFeed = await (await request.get(urls.claimFeed('north-strike'))).text();
  expect(claimFeed).toContain('<title>Update: Ministry of North says it struck a depot in the south</title>');
  expect(claimFeed).toContain(`<link>${site.settings.site}${urls.claim('north-strike')}#update-2</link>`);
  expect(claimFeed).toContain('Status: Disputed. The Government of South denied the claim.');
  const siteFeed = await (await request.get(urls.feed())).text();
  expect(siteFeed).toContain(`${urls.claim('north-strike')}#update-2</link>`);
});

test('a source with an address links its archived copy and says when it was read', async ({ page }) => {
  await page.goto(urls.claim('north-strike'));
  const sources = page.locator('#sources + ol');
  await expect(sources.getByRole('link', { name: 'Fixture report one' })).toHaveAttribute(
    'href',
    'https://example.org/fixture/one',
  );
  await expect(sources.getByRole('link', { name: 'archived copy' })).toHaveAttribute(
    'href',
    'https://archive.example.org/2024/fixture/one',
  );
  await expect(sources).toContainText('retrieved 2 March 2024');
});

test('a claim page links to the correction form with its claim filled in, when a repository is configured', async ({
  page,
}) => {
  await page.goto(urls.claim('north-strike'));
  const href = await page.getByRole('link', { name: 'Report an error or a new source' }).getAttribute('href');
  const url = new URL(href ?? '');
  expect(`${url.origin}${url.pathname}`).toBe('https://git.example.org/contested/issues/new');
  expect(Object.fromEntries(url.searchParams)).toEqual({
    template: 'correction.yml',
    title: 'Correction: north-strike',
    claim: 'north-strike',
  });
});

test('claim and actor pages link to their source file when a repository is configured', async ({ page }) => {
  await page.goto(urls.claim('north-strike'));
  await expect(page.getByRole('link', { name: 'Suggest a correction to this page' })).toHaveAttribute(
    'href',
    'https://git.example.org/contested/edit/main/e2e/fixture-site/content/claims/north-strike.mdx',
  );
  await page.goto(urls.actor('ministry-north'));
  await expect(page.getByRole('link', { name: 'Suggest a correction to this page' })).toHaveAttribute(
    'href',
    'https://git.example.org/contested/edit/main/e2e/fixture-site/content/actors/ministry-north.mdx',
  );
});

test('in print, navigation is hidden and source addresses are written out', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(urls.claim('north-strike'));
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  const printedAddress = await page
    .locator('#sources + ol a[href^="https://example.org"]')
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(printedAddress).toBe('" (https://example.org/fixture/one)"');
  await page.goto(urls.claim('north-drone-tally'));
  await expect(page.locator('figure.breakdown svg')).toBeVisible();
});
