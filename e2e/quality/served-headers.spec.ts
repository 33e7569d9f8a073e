// Every browser test runs under the headers a real host sends: the server the tests use (Cloudflare's
// runtime, e2e/hosts/serve.ts) sends, on every response, what the build's `_headers` gives that path,
// as Netlify's own parser reads the file.
import { join } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { expect, test } from '@playwright/test';
import { EMBED_HEADER_CONTENT_SECURITY_POLICY } from '../../src/lib/security.ts';
import { siteOf } from '../sites.ts';

test("the test server sends every header the build's _headers gives each path, 404s included", async ({
  request,
}, testInfo) => {
  const site = siteOf(testInfo.project.name);
  const { headers: rules, errors } = await parseAllHeaders({
    headersFiles: [join(site.outDir, '_headers')],
    configHeaders: [],
    minimal: false,
  });
  expect(errors).toEqual([]);
  const { urls } = site;
  const embed = urls.claimEmbed(site.claims[0]?.slug ?? '');
  const paths = [
    urls.home(),
    urls.search(),
    `${urls.pagefind()}pagefind-worker.js`,
    `${urls.home()}no-such-page/`,
    embed,
  ];
  for (const path of paths) {
    const expected = Object.assign(
      {},
      ...rules.filter((rule) => 'forRegExp' in rule && rule.forRegExp.test(path)).map((rule) => rule.values),
    ) as Record<string, string>;
    expect(Object.keys(expected).length, path).toBeGreaterThan(0);
    const sent = (await request.get(path)).headers();
    for (const [name, value] of Object.entries(expected))
      expect(sent[name.toLowerCase()], `${path}: ${name}`).toBe(value);
  }
  // Netlify gives a path the later rule's value of a header, and Cloudflare detaches the earlier one:
  // either way an embed is sent its own policy alone.
  expect((await request.get(embed)).headers()['content-security-policy']).toBe(EMBED_HEADER_CONTENT_SECURITY_POLICY);
});
