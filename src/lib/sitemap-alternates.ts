// The sitemap's alternates: each page that exists in several languages lists its version in each,
// itself included (hreflang). @astrojs/sitemap can work them out itself (its `i18n` option), but it
// compares every page with every other: at 35,000 pages, 2.5 s of every build, a rebuild's included.
// Here the pages are grouped once by their path without the language, which gives the same lists in
// the same order (a unit test holds the two to the same output).

/** A version of a page, as the sitemap lists it. */
export interface SitemapLink {
  url: string;
  lang: string;
}

export interface SitemapAlternates {
  /** Records a page the sitemap lists. */
  add: (url: string) => void;
  /** The versions of the page at `url` in every language, in the sitemap's order; none where it has one. */
  linksOf: (url: string) => SitemapLink[] | undefined;
}

/** The order the sitemap lists its pages in. */
const sitemapOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * @param siteUrl the site's address with its base path (`https://example.org/contested/`)
 * @param langs each locale's language tag, by the locale as its pages' paths name it (`uk` → `uk`)
 */
export function sitemapAlternates(
  siteUrl: string,
  defaultLocale: string,
  langs: Readonly<Record<string, string>>,
): SitemapAlternates {
  const groups = new Map<string, { urls: string[]; sorted: boolean }>();
  /** A page's locale, and its path without it: `uk/claims/a/` → `uk`, `/claims/a/`. */
  const parse = (url: string): { locale: string; path: string } | undefined => {
    if (!url.startsWith(siteUrl)) return undefined;
    const rest = `/${url.slice(siteUrl.length)}`.replace(/^\/\//, '/');
    const first = rest.split('/')[1] ?? '';
    return Object.hasOwn(langs, first)
      ? { locale: first, path: rest.slice(1 + first.length) || '/' }
      : { locale: defaultLocale, path: rest };
  };
  return {
    add: (url) => {
      const parsed = parse(url);
      if (!parsed) return;
      const group = groups.get(parsed.path);
      if (group) {
        group.urls.push(url);
        group.sorted = false;
      } else groups.set(parsed.path, { urls: [url], sorted: true });
    },
    linksOf: (url) => {
      const parsed = parse(url);
      const group = parsed && groups.get(parsed.path);
      if (!group || group.urls.length <= 1) return undefined;
      if (!group.sorted) {
        group.urls.sort(sitemapOrder);
        group.sorted = true;
      }
      return group.urls.map((version) => ({ url: version, lang: langs[parse(version)?.locale ?? ''] ?? '' }));
    },
  };
}
