// The files static hosts read: `_redirects` with one 301 per former address (page, feed, JSON, CSV)
// whose target exists, and `_headers` under the base path; both as Netlify's own parsers read them.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { parseAllRedirects } from '@netlify/redirect-parser';
import { describe, expect, it } from 'vitest';
import {
  EMBED_SECURITY_HEADERS,
  headersFile,
  HEADER_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../../src/lib/security.ts';
import { sites } from '../sites.ts';
import { pathInLocale } from '../../src/lib/urls.ts';
import { DEFAULT_LOCALE, LOCALE_LIST } from '../../src/lib/i18n/locales.ts';

const netlifyConfigPath = resolve(import.meta.dirname, '../../netlify.toml');

describe.each(sites)('$name', (site) => {
  const { urls } = site;
  const { base } = site.settings;
  const lines = readFileSync(join(site.outDir, '_redirects'), 'utf8').split('\n').filter(Boolean);

  it('redirects every alias, its feed, JSON, CSV, embeds and oEmbed record with a 301 to a target that exists', () => {
    const expected = site.claims.flatMap((claim) => {
      // Its page, feed, embeds and oEmbed record in each language it is translated into had the former address too.
      const languages = LOCALE_LIST.filter(
        (locale) => locale === DEFAULT_LOCALE || site.translationOf('claims', claim.slug, locale),
      );
      const inEach = (from: string, to: string) =>
        languages.map((locale) => `${pathInLocale(base, from, locale)} ${pathInLocale(base, to, locale)} 301`);
      return (claim.data.aliases ?? []).flatMap((alias) => [
        ...inEach(urls.claim(alias), urls.claim(claim.slug)),
        ...inEach(urls.claimFeed(alias), urls.claimFeed(claim.slug)),
        `${urls.claimJson(alias)} ${urls.claimJson(claim.slug)} 301`,
        ...(claim.data.breakdown ? [`${urls.claimCsv(alias)} ${urls.claimCsv(claim.slug)} 301`] : []),
        ...inEach(urls.claimEmbed(alias), urls.claimEmbed(claim.slug)),
        ...(claim.data.breakdown ? inEach(urls.breakdownEmbed(alias), urls.breakdownEmbed(claim.slug)) : []),
        ...inEach(urls.claimOembed(alias), urls.claimOembed(claim.slug)),
      ]);
    });
    expect(lines.sort()).toEqual(expected.sort());
    for (const line of lines) {
      const [, target = ''] = line.split(' ');
      expect(existsSync(site.distFile(target)), target).toBe(true);
    }
    if (site.name === 'fixture-site') expect(lines.filter((line) => line.includes('/uk/')).length).toBeGreaterThan(0);
  });

  it('sends the security headers under the base path', () => {
    expect(readFileSync(join(site.outDir, '_headers'), 'utf8')).toBe(headersFile(urls.home()));
  });

  describe("as Netlify's own parsers read them, with netlify.toml", () => {
    it('_headers parses with no error; every path gets the security headers from one rule, the policy that lets Pagefind run, and an embed its own policy', async () => {
      const { headers, errors } = await parseAllHeaders({
        headersFiles: [join(site.outDir, '_headers')],
        netlifyConfigPath,
        configHeaders: [],
        minimal: false,
      });
      expect(errors.map(String)).toEqual([]);
      for (const path of [urls.home(), urls.search(), `${urls.pagefind()}pagefind-worker.js`, urls.claims()]) {
        const rules = headers.filter((rule) => 'forRegExp' in rule && rule.forRegExp.test(path));
        const policies = rules
          .flatMap((rule) => Object.entries(rule.values))
          .filter(([name]) => /^content-security-policy$/i.test(name));
        expect(
          policies.map(([, value]) => value),
          path,
        ).toEqual([HEADER_CONTENT_SECURITY_POLICY]);
        expect(Object.assign({}, ...rules.map((rule) => rule.values)), path).toEqual(SECURITY_HEADERS);
      }
      // An embed matches the site's rule and its own; Netlify gives a path the later rule's value of a
      // header (as its CLI's headersForPath does), so the embed's policy alone.
      const embeds = [urls.claimEmbed('a-claim'), urls.breakdownEmbed('a-claim'), urls.incidentEmbed('an-incident')];
      for (const path of embeds) {
        const rules = headers.filter((rule) => 'forRegExp' in rule && rule.forRegExp.test(path));
        expect(rules, path).toHaveLength(2);
        expect(Object.assign({}, ...rules.map((rule) => rule.values)), path).toEqual(EMBED_SECURITY_HEADERS);
      }
    });

    it('_redirects parses with no error into a 301 for every line', async () => {
      const { redirects, errors } = await parseAllRedirects({
        redirectsFiles: [join(site.outDir, '_redirects')],
        netlifyConfigPath,
        configRedirects: [],
        minimal: false,
      });
      expect(errors.map(String)).toEqual([]);
      const parsed = (redirects as { from: string; to: string; status: number; force: boolean }[]).map(
        ({ from, to, status }) => `${from} ${to} ${status}`,
      );
      expect([...parsed].sort()).toEqual([...lines].sort());
    });
  });
});
