import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser.mjs';

const PORT = 4399;
const browser = findChromium();

// A system Chromium run as root needs --no-sandbox; Playwright's own browser needs no path.
// Background networking is off so the browser itself never reaches for another origin.
const launchOptions =
  browser && browser.source !== 'playwright'
    ? {
        executablePath: browser.executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      }
    : {};

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions,
  },
  webServer: {
    // Serves the already built dist/ (npm test builds first), exactly as a static host would.
    command: `astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
