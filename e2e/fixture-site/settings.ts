// The fixture site: a small fictional content set with every status, aliases, event dates and
// extreme breakdowns, over four months, built with a tiny page bound so that the date archives cut
// months into days, and published under a sub-path.
import { cpSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_ENV = {
  // Served under a sub-path, so every check proves that nothing assumes the site sits at /.
  SITE_URL: 'http://127.0.0.1:4400/contested/',
  CONTENT_DIR: 'e2e/fixture-site/content',
  OUT_DIR: 'dist-fixture',
  PAGE_SIZE: '5',
  // Its own content cache, so the two builds never share a data store.
  CACHE_DIR: 'node_modules/.astro-fixture',
  // Edit links appear only when a repository is configured.
  REPOSITORY_URL: 'https://git.example.org/contested',
};

/**
 * The same fixture site built for the root of its host, for the host tests (e2e/hosts/), which serve
 * it at the root as well as under the sub-path.
 */
export const FIXTURE_AT_ROOT_ENV = {
  ...FIXTURE_ENV,
  SITE_URL: 'http://127.0.0.1:4401/',
  OUT_DIR: 'dist-fixture-root',
  CACHE_DIR: 'node_modules/.astro-fixture-root',
};

/**
 * A copy of the fixture site's content in `scratch`, for a test to edit and rebuild: the fixture's
 * settings, pointed at the copy and at output and cache folders of its own in `scratch`.
 */
export function fixtureCopy(scratch: string): typeof FIXTURE_ENV {
  const content = join(scratch, 'content');
  cpSync(FIXTURE_ENV.CONTENT_DIR, content, { recursive: true });
  return { ...FIXTURE_ENV, CONTENT_DIR: content, OUT_DIR: join(scratch, 'dist'), CACHE_DIR: join(scratch, 'cache') };
}
