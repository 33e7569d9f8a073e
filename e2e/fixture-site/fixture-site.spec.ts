// Behaviour the seed content cannot show: aliases, every status, event dates, date archives over several
// months (with a page bound of 5, so that March is cut into days), the overview chart, a confirmed breakdown.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
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

test('the unverified archive reads every unverified claim once, in order, by its "later" links', async ({ page }) => {
  await page.goto(urls.unverified());
  await page.getByRole('main').getByRole('link', { name: '2023', exact: true }).click();
  // A click returns before the page it opens has loaded: read 2023 only once it has.
  await page.waitForURL((url) => url.pathname === urls.unverified('2023'));
  const visited: string[] = [];
  const listed: (string | null)[] = [];
  for (;;) {
    visited.push(new URL(page.url()).pathname);
    listed.push(
      ...(await page.locator('main .claim-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')))),
    );
    const later = page.locator('a[rel="next"]');
    if ((await later.count()) === 0) break;
    // Read the next page only once it has loaded: a click returns before the navigation it starts.
    const next = new URL((await later.getAttribute('href')) ?? '', page.url()).pathname;
    await later.click();
    await page.waitForURL((url) => url.pathname === next);
  }
  const expected = site.claims.filter((c) => c.data.status === 'unverified').map((c) => urls.claim(c.slug));
  expect(expected.length).toBeGreaterThan(site.settings.pageSize);
  expect(listed.sort()).toEqual(expected.sort());
  // Period addresses sort as their periods do: the walk went from the earliest to the latest.
  expect(visited).toEqual([...visited].sort());
  // 2024 holds more unverified claims than a page may: it is read month by month.
  expect(visited).toContain(urls.unverified('2024-03'));
});

test('the claims page groups by status with counts', async ({ page }) => {
  await page.goto(urls.claims());
  for (const status of ['unverified', 'corroborated', 'disputed', 'confirmed', 'refuted']) {
    const n = site.claims.filter((c) => c.data.status === status).length;
    await expect(page.locator(`h2#status-${status}`)).toContainText(`(${n})`);
  }
});

test('the timeline leads to each month, from a month too long for one page to its days, and back', async ({ page }) => {
  await page.goto(urls.timeline());
  await expect(page.getByRole('heading', { name: 'Latest: 7 March 2024' })).toBeVisible();
  const months = page.locator('section:has(#every-period) li');
  await expect(months).toHaveText([
    'March 2024 8 claims',
    'February 2024 1 claim',
    'January 2024 2 claims',
    'December 2023 1 claim',
  ]);
  await page.getByRole('link', { name: 'March 2024', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${urls.timeline('2024-03')}$`));
  await expect(page.getByText('8 claims, too many for one page: each day has a page of its own.')).toBeVisible();
  await page.getByRole('link', { name: '5 March 2024' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline: 5 March 2024');
  await expect(page.locator('main .claim-title')).toHaveCount(2);
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`${urls.timeline('2024-03-03')}$`));
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`${urls.timeline('2024-03-01')}$`));
  // Before the first day of March comes the leap day's month, listed whole.
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`${urls.timeline('2024-02')}$`));
  await expect(page.locator('main h2 time')).toHaveAttribute('datetime', '2024-02-29');
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`${urls.timeline('2024-01')}$`));
  await page.locator('a[rel="prev"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline: December 2023');
  await page.getByRole('link', { name: 'Timeline', exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`${urls.timeline()}$`));
});

test('the overview chart counts claims per month by status, each bar leading to its month', async ({ page }) => {
  await page.goto(urls.timeline());
  const chart = page.locator('svg.overview-chart');
  await expect(chart.getByRole('img', { name: 'Claims per month, by status' })).toBeVisible();
  await expect(chart.locator('desc')).toHaveText(
    '12 claims over 4 months, from December 2023 to March 2024. The most, 8, in March 2024. ' +
      'By status: 7 unverified, 2 corroborated, 1 disputed, 1 confirmed, 1 refuted.',
  );
  const bars = chart.locator('a');
  await expect(bars).toHaveCount(4);
  expect(await bars.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
    ['2023-12', '2024-01', '2024-02', '2024-03'].map((month) => urls.timeline(month)),
  );
  // March holds every status: five stacked segments, each named in the legend.
  await expect(chart.locator('g[data-period="2024-03-01"] rect')).toHaveCount(5);
  await expect(page.locator('.overview-legend')).toHaveText('Unverified Corroborated Disputed Confirmed Refuted');
  await page.getByText('The figures as a table').click();
  await expect(page.locator('.overview table tbody tr').last()).toHaveText(/March 2024\s*4\s*1\s*1\s*1\s*1\s*8/);
  await bars.nth(3).click();
  await expect(page).toHaveURL(new RegExp(`${urls.timeline('2024-03')}$`));
});

test("an actor's page charts its claims over time, linking into its own archive", async ({ page }) => {
  await page.goto(urls.actor('ministry-north'));
  const hrefs = await page
    .locator('svg.overview-chart a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  // Its 2024 fits on one page: each month's bar leads into that page, at the month's first day.
  const year = urls.actorTimeline('ministry-north', '2024');
  expect(hrefs).toEqual([`${year}#day-2024-01-15`, `${year}#day-2024-03-01`]);
  await page.locator('svg.overview-chart a').last().click();
  await expect(page.locator('#day-2024-03-01')).toBeInViewport();
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
  // Its own claim and the two it responded to.
  await expect(page.locator('main .claim-title')).toHaveCount(3);
});

/** How many marks a part's path draws: one closed subpath each. */
async function marksIn(path: Locator): Promise<number> {
  return ((await path.getAttribute('d')) ?? '').split('z').length - 1;
}

test('a 10,000-drone breakdown in 12 parts is drawn as bars, still readable at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(urls.claim('north-drone-tally'));
  const chart = page.locator('figure.breakdown svg');
  // Each part's marks are one path, a closed subpath a mark.
  await expect(chart.locator('g[id$="-part-12"] path')).toHaveCount(0);
  expect(await marksIn(chart.locator('g[id$="-part-1"] path'))).toBe(1);
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
  const solid = figure.locator('svg g[id$="-part-1"] path');
  expect(await marksIn(solid)).toBe(5);
  await expect(solid).toHaveAttribute('fill', 'currentColor');
  await expect(solid).not.toHaveAttribute('stroke', /.*/);
  await expect(figure.getByRole('table')).toHaveAccessibleName('The figures');

  await page.goto(urls.claim('governor-single'));
  const outlined = page.locator('figure.breakdown svg g[id$="-part-1"] path');
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

test("an incident's unverified filter shows only those claims, in CSS alone, and unchecked shows them all", async ({
  page,
}) => {
  const claims = site.claims.filter((claim) => claim.data.incident === 'fixture-winter');
  const unverified = claims.filter((claim) => claim.data.status === 'unverified');
  expect(unverified.length).toBeGreaterThan(0);
  expect(unverified.length).toBeLessThan(claims.length);
  await page.goto(urls.incident('fixture-winter'));
  const titles = page.locator('section:has(#claimed) a.claim-title');
  await expect(titles).toHaveCount(claims.length);
  await page.getByRole('checkbox', { name: /Show only the \d+ claims? still unverified/ }).check();
  await expect(titles.filter({ visible: true })).toHaveCount(unverified.length);
  expect(
    await titles.filter({ visible: true }).evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  ).toEqual(expect.arrayContaining(unverified.map((claim) => urls.claim(claim.slug))));
  await page.getByRole('checkbox', { name: /Show only/ }).uncheck();
  await expect(titles.filter({ visible: true })).toHaveCount(claims.length);
});
