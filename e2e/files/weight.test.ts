// What a page costs a reader on a slow link, for every page of both sites: no JavaScript, no web
// fonts, images with dimensions, and claim pages' HTML and CSS within the first round trip (14 KB
// gzipped). `npm run weight` prints the figures behind it.
import { describe, expect, it } from 'vitest';
import { builtFiles, FIRST_ROUND_TRIP, isClaimPage, measureSite, weightProblems } from '../../src/lib/page-weight.ts';
import { sites } from '../sites.ts';

describe.each(sites)('$name', (site) => {
  it('keeps every page within its weight limits', () => {
    const weights = measureSite(site.outDir, site.settings.base);
    expect(weights.length).toBeGreaterThan(10);
    expect(
      weightProblems(weights, { budgeted: (url) => isClaimPage(url, site.settings.base), budget: FIRST_ROUND_TRIP }),
    ).toEqual([]);
  });

  it('ships no script file and no font file', () => {
    expect(builtFiles(site.outDir).filter((file) => /\.(?:m?js|woff2?|ttf|otf|eot)$/.test(file))).toEqual([]);
  });
});
