// The interface's pages in every language: each route under src/pages/[...locale]/ gives its paths
// once per locale, the default locale's at the addresses they have always had (no `locale` segment),
// the others under /uk/ and /ru/.
import { DEFAULT_LOCALE, LOCALE_LIST, type Locale } from '../lib/i18n/locales.ts';
import { isTranslated, type TranslatedCollection } from '../lib/content/collections.ts';
import {
  contentIn,
  siteContent,
  type Actor,
  type Claim,
  type Incident,
  type Place,
  type SiteContent,
} from './content.ts';
import { entryUrl, urls } from '../lib/urls.ts';
import { cacheKey } from '../lib/cache-key.ts';
import { translationView, type TranslationView } from '../lib/views/translations.ts';

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

/** The entries of each translated collection, as SiteContent lists them. */
interface EntriesOf {
  claims: Claim;
  actors: Actor;
  incidents: Incident;
  places: Place;
}

function entryList<Collection extends TranslatedCollection>(
  content: SiteContent,
  collection: Collection,
): readonly EntriesOf[Collection][] {
  const lists: { [Name in TranslatedCollection]: readonly EntriesOf[Name][] } = content;
  return lists[collection];
}

/**
 * An entry route's paths: every entry in English, at the address it has always had, and in each other
 * locale the entries translated into it. An entry with no translation has no page in that locale: the
 * locale's lists link to its English page rather than repeat it under a translated address. `paths`
 * is handed the entries the locale has pages for, so that no page is worked out only to be dropped
 * (at 10,000 claims, nine in ten of each other locale's).
 */
export const entryPaths = <
  Collection extends TranslatedCollection,
  Path extends { params: { slug: string }; cacheKey?: string | undefined },
>(
  collection: Collection,
  paths: (content: SiteContent, entries: readonly EntriesOf[Collection][]) => Path[],
  /** The entry a path shows: its slug, unless it is another address of it (a claim's former slug). */
  entryOf: (path: Path) => string = (path) => path.params.slug,
) =>
  localizedPaths((content) =>
    paths(
      content,
      entryList(content, collection).filter((entry) => content.wordsIn(collection, entry.id)),
    )
      .filter((path) => content.wordsIn(collection, entryOf(path)))
      .map((path) =>
        path.cacheKey === undefined
          ? path
          : {
              ...path,
              // The page also shows the languages the entry is in (its language links, BaseLayout) and who
              // translated it (TranslationNote): adding, removing or crediting a translation renders it again.
              cacheKey: cacheKey([
                path.cacheKey,
                content.languagesOf(collection, entryOf(path)),
                translationOf(content, collection, entryOf(path)) ?? null,
              ]),
            },
      ),
  );

/**
 * Every address a claim's pages have, for `claims` (those a locale has pages for): each claim's slug,
 * then each former slug, which serves the live claim's page too (one that sends the reader on, or the
 * same embed), so that a link or snippet made before a rename keeps working.
 */
export function claimAddresses(content: SiteContent, claims: readonly Claim[]): { slug: string; claim: Claim }[] {
  const shown = new Set(claims.map((claim) => claim.id));
  return [
    ...claims.map((claim) => ({ slug: claim.id, claim })),
    ...content.aliases.filter(({ claim }) => shown.has(claim.id)).map(({ alias, claim }) => ({ slug: alias, claim })),
  ];
}

// An entry route's pattern: its collection, then the entry's slug (and, for some, a part of its list).
const ENTRY_ROUTE = /^\/\[\.\.\.locale\]\/([a-z]+)\/\[slug\]/;

/**
 * The languages the page of a route is written in: an interface route's (under src/pages/[...locale]/)
 * in every locale; an entry's page in English and in each language the entry is translated into; any
 * other page (a file, an embed, an alias) in English only.
 */
export async function languagesOfPage(
  routePattern: string,
  params: Readonly<Record<string, string | undefined>>,
): Promise<readonly Locale[]> {
  if (!routePattern.startsWith('/[...locale]')) return [DEFAULT_LOCALE];
  const collection = ENTRY_ROUTE.exec(routePattern)?.[1];
  if (collection === undefined) return LOCALE_LIST;
  const { slug } = params;
  if (!isTranslated(collection as never) || slug === undefined) return [DEFAULT_LOCALE];
  // A claim's former slug has no translation of its own: its page, which only sends the reader on
  // (and is not indexed), leads to the home page of every other language.
  return (await siteContent()).languagesOf(collection as TranslatedCollection, slug);
}

/** What an entry's page in `content`'s language says of its translation; undefined on its English page. */
export function translationOf(
  content: SiteContent,
  collection: TranslatedCollection,
  slug: string,
): TranslationView | undefined {
  const credit = content.creditOf(collection, slug);
  if (credit === undefined) return undefined;
  // The default URLs know no translation: each entry's address in English.
  return translationView(credit, entryUrl(urls, collection, slug), content.view);
}
