// What the end-to-end tests need to know about the built site: where it is and how its URLs look,
// from the same settings and helpers the build uses.
import { fileURLToPath } from 'node:url';
import { createUrls } from '../src/lib/urls.ts';
import { siteLocation } from '../src/lib/site.ts';
import { readContentFiles } from '../src/lib/content/validate.ts';

export const site = siteLocation(process.env.SITE_URL);
export const urls = createUrls(site.base);
export const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
export const contentDir = fileURLToPath(new URL('../content/', import.meta.url));

/** Slugs of every published content file, by collection. */
export function contentSlugs(collection: 'claims' | 'actors'): string[] {
  return readContentFiles(contentDir)
    .filter((file) => file.collection === collection)
    .map((file) => file.file.replace(/^.*\//, '').replace(/\.mdx$/, ''));
}

/** The file in dist/ that a site URL is served from. */
export function distFile(url: string): string {
  const path = url.slice(site.base.length);
  return `${distDir}${path}${path === '' || path.endsWith('/') ? 'index.html' : ''}`;
}
