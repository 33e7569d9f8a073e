import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser.mjs';
import { FIXTURE_ENV } from './e2e/fixture-site/settings.mjs';

const SITE_PORT = 4399;
const FIXTURE_PORT = 4400;
const browser = findChromium();

// A system Chromium run as root needs --no-sandbox; Playwright's own browser needs no path.
// Background networking is off so the browser itself never reaches for another origin.
const launchOptions =
  browser && browser.source !== 'playwright'
    ? {
        executablePath: browser.executablePath,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      }
    : {};

// --ignore-lock: two previews of one project run side by side, in the foreground, untracked by Astro.
const preview = (port: number) => `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`;

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // One worker: on a two-core machine a second browser only competes with the preview servers.
  workers: 1,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: { ...devices['Desktop Chrome'], launchOptions },
  projects: [
    // The real site, as built by `npm run build` into dist/.
    { name: 'site', testIgnore: 'fixture-site/**', use: { baseURL: `http://127.0.0.1:${SITE_PORT}` } },
    // The fixture site, built by scripts/build-fixture-site.mjs into dist-fixture/; the quality gates
    // (e2e/quality/) run on both.
    {
      name: 'fixture-site',
      testMatch: ['fixture-site/**/*.spec.ts', 'quality/**/*.spec.ts'],
      use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` },
    },
  ],
  // Both serve what was already built, as a static host would.
  webServer: [
    { command: preview(SITE_PORT), url: `http://127.0.0.1:${SITE_PORT}/`, reuseExistingServer: !process.env['CI'] },
    {
      command: preview(FIXTURE_PORT),
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      env: FIXTURE_ENV,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
