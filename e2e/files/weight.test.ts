// What a page costs a reader on a slow link, for every page of both sites: no JavaScript (but on the
// search page), no web fonts, images with dimensions, and claim pages' HTML and CSS within the first
// round trip (14 KB gzipped). `npm run weight` prints the figures behind it.
import { parse } from 'node-html-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtFiles,
  EMBED_BUDGET,
  FEW_PARTS,
  FIRST_ROUND_TRIP,
  isBudgetedPage,
  MANY_PART_CHART_BUDGET,
  TRANSLATED_EMBED_FACTOR,
  measureSite,
  weightProblems,
} from '../../src/lib/page-weight.ts';
import { searchPages, sites } from '../sites.ts';
import { DEFAULT_LOCALE } from '../../src/lib/i18n/locales.ts';
import { pathInLocale } from '../../src/lib/urls.ts';

describe.each(sites)('$name', (site) => {
  const search = site.urls.search();
  const searches = searchPages(site);

  it('keeps every page within its weight limits', () => {
    const weights = measureSite(site.outDir, site.settings.base);
    expect(weights.length).toBeGreaterThan(10);
    expect(
      weightProblems(weights, {
        budgeted: (url) => isBudgetedPage(url, site.settings.base),
        budget: FIRST_ROUND_TRIP,
        scriptAllowed: (url) => searches.includes(url),
      }),
    ).toEqual([]);
    // The search page's script is small: Pagefind loads its index only when asked.
    expect(weights.find((w) => w.url === search)?.javascript).toBeLessThan(6 * 1024);
  });

  it('keeps every embed, with its stylesheet, under 2 KB gzipped (a chart of many parts under 2.5 KB; a quarter more in Ukrainian or Russian)', () => {
    const english = (url: string) => pathInLocale(site.settings.base, url, DEFAULT_LOCALE);
    const parts = new Map(
      site.claims.map((claim) => [site.urls.breakdownEmbed(claim.slug), claim.data.breakdown?.parts.length ?? 0]),
    );
    const embeds = measureSite(site.outDir, site.settings.base).filter((w) => site.urls.isEmbed(w.url));
    expect(embeds.length).toBeGreaterThan(site.claims.length);
    const problems = embeds.flatMap((w) => {
      const budget =
        ((parts.get(english(w.url)) ?? 0) > FEW_PARTS ? MANY_PART_CHART_BUDGET : EMBED_BUDGET) *
        (english(w.url) === w.url ? 1 : TRANSLATED_EMBED_FACTOR);
      return w.htmlGzip + w.cssGzip > budget
        ? [`${w.url}: ${w.htmlGzip} + ${w.cssGzip} bytes (allowed: ${budget})`]
        : [];
    });
    expect(problems).toEqual([]);
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
