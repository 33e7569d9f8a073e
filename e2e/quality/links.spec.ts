import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, ids, references, siteOf, type BuiltPage } from './site-files.ts';

/** Without the source lists, the one place a page may link to another site. */
const withoutSources = (html: string) => html.replace(/<ol class="source-list">[\s\S]*?<\/ol>/g, '');

test('every internal href and src resolves to a built file, and every #fragment to an element', () => {
  const site = siteOf(test.info().project.name);
  const pages = builtPages(site);
  expect(pages.length).toBeGreaterThan(20);
  const pagesByUrl = new Map(pages.map((page) => [page.url, page]));
  const broken: string[] = [];
  for (const page of pages) {
    for (const reference of references(page.html)) {
      const url = new URL(reference, site.settings.site + page.url);
      if (url.origin !== site.settings.site) continue;
      if (!url.pathname.startsWith(site.settings.base) || !existsSync(site.distFile(url.pathname))) {
        broken.push(`${page.url}: ${reference} (no such file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const target: BuiltPage | undefined = pagesByUrl.get(url.pathname);
      if (fragment && target && !ids(target.html).has(fragment))
        broken.push(`${page.url}: ${reference} (no element #${fragment})`);
    }
  }
  expect(broken).toEqual([]);
});

// Sources are the one place for links to other sites; the one exception is the "suggest a
// correction" link to the site's own repository, present only when REPOSITORY_URL is set.
test('links to other sites appear only in source lists (and edit links), as absolute http(s) addresses', () => {
  const site = siteOf(test.info().project.name);
  const misplaced: string[] = [];
  let external = 0;
  for (const page of builtPages(site)) {
    for (const reference of references(page.html)) {
      const url = new URL(reference, site.settings.site + page.url);
      if (url.origin === site.settings.site) continue;
      external++;
      if (!/^https?:\/\//.test(reference)) misplaced.push(`${page.url}: ${reference} (not absolute http(s))`);
    }
    for (const reference of references(withoutSources(page.html))) {
      const url = new URL(reference, site.settings.site + page.url);
      const isEditLink = site.settings.editBase !== undefined && url.href.startsWith(site.settings.editBase);
      if (url.origin !== site.settings.site && !isEditLink)
        misplaced.push(`${page.url}: ${reference} (outside the sources)`);
    }
  }
  expect(misplaced).toEqual([]);
  // The fixture site cites sources with addresses, so this check has something to hold it to.
  if (test.info().project.name === 'fixture-site') expect(external).toBeGreaterThan(0);
});
