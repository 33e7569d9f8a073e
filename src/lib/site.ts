// Where the site lives. SITE_URL may include a sub-path (https://example.org/contested/): the origin
// becomes Astro's `site` and the path its `base`, so every URL built by ./urls.ts follows it.
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
