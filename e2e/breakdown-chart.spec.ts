import { csvParse } from 'd3';
import { expect, test } from '@playwright/test';
import { site } from './sites.ts';
import { translator } from '../src/lib/i18n/translator.ts';

/** The words of the English site, which these tests read. */
const t = translator('en');

const { urls } = site;
const withBreakdown = site.claims.filter((claim) => claim.data.breakdown);

test('the seed has a breakdown to draw', () => {
  expect(withBreakdown.map((claim) => claim.slug)).toContain('crimea-42-drones');
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const claim of withBreakdown) {
    const breakdown = claim.data.breakdown!;
    const claimant = site.actors.find((actor) => actor.slug === claim.data.claimant)!.data.name;
    const numbers = [breakdown.total, ...breakdown.parts.map((part) => part.count)].map((n) => t.number(n));

    for (const [where, url] of [
      ['claim page', urls.claim(claim.slug)],
      ['home page', urls.home()],
    ] as const) {
      test(`${claim.slug}: the ${where} shows the chart, attributed, with every number as text`, async ({ page }) => {
        await page.goto(url);
        const figure = page.locator('figure.breakdown');
        await expect(figure).toBeVisible();
        await expect(figure.getByRole('heading')).toHaveText(
          `${t.number(breakdown.total)} ${breakdown.unit}, as claimed by ${claimant}`,
        );
        if (claim.data.status !== 'confirmed')
          await expect(figure.locator('figcaption')).toContainText(
            `Not independently verified. These are the claimant's figures; the claim's status is ${claim.data.status}.`,
          );

        const chart = figure.getByRole('img');
        await expect(chart).toHaveAccessibleName(new RegExp(`as claimed by ${claimant}`));
        const description = (await chart.locator('desc').textContent()) ?? '';
        for (const n of numbers) expect(description).toContain(n);
        // Each part's label in full, however the chart wrapped it over lines.
        for (const [index, part] of breakdown.parts.entries()) {
          const lines = await chart.locator(`g[id$="-part-${index + 1}"] text:not(.count)`).allTextContents();
          expect(lines.map((line) => line.trim()).join(' ')).toBe(part.label);
        }

        const table = figure.getByRole('table');
        for (const part of breakdown.parts) {
          await expect(
            table.getByRole('row', { name: new RegExp(`^${part.label} ${t.number(part.count)} `) }),
          ).toBeVisible();
        }
        await expect(table.getByRole('row', { name: /^Total / })).toContainText(t.number(breakdown.total));
      });
    }

    test(`${claim.slug}: the CSV linked from the chart matches the content`, async ({ page, request }) => {
      await page.goto(urls.claim(claim.slug));
      const href = await page.getByRole('link', { name: 'Download the figures (CSV)' }).getAttribute('href');
      expect(href).toBe(urls.claimCsv(claim.slug));
      const response = await request.get(href!);
      expect(response.headers()['content-type']).toContain('text/csv');
      const rows = csvParse(await response.text());
      expect(rows.map((row) => ({ label: row['part'], count: Number(row['count']) }))).toEqual(breakdown.parts);
      expect(new Set(rows.map((row) => `${row['claimant']}|${row['status']}|${row['unit']}|${row['total']}`))).toEqual(
        new Set([`${claimant}|${claim.data.status}|${breakdown.unit}|${breakdown.total}`]),
      );
    });
  }
});

test('the chart holds at 320 px: no horizontal scroll, labels at a readable size', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const claim of withBreakdown) {
    await page.goto(urls.claim(claim.slug));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const smallest = await page
      .locator('figure.breakdown svg text')
      .evaluateAll((texts) => Math.min(...texts.map((t) => (t as SVGTextElement).getBoundingClientRect().height)));
    // Rendered glyph boxes of at least 12 CSS px.
    expect(smallest).toBeGreaterThanOrEqual(12);
  }
});
