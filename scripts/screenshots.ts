// npm run screenshots [-- <path> …]: screenshots of each page type in light and dark schemes, wide
// and at 320 px, for looking at changes by eye (after `npm run build`). Writes to screenshots/ (not
// committed).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.ts';
import { previewSite } from './astro-site.ts';
import { createUrls } from '../src/lib/urls.ts';
import { buildSettings } from '../src/lib/site.ts';

const PORT = 4398;
const urls = createUrls(buildSettings().base);
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      urls.home(),
      urls.timeline(),
      urls.claims(),
      urls.claim('crimea-42-drones'),
      urls.unverified(),
      urls.actors(),
      urls.actor('kaluga-governor'),
      urls.methodology(),
      urls.claim('no-such-page'),
    ];
const views = [
  ['light', { colorScheme: 'light', viewport: { width: 1100, height: 900 } }],
  ['dark', { colorScheme: 'dark', viewport: { width: 1100, height: 900 } }],
  ['320', { colorScheme: 'light', viewport: { width: 320, height: 700 } }],
] as const;

const { origin, stop } = await previewSite(PORT);
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
try {
  for (const path of paths) {
    for (const [label, options] of views) {
      const page = await browser.newPage(options);
      // The search page fills in its results after load; wait until it has fetched them.
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
      await page.screenshot({ path: `screenshots/${name}-${label}.png`, fullPage: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await stop();
}
console.log(`screenshots/: ${paths.length * views.length} images`);
