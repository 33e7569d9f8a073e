// Every internal URL is built here, so that a sub-path deployment (SITE_URL) or a change of URL
// scheme is one edit. Paths always end in "/" (trailingSlash: 'always').
export interface Urls {
  home: () => string;
  claims: () => string;
  claim: (slug: string) => string;
  actors: () => string;
  actor: (slug: string) => string;
  /** Any other site-relative path, e.g. "methodology/". */
  page: (path: string) => string;
}

export function createUrls(base: string): Urls {
  const root = base.endsWith('/') ? base : `${base}/`;
  const page = (path: string) => `${root}${path.replace(/^\/+/, '')}`;
  return {
    home: () => root,
    claims: () => page('claims/'),
    claim: (slug) => page(`claims/${slug}/`),
    actors: () => page('actors/'),
    actor: (slug) => page(`actors/${slug}/`),
    page,
  };
}

// Outside Vite (Playwright tests, Node scripts) there is no import.meta.env; they call createUrls.
export const urls: Urls = createUrls(import.meta.env?.BASE_URL ?? '/');
