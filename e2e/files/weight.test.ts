// What a page costs a reader on a slow link, for every page of both sites: no JavaScript (but on the
// search page), no web fonts, images with dimensions, and claim pages' HTML and CSS within the first
// round trip (14 KB gzipped). `npm run weight` prints the figures behind it.
import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtFiles,
  FIRST_ROUND_TRIP,
  isBudgetedPage,
  measureSite,
  weightProblems,
} from '../../src/lib/page-weight.ts';
import { sites } from '../sites.ts';

describe.each(sites)('$name', (site) => {
  const search = site.urls.search();

  it('keeps every page within its weight limits', () => {
    const weights = measureSite(site.outDir, site.settings.base);
    expect(weights.length).toBeGreaterThan(10);
    expect(
      weightProblems(weights, {
        budgeted: (url) => isBudgetedPage(url, site.settings.base),
        budget: FIRST_ROUND_TRIP,
        scriptAllowed: (url) => url === search,
      }),
    ).toEqual([]);
    // The search page's script is small: Pagefind loads its index only when asked.
    expect(weights.find((w) => w.url === search)?.javascript).toBeLessThan(6 * 1024);
  });

  it("ships no font file, and script files only for search: its own and Pagefind's", () => {
    const searchScripts = parse(readFileSync(site.distFile(search), 'utf8'))
      .querySelectorAll('script[src]')
      .map((script) => (script.getAttribute('src') ?? '').slice(site.settings.base.length));
    const pagefind = site.urls.pagefind().slice(site.settings.base.length);
    expect(searchScripts.length).toBe(1);
    expect(
      builtFiles(site.outDir).filter(
        (file) =>
          /\.(?:woff2?|ttf|otf|eot)$/.test(file) ||
          (/\.m?js$/.test(file) && !file.startsWith(pagefind) && !searchScripts.includes(file)),
      ),
    ).toEqual([]);
  });
});
