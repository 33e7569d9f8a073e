import { expect, test } from '@playwright/test';
import { site } from './sites.ts';
import { translator } from '../src/lib/i18n/translator.ts';

/** The words of the English site, which these tests read. */
const t = translator('en');

const { urls } = site;

for (const { slug, data } of site.claims) {
  test(`claim page ${slug} says who, when, status, responses, sources and its permanent URL`, async ({ page }) => {
    const response = await page.goto(urls.claim(slug));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
    const claimant = site.actors.find((actor) => actor.slug === data.claimant);
    const facts = page.locator('dl.facts');
    await expect(facts.getByRole('link', { name: claimant?.data.name ?? '' })).toHaveAttribute(
      'href',
      urls.actor(data.claimant),
    );
    const status = page.locator('.claim-status');
    await expect(status).toContainText(t(`status.${data.status}.label`));
    await expect(status.getByRole('link', { name: t(`status.${data.status}.label`), exact: true })).toHaveAttribute(
      'href',
      urls.statusDefinition(data.status),
    );
    if (!data.eventDate) await expect(facts).toContainText('Not stated');
    for (const source of data.sources) await expect(page.locator('#sources + *')).toContainText(source.title);
    await expect(page.locator('.permalink code')).toHaveText(site.settings.site + urls.claim(slug));

    const jsonLd: unknown = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
    expect(jsonLd).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: data.title,
      itemReviewed: { '@type': 'Claim', author: { name: claimant?.data.name } },
      reviewRating: { alternateName: t(`status.${data.status}.label`) },
    });
  });
}

test('without a configured repository, pages carry no edit link', async ({ page }) => {
  test.skip(Boolean(process.env['REPOSITORY_URL']), 'a repository is configured');
  await page.goto(urls.claim(site.claims[0]?.slug ?? ''));
  await expect(page.getByRole('link', { name: 'Suggest a correction to this page' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Report an error or a new source' })).toHaveCount(0);
});

test('every claim has its own feed', async ({ request }) => {
  for (const claim of site.claims) {
    const response = await request.get(urls.claimFeed(claim.slug));
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(`<link>${site.settings.site}${urls.claim(claim.slug)}</link>`);
  }
});

test.describe('on a phone (360×740)', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('every claim page shows its status and what it means on the first screen', async ({ page }) => {
    for (const { slug, data } of site.claims) {
      await page.goto(urls.claim(slug));
      const status = page.locator('.claim-status');
      await expect(status).toContainText(t(`status.${data.status}.definition`));
      const box = await status.boundingBox();
      expect(box, slug).not.toBeNull();
      expect((box?.y ?? Infinity) + (box?.height ?? 0), slug).toBeLessThanOrEqual(740);
    }
  });
});
