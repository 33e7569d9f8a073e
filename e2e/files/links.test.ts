// Every internal link of both sites resolves, and links to other sites stand only where sources are
// cited (or, when a repository is configured, in the edit link).
import { existsSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, ids, references, sites, type BuiltPage } from '../sites.ts';

describe.each(sites)('$name', (site) => {
  const pages = builtPages(site);

  it('resolves every internal href and src to a built file, and every #fragment to an element', () => {
    expect(pages.length).toBeGreaterThan(20);
    const pagesByUrl = new Map(pages.map((page) => [page.url, page]));
    const broken: string[] = [];
    for (const page of pages) {
      for (const reference of references(page.document)) {
        const url = new URL(reference, site.settings.site + page.url);
        if (url.origin !== site.settings.site) continue;
        if (!url.pathname.startsWith(site.settings.base) || !existsSync(site.distFile(url.pathname))) {
          broken.push(`${page.url}: ${reference} (no such file)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        const target: BuiltPage | undefined = pagesByUrl.get(url.pathname);
        if (fragment && target && !ids(target.document).has(fragment))
          broken.push(`${page.url}: ${reference} (no element #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links to other sites only from source lists (and edit links), as absolute http(s) addresses', () => {
    const misplaced: string[] = [];
    let external = 0;
    for (const page of pages) {
      for (const reference of references(page.document)) {
        if (new URL(reference, site.settings.site + page.url).origin === site.settings.site) continue;
        external++;
        if (!/^https?:\/\//.test(reference)) misplaced.push(`${page.url}: ${reference} (not absolute http(s))`);
      }
      // The same page without its source lists: what is left may link only to this site.
      const outsideSources = parse(page.html);
      for (const list of outsideSources.querySelectorAll('.source-list')) list.remove();
      for (const reference of references(outsideSources)) {
        const url = new URL(reference, site.settings.site + page.url);
        // The edit and correction links lead to the site's own repository, when one is configured.
        const isRepositoryLink =
          site.settings.repositoryUrl !== undefined && url.href.startsWith(`${site.settings.repositoryUrl}/`);
        if (url.origin !== site.settings.site && !isRepositoryLink)
          misplaced.push(`${page.url}: ${reference} (outside the sources)`);
      }
    }
    expect(misplaced).toEqual([]);
    // The fixture site cites sources with addresses, so this check has something to hold it to.
    if (site.name === 'fixture-site') expect(external).toBeGreaterThan(0);
  });
});
