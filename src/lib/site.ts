// Build settings that come from the environment, read in one place.
//   SITE_URL     public address, sub-path included (https://example.org/contested/): its origin becomes
//                Astro's `site` and its path the `base`, so every URL built by ./urls.ts follows it.
//   CONTENT_DIR  the content folder (default content/); the tests build a fixture site from another.
//   OUT_DIR      where the site is built (default dist/).
//   PAGE_SIZE    the most claims a page of a long list holds before its period (a year, a month) is cut
//                into shorter ones (default 200; see ./archives.ts).
//   CACHE_DIR    Astro's cache (default node_modules/.astro); a second content folder needs its own.
//   REPOSITORY_URL  the repository's web address (https://github.com/owner/contested); when set, each
//                claim and actor page links to its source file for editing. REPOSITORY_BRANCH: main.
export const DEFAULT_SITE_URL = 'http://localhost:4321/';

export interface SiteLocation {
  site: string;
  base: string;
}

/** Thrown for a setting that cannot work; its message is the one line the build prints. */
export class SettingError extends Error {}

export function siteLocation(siteUrl: string = DEFAULT_SITE_URL): SiteLocation {
  const expected = 'an absolute http(s) address with no query or fragment, such as https://example.org/contested/';
  if (!URL.canParse(siteUrl)) throw new SettingError(`SITE_URL is "${siteUrl}"; expected ${expected}`);
  const url = new URL(siteUrl);
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash || siteUrl.includes('#') || siteUrl.includes('?'))
    throw new SettingError(`SITE_URL is "${siteUrl}"; expected ${expected}`);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: url.origin, base };
}

export interface BuildSettings extends SiteLocation {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  pageSize: number;
  /** The repository's web address, or undefined when none is configured. */
  repositoryUrl: string | undefined;
  /** Where a content file is edited on the web, or undefined when no repository is configured. */
  editBase: string | undefined;
}

type Env = Record<string, string | undefined>;

export function buildSettings(env: Env = process.env): BuildSettings {
  const pageSize = Number(env['PAGE_SIZE'] ?? 200);
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new SettingError(`PAGE_SIZE is "${env['PAGE_SIZE']}"; expected a whole number of 1 or more`);
  const repositoryUrl = env['REPOSITORY_URL']?.replace(/\/+$/, '') || undefined;
  return {
    ...siteLocation(env['SITE_URL'] || DEFAULT_SITE_URL),
    contentDir: (env['CONTENT_DIR'] || 'content').replace(/\/+$/, ''),
    outDir: env['OUT_DIR'] || 'dist',
    cacheDir: env['CACHE_DIR'] || 'node_modules/.astro',
    repositoryUrl,
    editBase: repositoryUrl && `${repositoryUrl}/edit/${env['REPOSITORY_BRANCH'] || 'main'}/`,
    pageSize,
  };
}

/** The web address for editing a repository file, or undefined when REPOSITORY_URL is not set. */
export function editUrl(file: string, settings: BuildSettings = buildSettings()): string | undefined {
  return settings.editBase === undefined ? undefined : settings.editBase + file.replace(/^\/+/, '');
}

/** The issue form in .github/ISSUE_TEMPLATE/ that readers report corrections with. */
export const CORRECTION_FORM = 'correction.yml';

/**
 * The repository's new-issue page with the correction form, its claim field filled in (GitHub fills an
 * issue form's fields from query parameters named after their ids); undefined without a repository.
 */
export function correctionUrl(claim: string, settings: BuildSettings = buildSettings()): string | undefined {
  if (settings.repositoryUrl === undefined) return undefined;
  const query = new URLSearchParams({ template: CORRECTION_FORM, title: `Correction: ${claim}`, claim });
  return `${settings.repositoryUrl}/issues/new?${query}`;
}
