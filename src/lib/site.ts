// Build settings that come from the environment, read in one place.
//   SITE_URL     public address, sub-path included (https://example.org/contested/): its origin becomes
//                Astro's `site` and its path the `base`, so every URL built by ./urls.ts follows it.
//   CONTENT_DIR  the content folder (default content/); the tests build a fixture site from another.
//   OUT_DIR      where the site is built (default dist/).
//   PAGE_SIZE    claims per page of the long lists (default 100).
//   CACHE_DIR    Astro's cache (default node_modules/.astro); a second content folder needs its own.
//   REPOSITORY_URL  the repository's web address (https://github.com/owner/contested); when set, each
//                claim and actor page links to its source file for editing. REPOSITORY_BRANCH: main.
export const DEFAULT_SITE_URL = 'http://localhost:4321/';

export interface SiteLocation {
  site: string;
  base: string;
}

export function siteLocation(siteUrl: string = DEFAULT_SITE_URL): SiteLocation {
  const url = new URL(siteUrl);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: url.origin, base };
}

export interface BuildSettings extends SiteLocation {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  pageSize: number;
  /** Where a content file is edited on the web, or undefined when no repository is configured. */
  editBase: string | undefined;
}

type Env = Record<string, string | undefined>;

export function buildSettings(env: Env = process.env): BuildSettings {
  const pageSize = Number(env['PAGE_SIZE'] ?? 100);
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new Error(`PAGE_SIZE must be a whole number of 1 or more, not "${env['PAGE_SIZE']}"`);
  return {
    ...siteLocation(env['SITE_URL'] || DEFAULT_SITE_URL),
    contentDir: (env['CONTENT_DIR'] || 'content').replace(/\/+$/, ''),
    outDir: env['OUT_DIR'] || 'dist',
    cacheDir: env['CACHE_DIR'] || 'node_modules/.astro',
    editBase: env['REPOSITORY_URL']
      ? `${env['REPOSITORY_URL'].replace(/\/+$/, '')}/edit/${env['REPOSITORY_BRANCH'] || 'main'}/`
      : undefined,
    pageSize,
  };
}

/** The web address for editing a repository file, or undefined when REPOSITORY_URL is not set. */
export function editUrl(file: string, settings: BuildSettings = buildSettings()): string | undefined {
  return settings.editBase === undefined ? undefined : settings.editBase + file.replace(/^\/+/, '');
}
