// Each host the publishing docs name, proven by its own server: Cloudflare's runtime (wrangler pages
// dev, reading the build's `_headers` and `_redirects`) and nginx (the server blocks of
// docs/deploy.md), each serving the fixture site at the root and under /contested/. Through each: every
// former address answers 301 with the live address, every page and every Pagefind file carries the
// security headers with exactly one policy (one that lets Pagefind's worker run), an unknown address
// answers 404 with the site's 404 page, and a search in Chromium finds the claim it should.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { HEADER_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/lib/security.ts';
import { fixtureSite, fixtureSiteAtRoot, type BuiltSite } from '../sites.ts';
import { NGINX, startCloudflare, startNginx, startPlainStatic, WRANGLER, type Server } from './servers.ts';

const HOSTS = [
  {
    name: "Cloudflare's runtime",
    start: startCloudflare,
    missing: () => !existsSync(WRANGLER) && 'wrangler is not installed: `node scripts/ensure-hosts.ts` installs it',
  },
  {
    name: 'nginx',
    start: startNginx,
    missing: () => !NGINX && 'nginx is not installed, and installing it needs root on Debian or Ubuntu',
  },
];
const SITES = [fixtureSiteAtRoot, fixtureSite];

/** Files of the built site under `folder`, as site paths. */
function filesUnder(site: BuiltSite, folder: string): string[] {
  return readdirSync(join(site.outDir, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${site.settings.base}${join(entry.parentPath, entry.name).slice(site.outDir.length + 1)}`);
}

/** The `_redirects` file of a build, from each former address to its live one. */
function redirectsOf(site: BuiltSite): Map<string, string> {
  const lines = readFileSync(join(site.outDir, '_redirects'), 'utf8').split('\n').filter(Boolean);
  return new Map(lines.map((line) => line.split(' ') as [string, string]));
}

/** What is wrong with a response's security headers; none where it carries exactly those of `_headers`. */
function headerProblems(path: string, response: APIResponse): string[] {
  const sent = response.headersArray();
  return Object.entries(SECURITY_HEADERS).flatMap(([name, value]) => {
    const values = sent
      .filter((header) => header.name.toLowerCase() === name.toLowerCase())
      .map((header) => header.value);
    return values.length === 1 && values[0] === value ? [] : [`${path}: ${name} ${JSON.stringify(values)}`];
  });
}

HOSTS.forEach((host, hostIndex) => {
  SITES.forEach((site, siteIndex) => {
    const where = site.settings.base === '/' ? 'at the root' : `under ${site.settings.base}`;
    test.describe(`${host.name}, the fixture site ${where}`, () => {
      let server: Server | undefined;
      const origin = () => server?.origin ?? '';

      test.beforeAll(async () => {
        const missing = host.missing();
        test.skip(Boolean(missing), missing || '');
        test.setTimeout(120_000);
        server = await host.start(site, 4410 + hostIndex * 2 + siteIndex);
      });
      test.afterAll(async () => {
        await server?.stop();
      });

      test('every line of _redirects answers 301 with the live address', async ({ request }) => {
        const redirects = redirectsOf(site);
        expect(redirects.size).toBeGreaterThan(0);
        for (const [from, to] of redirects) {
          const response = await request.get(origin() + from, { maxRedirects: 0 });
          expect(response.status(), from).toBe(301);
          expect(new URL(response.headers()['location'] ?? '', origin() + from).href, from).toBe(origin() + to);
        }
      });

      test('every page, the search page and every Pagefind file carry the security headers, with one policy that lets Pagefind run', async ({
        request,
      }) => {
        // The 404 page is checked as the hosts serve it, at an unknown address (below).
        const pages = site.htmlPages().filter((path) => !path.endsWith('/404.html'));
        const paths = [...pages, ...filesUnder(site, 'pagefind')];
        expect(paths).toContain(site.urls.search());
        expect(paths).toContain(`${site.urls.pagefind()}pagefind-worker.js`);
        const problems: string[] = [];
        // A former address is still a page in the build (for hosts without redirects); here it redirects.
        const redirects = redirectsOf(site);
        for (const path of paths) {
          const response = await request.get(origin() + path, { maxRedirects: 0 });
          const expected = redirects.has(path) ? 301 : 200;
          if (response.status() !== expected) problems.push(`${path}: status ${response.status()}`);
          problems.push(...headerProblems(path, response));
        }
        expect(problems).toEqual([]);
        expect(HEADER_CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
      });

      test("an unknown address answers 404 with the site's 404 page and the security headers", async ({ request }) => {
        const path = `${site.settings.base}no-such-page/`;
        const response = await request.get(origin() + path);
        expect(response.status()).toBe(404);
        const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(join(site.outDir, '404.html'), 'utf8'))?.[1];
        expect(heading).toBeTruthy();
        expect(await response.text()).toContain(heading);
        expect(headerProblems(path, response)).toEqual([]);
      });

      test('a search in Chromium finds the claim whose own words hold the query, with no error', async ({ page }) => {
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${origin()}${site.urls.search()}?q=tannery`);
        const titles = page.locator('#search-results a.claim-title');
        await expect(titles.first()).toHaveAttribute('href', site.urls.claim('north-parade'));
        await titles.first().click();
        await expect(page).toHaveURL(`${origin()}${site.urls.claim('north-parade')}`);
        expect(errors).toEqual([]);
      });
    });
  });
});

test.describe('GitHub Pages: a static server that reads neither _headers nor _redirects (Astro preview), the fixture site under /contested/', () => {
  let server: Server | undefined;
  test.beforeAll(async () => {
    server = await startPlainStatic(4420);
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("every former address of a claim's page answers 200 with a page that sends the reader on to the live one", async ({
    page,
    request,
  }) => {
    const origin = server?.origin ?? '';
    const pages = [...redirectsOf(fixtureSite)].filter(([from]) => from.endsWith('/'));
    expect(pages.length).toBeGreaterThan(0);
    for (const [from, to] of pages) {
      const response = await request.get(origin + from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(200);
      await page.goto(origin + from);
      await expect(page, from).toHaveURL(origin + to);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });
});
