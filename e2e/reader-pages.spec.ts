import { expect, test, type Page } from '@playwright/test';
import { site } from './sites.ts';
import { translator } from '../src/lib/i18n/translator.ts';

/** The words of the English site, which these tests read. */
const t = translator('en');

const { urls } = site;
const firstClaim = site.claims[0]?.slug ?? '';
const firstActor = site.actors[0]?.slug ?? '';

/** One URL of each page type. */
const pageTypes: Record<string, string> = {
  home: urls.home(),
  timeline: urls.timeline(),
  'timeline month': urls.timeline('2023-11'),
  'timeline by actor': urls.actorTimeline(firstActor),
  'timeline by status': urls.statusTimeline('unverified'),
  claims: urls.claims(),
  claim: urls.claim(firstClaim),
  unverified: urls.unverified(),
  'unverified year': urls.unverified('2023'),
  incidents: urls.incidents(),
  'incidents year': urls.incidents('2023'),
  incident: urls.incident('2023-11-09-kaluga-crimea'),
  actors: urls.actors(),
  actor: urls.actor(firstActor),
  methodology: urls.methodology(),
  search: urls.search(),
  data: urls.data(),
};

/** Every link's absolute address, SVG links (a map's, a chart's) included: theirs is not a string property. */
async function linksOn(page: Page): Promise<string[]> {
  return page
    .locator('a[href]')
    .evaluateAll((anchors) => anchors.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href));
}

test.describe('every page type', () => {
  for (const [type, url] of Object.entries(pageTypes)) {
    test(`${type} renders with title, description, canonical link, social tags and linkable headings`, async ({
      page,
    }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page).toHaveTitle(/Contested/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', site.settings.site + url);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
      const headingsWithoutId = await page.locator('main :is(h1, h2, h3, h4):not([id])').count();
      expect(headingsWithoutId).toBe(0);
      await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    });

    test(`${type} holds at 320 px without horizontal scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('every claim is reachable from the home page within two clicks', async ({ page }) => {
  await page.goto(urls.home());
  // Pages only: same origin and a directory URL (not the feed, a CSV or a fragment of this page).
  const isPage = (href: string) => href.startsWith(new URL(page.url()).origin) && new URL(href).pathname.endsWith('/');
  const firstHop = [...new Set((await linksOn(page)).filter(isPage).map((href) => href.split('#')[0] ?? href))];
  const reached = new Set(firstHop.map((href) => new URL(href).pathname));
  for (const href of firstHop) {
    await page.goto(href);
    for (const next of await linksOn(page)) reached.add(new URL(next).pathname);
  }
  const unreached = site.claims.map((claim) => urls.claim(claim.slug)).filter((url) => !reached.has(url));
  expect(unreached).toEqual([]);
});

test('an unknown address gets the 404 page with ways back', async ({ page }) => {
  const response = await page.goto(urls.claim('no-such-claim'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no page at this address');
  await expect(page.getByRole('main').getByRole('link', { name: 'All claims by status' })).toHaveAttribute(
    'href',
    urls.claims(),
  );
});

test('the timeline shows each response under its claim', async ({ page }) => {
  await page.goto(urls.timeline());
  for (const claim of site.claims) {
    const item = page.locator('.claim-list > li').filter({ has: page.locator(`a[href="${urls.claim(claim.slug)}"]`) });
    await expect(item).toHaveCount(1);
    for (const response of claim.data.responses ?? []) {
      const actor = site.actors.find((a) => a.slug === response.actor);
      await expect(item.locator('ul.responses')).toContainText(actor?.data.name ?? response.actor);
    }
  }
});

test('the timeline says in one sentence that every claim concerns one month, instead of drawing one bar', async ({
  page,
}) => {
  await page.goto(urls.timeline());
  await expect(page.locator('svg.overview-chart')).toHaveCount(0);
  const unverified = site.claims.filter((claim) => claim.data.status === 'unverified').length;
  await expect(page.locator('.overview-sentence')).toHaveText(
    new RegExp(`^All ${site.claims.length} claims so far concern days in November 2023: ${unverified} unverified`),
  );
  await expect(page.getByRole('link', { name: 'November 2023', exact: true })).toHaveAttribute(
    'href',
    urls.timeline('2023-11'),
  );
});

test('the site feed, sitemap and robots.txt point at the public address', async ({ request }) => {
  const feed = await (await request.get(urls.feed())).text();
  for (const claim of site.claims)
    expect(feed).toContain(`<link>${site.settings.site}${urls.claim(claim.slug)}</link>`);
  const index = await (await request.get(urls.sitemapIndex())).text();
  const [, firstSitemap = ''] = /<loc>([^<]+)<\/loc>/.exec(index) ?? [];
  expect(firstSitemap.startsWith(site.settings.site + urls.home())).toBe(true);
  const sitemap = await (await request.get(new URL(firstSitemap).pathname)).text();
  expect(sitemap).toContain(`<loc>${site.settings.site}${urls.claim(firstClaim)}</loc>`);
  const robots = await (await request.get(urls.robots())).text();
  expect(robots).toContain(`Sitemap: ${site.settings.site}${urls.sitemapIndex()}`);
});

test("the seed incident's page lists exactly its claims, and each claim page links back to it", async ({ page }) => {
  const incident = '2023-11-09-kaluga-crimea';
  await page.goto(urls.incident(incident));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Missile and drone claims reported on 9 November 2023',
  );
  const listed = await page
    .locator('section:has(#claimed) .claim-title')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const expected = site.claims.filter((claim) => claim.data.incident === incident);
  expect(expected.length).toBe(site.claims.length);
  expect(listed.sort()).toEqual(expected.map((claim) => urls.claim(claim.slug)).sort());
  // Who said what: the government that did not comment is there, its silences marked as such.
  await expect(page.locator('section:has(#party-ukrainian-government) li.silence').first()).toContainText(
    t('stance.not-commented'),
  );
  await expect(page.locator('section:has(#figures) figure.breakdown')).toHaveCount(1);
  for (const claim of expected) {
    await page.goto(urls.claim(claim.slug));
    await expect(
      page.locator('dl.facts').getByRole('link', { name: 'Missile and drone claims reported on 9 November 2023' }),
    ).toHaveAttribute('href', urls.incident(incident));
  }
});

test('the home page leads with the latest incidents, and the incidents page lists them with counts by status', async ({
  page,
}) => {
  await page.goto(urls.home());
  const first = page.locator('main section').first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Latest incidents');
  await expect(first.getByRole('link', { name: 'Missile and drone claims reported on 9 November 2023' })).toBeVisible();
  await page.goto(urls.incidents());
  const unverified = site.claims.filter((claim) => claim.data.status === 'unverified').length;
  await expect(page.locator('main .claim-list li')).toContainText(
    `${site.claims.length} claims: ${unverified} unverified`,
  );
});

test('an actor page lists the incidents the actor is recorded in', async ({ page }) => {
  await page.goto(urls.actor('ukrainian-government'));
  await expect(page.locator('section:has(#incidents)')).toContainText(
    'Missile and drone claims reported on 9 November 2023',
  );
});
