// Pagefind reads only the pages scripts/search-index.ts names (INDEXED_PAGES), not the whole site: a
// page marked for the search index anywhere else would silently never be found. Every marked page of
// both sites must lie among them, and the index must hold them all.
import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEXED_PAGES } from '../../scripts/search-index.ts';
import { builtFiles } from '../../src/lib/page-weight.ts';
import { sites } from '../sites.ts';

describe.each(sites)('the search index of $name', (site) => {
  const pages = builtFiles(site.outDir).filter((file) => file.endsWith('.html'));
  const marked = pages.filter((file) => readFileSync(join(site.outDir, file), 'utf8').includes('data-pagefind-body'));

  it('reads every page marked for it', () => {
    expect(marked.length).toBeGreaterThan(5);
    expect(marked.filter((file) => !matchesGlob(file, INDEXED_PAGES))).toEqual([]);
  });

  it('holds a record for every marked page', () => {
    const entry = JSON.parse(readFileSync(join(site.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(marked.length);
  });
});
