// The interface's pages in every language: each route under src/pages/[...locale]/ gives its paths
// once per locale, the default locale's at the addresses they have always had (no `locale` segment),
// the others under /uk/ and /ru/.
import { DEFAULT_LOCALE, LOCALE_LIST, type Locale } from '../lib/i18n/locales.ts';
import { contentIn, siteContent, type SiteContent } from './content.ts';

/** The `[...locale]` parameter of a locale: none for the default. */
export const localeParam = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : locale);

/** The paths of a route with no parameters of its own: one per locale. */
export const localePaths = () => LOCALE_LIST.map((locale) => ({ params: { locale: localeParam(locale) } }));

/** A route's paths in every locale, each worked out with the content as that locale's pages show it. */
export async function localizedPaths<Path extends { params: object }>(
  paths: (content: SiteContent) => Path[],
): Promise<(Path & { params: { locale: string | undefined } })[]> {
  const content = await siteContent();
  return LOCALE_LIST.flatMap((locale) =>
    paths(contentIn(content, locale)).map((path) => ({
      ...path,
      params: { ...path.params, locale: localeParam(locale) },
    })),
  );
}
