import { expect, test } from '@playwright/test';
import { site } from './helpers.ts';
import { STATUS_WORDING } from '../src/lib/wording.ts';

const { urls } = site;

for (const { slug, data } of site.claims) {
  test(`claim page ${slug} says who, when, status, responses, sources and its permanent URL`, async ({ page }) => {
    const response = await page.goto(urls.claim(slug));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
    const claimant = site.actors.find((actor) => actor.slug === data.claimant);
    const facts = page.locator('dl.facts');
    await expect(facts.getByRole('link', { name: claimant?.data.name ?? '' })).toHaveAttribute('href', urls.actor(data.claimant));
    await expect(facts).toContainText(STATUS_WORDING[data.status].label);
    await expect(facts.getByRole('link', { name: STATUS_WORDING[data.status].label, exact: true })).toHaveAttribute(
      'href',
      urls.page(`methodology/#status-${data.status}`),
    );
    if (!data.eventDate) await expect(facts).toContainText('Not stated');
    for (const source of data.sources) await expect(page.locator('#sources + *')).toContainText(source.title);
    await expect(page.locator('.permalink code')).toHaveText(site.settings.site + urls.claim(slug));

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');
    expect(jsonLd).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: data.title,
      itemReviewed: { '@type': 'Claim', author: { name: claimant?.data.name } },
      reviewRating: { alternateName: STATUS_WORDING[data.status].label },
    });
  });
}
