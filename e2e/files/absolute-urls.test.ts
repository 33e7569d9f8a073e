// Every absolute address the sites publish (canonical and social tags, structured data, permanent
// links, feeds, sitemap, robots.txt, data) starts with the full site URL, base path included: the
// fixture site is published under /contested/, so nothing may assume the site sits at /.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, sites } from '../sites.ts';

/** Every string in a JSON value that is an absolute http(s) URL. */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(urlsIn);
  return [];
}

describe.each(sites)('$name', (site) => {
  const root = site.settings.site + site.urls.home();
  const outside = (urls: string[]) => urls.filter((url) => !url.startsWith(root));

  it('is published at its site URL', () => {
    if (site.name === 'fixture-site') expect(site.urls.home()).toBe('/contested/');
  });

  it('writes canonical, social, permanent-link and structured-data URLs under the site URL', () => {
    const found: string[] = [];
    for (const { document } of builtPages(site)) {
      for (const selector of ['link[rel="canonical"]', 'meta[property="og:url"]', 'meta[property="og:image"]']) {
        const element = document.querySelector(selector);
        const value = element?.getAttribute('href') ?? element?.getAttribute('content');
        if (value) found.push(value);
      }
      const permalink = document.querySelector('.permalink code')?.text;
      if (permalink) found.push(permalink);
      for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
        // Sources cited in structured data are other sites' addresses; the review's own are ours.
        // The @context names the vocabulary, not a page.
        const data = JSON.parse(script.text) as Record<string, unknown>;
        found.push(...urlsIn([data['url'], (data['author'] as Record<string, unknown> | undefined)?.['url']]));
      }
    }
    expect(found.length).toBeGreaterThan(10);
    expect(outside(found)).toEqual([]);
  });

  it('writes feed, sitemap and robots.txt URLs under the site URL', () => {
    const read = (url: string) => readFileSync(site.distFile(url), 'utf8');
    const tagged = (text: string, tag: string) =>
      [...text.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))].map((match) => match[1] ?? '');
    const sitemaps = readdirSync(site.outDir).filter((file) => /^sitemap.*\.xml$/.test(file));
    const found = [
      ...tagged(read(site.urls.feed()), 'link'),
      ...sitemaps.flatMap((file) => tagged(readFileSync(join(site.outDir, file), 'utf8'), 'loc')),
      ...[...read(site.urls.robots()).matchAll(/^Sitemap: (.+)$/gm)].map((match) => match[1] ?? ''),
    ];
    expect(found.length).toBeGreaterThan(5);
    expect(outside(found)).toEqual([]);
  });
});
