import { expect, test } from '@playwright/test';
import { urls } from './site.ts';

test('a claim page opens in the browser with its title and status', async ({ page }) => {
  const response = await page.goto(urls.claim('crimea-42-drones'));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('42');
  await expect(page.getByText(/unverified/i).first()).toBeVisible();
});
