// Each host the publishing docs name, proven by its own server: Cloudflare's runtime (wrangler pages
// dev, reading the build's `_headers` and `_redirects`) and nginx (the server blocks of
// docs/deploy.md), each serving the fixture site at the root and under /contested/. Through each: every
// former address answers 301 with the live address, every page and every Pagefind file carries the
// security headers with exactly one policy (one that lets Pagefind's worker run), an unknown address
// answers 404 with the site's 404 page, and a search in Chromium finds the claim it should.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { parse } from 'node-html-parser';
import { EMBED_SECURITY_HEADERS, HEADER_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/lib/security.ts';
import { fixtureSite, fixtureSiteAtRoot, urlsIn, type BuiltSite } from '../sites.ts';
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

/**
 * What is wrong with a response's security headers; none where it carries exactly those of `_headers`
 * for its path: an embed's, which any site may frame, or every other path's, which none may.
 */
function headerProblems(site: BuiltSite, path: string, response: APIResponse): string[] {
  const sent = response.headersArray();
  const problemsWith = (expected: Readonly<Record<string, string>>) =>
    Object.entries(expected).flatMap(([name, value]) => {
      const values = sent
        .filter((header) => header.name.toLowerCase() === name.toLowerCase())
        .map((header) => header.value);
      return values.length === 1 && values[0] === value ? [] : [`${path}: ${name} ${JSON.stringify(values)}`];
    });
  if (!site.urls.isEmbed(path)) return problemsWith(SECURITY_HEADERS);
  // A former address of an embed only redirects, and nothing frames a redirect: hosts send it either
  // policy (nginx answers it in its own location, with the server's headers).
  const asEmbed = problemsWith(EMBED_SECURITY_HEADERS);
  return response.status() === 301 && problemsWith(SECURITY_HEADERS).length === 0 ? [] : asEmbed;
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

      test('every page, the search page and every Pagefind file carry the security headers, with one policy that lets Pagefind run (an embed, one that lets any site frame it)', async ({
        request,
      }) => {
        // The 404 page is checked as the hosts serve it, at an unknown address (below).
        const pages = site.htmlPages().filter((path) => !path.endsWith('/404.html'));
        const paths = [...pages, ...filesUnder(site, 'pagefind')];
        expect(paths).toContain(site.urls.search());
        expect(paths).toContain(`${site.urls.pagefind()}pagefind-worker.js`);
        expect(paths).toContain(site.urls.breakdownEmbed('north-drone-tally'));
        const problems: string[] = [];
        // A former address is still a page in the build (for hosts without redirects); here it redirects.
        const redirects = redirectsOf(site);
        for (const path of paths) {
          const response = await request.get(origin() + path, { maxRedirects: 0 });
          const expected = redirects.has(path) ? 301 : 200;
          if (response.status() !== expected) problems.push(`${path}: status ${response.status()}`);
          problems.push(...headerProblems(site, path, response));
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
        expect(headerProblems(site, path, response)).toEqual([]);
      });

      test("another site's page frames every kind of embed, the status box found from the claim's bare address through oEmbed, and no other page: the claim's own is refused", async ({
        page,
        request,
      }) => {
        // A page of another origin, as a newspaper's article would be, framing the three kinds of embed
        // and the claim's page itself, served by a server of its own: Chromium blocks a page with no
        // address (a routed one) from framing the local network. The status box comes as a consumer
        // of oEmbed discovery gets it from the claim's bare address: the page's link, then the record's
        // html (its addresses are the site's, SITE_URL, here served at the test server's origin).
        const claim = site.urls.claim('north-drone-tally');
        const fromSite = (address: string) => address.replace(new URL(site.settings.site).origin, origin());
        const claimPage = parse(await (await request.get(origin() + claim)).text());
        const discovered = claimPage.querySelector('link[rel="alternate"][type="application/json+oembed"]');
        const record = (await (await request.get(fromSite(discovered?.getAttribute('href') ?? ''))).json()) as {
          html: string;
        };
        const box = fromSite(record.html).replace('<iframe ', '<iframe id="box" ');
        const frames = {
          chart: site.urls.breakdownEmbed('north-drone-tally'),
          bar: site.urls.incidentEmbed('fixture-incident'),
          page: claim,
        };
        const body = `<!doctype html><title>An article</title>${box}${Object.entries(frames)
          .map(([id, path]) => `<iframe id="${id}" title="${id}" src="${origin()}${path}"></iframe>`)
          .join('')}`;
        const anotherSite = createServer((_, response) =>
          response.writeHead(200, { 'content-type': 'text/html' }).end(body),
        );
        await new Promise<void>((listening) => anotherSite.listen(0, '127.0.0.1', listening));
        const { port } = anotherSite.address() as AddressInfo;
        const refusals: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' && message.text().includes('frame-ancestors')) refusals.push(message.text());
        });
        try {
          await page.goto(`http://127.0.0.1:${port}/an-article/`);
          await expect(page.frameLocator('#box').locator('.status')).toHaveText('Status: Unverified');
          await expect(page.frameLocator('#box').locator('h1')).toHaveText(/Ministry of North says/);
          await expect(page.frameLocator('#chart').getByRole('img')).toHaveAccessibleName(/10,000 drones/);
          await expect(page.frameLocator('#bar').locator('.status-bar')).toBeAttached();
          // One frame refused (the browser names only its origin): the claim page's, whose frame holds
          // the browser's error page, never the claim.
          await expect.poll(() => refusals.length).toBe(1);
          expect(refusals[0]).toContain(`'${origin()}/'`);
          const claimFrame = await (await page.locator('#page').elementHandle())?.contentFrame();
          expect(claimFrame?.url()).not.toBe(origin() + claim);
          await expect(page.frameLocator('#page').locator('h1#claim')).toHaveCount(0);
        } finally {
          anotherSite.close();
        }
      });

      test("answers oEmbed's endpoint, /oembed?url=<a claim's address>, with the claim's record in the address's language", async ({
        request,
      }) => {
        test.skip(
          host.name !== 'nginx',
          "Cloudflare Pages' _redirects match no query string: the endpoint needs a server that can (docs/embedding.md)",
        );
        const claim = site.urls.claim('north-parade');
        const endpoint = `${origin()}${site.urls.home()}oembed`;
        const ask = (query: Record<string, string>) => request.get(`${endpoint}?${new URLSearchParams(query)}`);
        const response = await ask({ url: `${origin()}${claim}`, format: 'json' });
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toMatch(/^application\/json/);
        expect(await response.text()).toBe(readFileSync(site.distFile(site.urls.claimOembed('north-parade')), 'utf8'));
        // Unencoded, as some consumers send it, and without the final slash.
        const unencoded = await request.get(`${endpoint}?url=${origin()}${claim.slice(0, -1)}`);
        expect(unencoded.status()).toBe(200);
        // A translated claim's address, encoded or not, gets the record of its page in that language.
        const ukrainian = urlsIn(site, 'uk');
        const translated = ukrainian.claim('north-drone-tally');
        expect(translated).toContain('/uk/claims/');
        const record = readFileSync(site.distFile(ukrainian.claimOembed('north-drone-tally')), 'utf8');
        expect(await (await ask({ url: `${origin()}${translated}` })).text()).toBe(record);
        expect(await (await request.get(`${endpoint}?url=${origin()}${translated.slice(0, -1)}`)).text()).toBe(record);
        expect((await ask({ url: `${origin()}${claim}`, format: 'xml' })).status()).toBe(501);
        expect((await ask({ url: `${origin()}${site.urls.claim('no-such-claim')}` })).status()).toBe(404);
        expect((await ask({ url: `${origin()}${site.urls.places()}` })).status()).toBe(404);
        // A claim's slug under a folder that is no language of the site's is no claim's address.
        expect((await ask({ url: `${origin()}${site.urls.home()}de/claims/north-parade/` })).status()).toBe(404);
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
    // Claim pages only: a former address of an embed serves the live embed itself (e2e/files/embeds.test.ts).
    const pages = [...redirectsOf(fixtureSite)].filter(([from]) => fixtureSite.urls.claimSlugAt(from) !== undefined);
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
