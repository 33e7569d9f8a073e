// Takes screenshots of each page type in light and dark schemes, wide and at 320 px, for looking at
// changes by eye: `npm run screenshots` (after `npm run build`). Writes to screenshots/ (not committed).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './browser.mjs';
import { startPreview } from './preview-server.mjs';

const PORT = 4398;
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '/',
      '/timeline/',
      '/claims/',
      '/claims/crimea-42-drones/',
      '/unverified/',
      '/actors/',
      '/actors/kaluga-governor/',
      '/methodology/',
      '/no-such-page/',
    ];

const { origin, stop } = await startPreview(PORT);

const found = findChromium();
const browser = await chromium.launch(
  found && found.source !== 'playwright' ? { executablePath: found.executablePath, args: ['--no-sandbox'] } : {},
);
mkdirSync('screenshots', { recursive: true });
try {
  for (const path of pages) {
    for (const [label, options] of [
      ['light', { colorScheme: 'light', viewport: { width: 1100, height: 900 } }],
      ['dark', { colorScheme: 'dark', viewport: { width: 1100, height: 900 } }],
      ['320', { colorScheme: 'light', viewport: { width: 320, height: 700 } }],
    ]) {
      const page = await browser.newPage(options);
      await page.goto(origin + path);
      const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
      await page.screenshot({ path: `screenshots/${name}-${label}.png`, fullPage: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
  stop();
}
console.log(`screenshots/: ${pages.length * 3} images`);
