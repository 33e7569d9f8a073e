// The files static hosts read: `_redirects` with one 301 per former address (page, feed, JSON, CSV)
// whose target exists, and `_headers` under the base path.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/security.ts';
import { sites } from '../sites.ts';

describe.each(sites)('$name', (site) => {
  const { urls } = site;
  const lines = readFileSync(join(site.outDir, '_redirects'), 'utf8').split('\n').filter(Boolean);

  it('redirects every alias, its feed, JSON and CSV with a 301 to a target that exists', () => {
    const expected = site.claims.flatMap((claim) =>
      (claim.data.aliases ?? []).flatMap((alias) => [
        `${urls.claim(alias)} ${urls.claim(claim.slug)} 301`,
        `${urls.claimFeed(alias)} ${urls.claimFeed(claim.slug)} 301`,
        `${urls.claimJson(alias)} ${urls.claimJson(claim.slug)} 301`,
        ...(claim.data.breakdown ? [`${urls.claimCsv(alias)} ${urls.claimCsv(claim.slug)} 301`] : []),
      ]),
    );
    expect(lines.sort()).toEqual(expected.sort());
    for (const line of lines) {
      const [, target = ''] = line.split(' ');
      expect(existsSync(site.distFile(target)), target).toBe(true);
    }
    if (site.name === 'fixture-site') expect(lines.length).toBeGreaterThan(0);
  });

  it('sends the security headers under the base path', () => {
    expect(readFileSync(join(site.outDir, '_headers'), 'utf8')).toBe(headersFile(urls.home(), urls.search()));
  });
});
