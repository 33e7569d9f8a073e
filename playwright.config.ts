import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/browser.ts';
import { FIXTURE_ENV } from './e2e/fixture-site/settings.ts';

const SITE_PORT = 4399;
// The fixture site is served where its SITE_URL says, under a sub-path.
const FIXTURE_URL = new URL(FIXTURE_ENV.SITE_URL);
const FIXTURE_PORT = Number(FIXTURE_URL.port);

// Both sites are served as a real host serves what was built: by Cloudflare's runtime (wrangler pages
// dev, installed on first use by scripts/ensure-hosts.ts), which applies the build's `_headers` and
// `_redirects`, so every browser test runs under the headers, redirects and 404s of a real host.
const served = (port: number, fixture = false) =>
  `node e2e/hosts/serve.ts ${fixture ? 'fixture-site' : 'site'} ${port}`;

// Asked to stop, the server stops Cloudflare's runtime and removes its folder (Playwright would kill it).
const gracefulShutdown = { signal: 'SIGTERM', timeout: 10_000 } as const;

export default defineConfig({
  testDir: 'e2e',
  // Checks that read the built files without a browser are Vitest's (e2e/files/).
  testIgnore: 'files/**',
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // Two workers, one per core of the machines CI runs on: axe's runs over every page (the longest
  // tests by far) take a quarter less time two at a time than one after another.
  workers: 2,
  // In CI, the HTML report too, with a trace and a screenshot of every failure (ci.yml uploads them).
  reporter: process.env['CI'] ? [['line'], ['html', { open: 'never' }]] : 'list',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: launchOptions(),
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    // The real site, as built into dist/.
    {
      name: 'site',
      testIgnore: ['fixture-site/**', 'files/**', 'hosts/**'],
      use: { baseURL: `http://127.0.0.1:${SITE_PORT}` },
    },
    // The fixture site, built into dist-fixture/; the quality gates (e2e/quality/) run on both.
    {
      name: 'fixture-site',
      testMatch: ['fixture-site/**/*.spec.ts', 'quality/**/*.spec.ts'],
      use: { baseURL: FIXTURE_URL.origin },
    },
    // The fixture site through the real servers the publishing docs name (e2e/hosts/), which each
    // test starts itself: Cloudflare's runtime and nginx.
    { name: 'hosts', testMatch: ['hosts/**/*.spec.ts'] },
  ],
  webServer: [
    {
      command: served(SITE_PORT),
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: !process.env['CI'],
      gracefulShutdown,
    },
    {
      command: served(FIXTURE_PORT, true),
      url: FIXTURE_URL.href,
      reuseExistingServer: !process.env['CI'],
      gracefulShutdown,
    },
  ],
});
