import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { contentSlugs, distFile, urls } from './site.ts';

test.describe('the build', () => {
  for (const collection of ['claims', 'actors'] as const) {
    test(`emits a page for every ${collection} file`, () => {
      const slugs = contentSlugs(collection);
      expect(slugs.length).toBeGreaterThan(0);
      const missing = slugs
        .map((slug) => (collection === 'claims' ? urls.claim(slug) : urls.actor(slug)))
        .filter((url) => !existsSync(distFile(url)));
      expect(missing).toEqual([]);
    });
  }

  test('emits the home page linking to every claim', () => {
    const home = readFileSync(distFile(urls.home()), 'utf8');
    for (const slug of contentSlugs('claims')) expect(home).toContain(`href="${urls.claim(slug)}"`);
  });
});
