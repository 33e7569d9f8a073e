// Every internal URL is built here, so that a sub-path deployment (SITE_URL) or a change of URL scheme
// is one edit, and no page or component writes a path. Pages end in "/" (trailingSlash: 'always');
// files keep their names.
import { DEFAULT_LOCALE, isLocale, LOCALE_LIST, type Locale } from './i18n/locales.ts';
import type { ClaimStatus } from './content/schema.ts';
import type { TranslatedCollection } from './content/collections.ts';

export interface Urls {
  home: () => string;
  /**
   * Every claim in event order, and its views by status and by actor; with a period (`YYYY`,
   * `YYYY-MM` or `YYYY-MM-DD`, see ./archives.ts), that period's archive page.
   */
  timeline: (period?: string) => string;
  statusTimeline: (status: ClaimStatus, period?: string) => string;
  actorTimeline: (actor: string, period?: string) => string;
  claims: () => string;
  claim: (slug: string) => string;
  /** A claim's breakdown as CSV; the feed of its updates, in the page's language where it is translated. */
  claimCsv: (slug: string) => string;
  claimFeed: (slug: string) => string;
  /**
   * What other sites may frame: a claim's status box, its breakdown chart, an incident's status bar;
   * and a claim's oEmbed record, which hands out its status box's snippet (each in the page's language
   * where the entry is translated into it).
   */
  claimEmbed: (slug: string) => string;
  breakdownEmbed: (slug: string) => string;
  incidentEmbed: (slug: string) => string;
  claimOembed: (slug: string) => string;
  /** Whether `path` is one of the pages above that other sites may frame, in any language. */
  isEmbed: (path: string) => boolean;
  unverified: (period?: string) => string;
  /** Every incident (with a period, that period's archive page), one incident's explainer, and its feed. */
  incidents: (period?: string) => string;
  /** An incident's explainer; with a period, that part of a claim list too long for one page. */
  incident: (slug: string, period?: string) => string;
  incidentFeed: (slug: string) => string;
  actors: () => string;
  actor: (slug: string) => string;
  /** Every place, with the overview map; one place's page, and with a period, that part of its claims. */
  places: () => string;
  place: (slug: string, period?: string) => string;
  methodology: () => string;
  /** Where the methodology explains places and precision. */
  placesMethod: () => string;
  /** Who stands behind the site: publisher, funding, conflicts of interest, contact, corrections. */
  about: () => string;
  /** Where the methodology says how a claim is reviewed. */
  reviews: () => string;
  /** An editor, where the About page names them. */
  editor: (slug: string) => string;
  /** Where the methodology defines a status. */
  statusDefinition: (status: ClaimStatus) => string;
  /** A claim as JSON. */
  claimJson: (slug: string) => string;
  /** The open-data page, a file listed there, and a file's JSON Schema. */
  data: () => string;
  dataFile: (name: string) => string;
  dataSchema: (name: string) => string;
  search: () => string;
  /**
   * Share cards (Open Graph images): a claim's, an actor's (in the page's language where the entry is
   * translated), and the site's for every other page (in the page's language).
   */
  claimCard: (slug: string) => string;
  actorCard: (slug: string) => string;
  siteCard: () => string;
  /** Where Pagefind writes its index and scripts. */
  pagefind: () => string;
  /** The site's feed, in the page's language (of the claims written in it). */
  feed: () => string;
  /**
   * Feeds to follow: a status's (in the page's language), a party's and a place's (in the page's
   * language where the entry is translated into it); every feed listed, and as OPML.
   */
  statusFeed: (status: ClaimStatus) => string;
  actorFeed: (slug: string) => string;
  placeFeed: (slug: string) => string;
  feeds: () => string;
  feedsOpml: () => string;
  sitemapIndex: () => string;
  robots: () => string;
  favicon: () => string;
  notFound: () => string;
  /** The slug of the claim page at `path`, in any language, or undefined when it is no claim page. */
  claimSlugAt: (path: string) => string | undefined;
  /** The slug of the incident page at `path`, in any language, or undefined when it is no incident page. */
  incidentSlugAt: (path: string) => string | undefined;
}

/** A page's language in its path, where it is not the default's: `uk/`, `ru/` (or nothing). */
const LOCALE_SEGMENT = `(?:(?:${LOCALE_LIST.filter((locale) => locale !== DEFAULT_LOCALE).join('|')})/)?`;

/** Where share cards are, under the site's base. */
export const CARDS_FOLDER = 'cards/';

/**
 * The site's addresses, for pages in `locale`. The interface (the lists, the archives, the methodology,
 * search, the data page) is written in every language, at `/uk/…` and `/ru/…` beside the English at
 * the addresses it has always had. An entry's own page, feed, embeds and share card (a claim, an
 * actor, an incident, a place) are in English at their one address, and in a language the entry is
 * `translated` into at that language's address too, its oEmbed record among them; its data is in English only.
 */
type Translated = (collection: TranslatedCollection, slug: string) => boolean;

/** The page of an entry of any translated collection, by `urls`. */
export const entryUrl = (urls: Urls, collection: TranslatedCollection, slug: string): string =>
  ({ claims: urls.claim, actors: urls.actor, incidents: urls.incident, places: urls.place })[collection](slug);

/**
 * An entry's own page, feed, embeds and share card: in the page's language (`local`) where the entry is translated
 * into it, else in the language it is written in (`at` its one address).
 */
function entryPages(at: (path: string) => string, local: (path: string) => string, translated: Translated) {
  const entry = (kind: TranslatedCollection, slug: string, path: string) =>
    translated(kind, slug) ? local(path) : at(path);
  return {
    claim: (slug: string) => entry('claims', slug, `claims/${slug}/`),
    claimFeed: (slug: string) => entry('claims', slug, `claims/${slug}/feed.xml`),
    claimCard: (slug: string) => entry('claims', slug, `${CARDS_FOLDER}claims/${slug}.png`),
    claimEmbed: (slug: string) => entry('claims', slug, `claims/${slug}/embed/`),
    breakdownEmbed: (slug: string) => entry('claims', slug, `claims/${slug}/embed/breakdown/`),
    claimOembed: (slug: string) => entry('claims', slug, `claims/${slug}/oembed.json`),
    actor: (slug: string) => entry('actors', slug, `actors/${slug}/`),
    actorFeed: (slug: string) => entry('actors', slug, `actors/${slug}/feed.xml`),
    actorCard: (slug: string) => entry('actors', slug, `${CARDS_FOLDER}actors/${slug}.png`),
    incident: (slug: string, period?: string) => entry('incidents', slug, `incidents/${slug}/${periodPath(period)}`),
    incidentFeed: (slug: string) => entry('incidents', slug, `incidents/${slug}/feed.xml`),
    incidentEmbed: (slug: string) => entry('incidents', slug, `incidents/${slug}/embed/`),
    place: (slug: string, period?: string) => entry('places', slug, `places/${slug}/${periodPath(period)}`),
    placeFeed: (slug: string) => entry('places', slug, `places/${slug}/feed.xml`),
  } satisfies Partial<Urls>;
}

export function createUrls(base: string, locale: Locale = DEFAULT_LOCALE, translated: Translated = () => false): Urls {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path}`;
  const home = locale === DEFAULT_LOCALE ? root : `${root}${locale}/`;
  /** An interface page, in the locale's language. */
  const local = (path: string) => `${home}${path}`;
  return {
    ...entryPages(at, local, translated),
    home: () => home,
    timeline: (period) => local(`timeline/${periodPath(period)}`),
    statusTimeline: (status, period) => local(`timeline/status/${status}/${periodPath(period)}`),
    actorTimeline: (actor, period) => local(`timeline/actor/${actor}/${periodPath(period)}`),
    claims: () => local('claims/'),
    claimCsv: (slug) => at(`claims/${slug}/breakdown.csv`),
    isEmbed: (path) => new RegExp(`^${root}${LOCALE_SEGMENT}(?:claims|incidents)/[^/]+/embed/`).test(path),
    unverified: (period) => local(`unverified/${periodPath(period)}`),
    // Archive pages sit one level further down, so no incident slug can ever take their address.
    incidents: (period) => local(period ? `incidents/archive/${periodPath(period)}` : 'incidents/'),
    actors: () => local('actors/'),
    places: () => local('places/'),
    methodology: () => local('methodology/'),
    placesMethod: () => local('methodology/#places'),
    about: () => local('about/'),
    editor: (slug) => local(`about/#${editorId(slug)}`),
    reviews: () => local('methodology/#reviews'),
    statusDefinition: (status) => local(`methodology/#status-${status}`),
    claimJson: (slug) => at(`claims/${slug}.json`),
    data: () => local('data/'),
    dataFile: (name) => at(`data/${name}`),
    dataSchema: (name) => at(`data/schema/${name}`),
    search: () => local('search/'),
    siteCard: () => local(`${CARDS_FOLDER}site.png`),
    pagefind: () => at('pagefind/'),
    feed: () => local('feed.xml'),
    statusFeed: (status) => local(`timeline/status/${status}/feed.xml`),
    feeds: () => local('feeds/'),
    feedsOpml: () => local('feeds.opml'),
    sitemapIndex: () => at('sitemap-index.xml'),
    robots: () => at('robots.txt'),
    favicon: () => at('favicon.svg'),
    notFound: () => at('404.html'),
    claimSlugAt: (path) => new RegExp(`^${root}${LOCALE_SEGMENT}claims/([^/]+)/$`).exec(path)?.[1],
    incidentSlugAt: (path) => new RegExp(`^${root}${LOCALE_SEGMENT}incidents/(?!archive/)([^/]+)/$`).exec(path)?.[1],
  };
}

/**
 * The path of an archive period below its list (`2024-03-05` → `2024/03/05/`, and a day's part
 * `2024-03-05/night-strikes` → `2024/03/05/night-strikes/`); none for the list itself.
 */
export function periodPath(period?: string): string {
  if (!period) return '';
  const [calendar = '', ...facets] = period.split('/');
  return `${[calendar.replaceAll('-', '/'), ...facets].join('/')}/`;
}

/** The route parameter of a `[...period]` page for a period: its path without the final slash. */
export const periodParam = (period: string): string => periodPath(period).slice(0, -1);

/** The id of an editor's entry on the About page (the fragment of editor). */
export const editorId = (slug: string) => `editor-${slug}`;

/** The id of a status's definition on the methodology page (the fragment of statusDefinition). */
export const statusDefinitionId = (status: ClaimStatus) => `status-${status}`;

/**
 * The address of the page at `path` (an address in any locale) in `locale`: "/uk/timeline/" for
 * "/timeline/" and "uk". For the language switcher and `hreflang`, of the pages that exist in `locale`:
 * every interface page, and an entry's page where the entry is translated into it.
 */
export function pathInLocale(base: string, path: string, locale: Locale): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = path.slice(root.length).replace(LOCALE_PREFIX, '');
  return locale === DEFAULT_LOCALE ? `${root}${rest}` : `${root}${locale}/${rest}`;
}

const LOCALE_PREFIX = new RegExp(`^(?:${LOCALE_LIST.join('|')})/`);

// Outside Vite (Playwright tests, Node scripts) there is no import.meta.env; they call createUrls.
const BASE = import.meta.env?.BASE_URL ?? '/';
export const urls: Urls = createUrls(BASE);

const byLocale = new Map<Locale, Urls>([[DEFAULT_LOCALE, urls]]);

/** The site's addresses for pages in a locale (the default locale's for a page outside any). */
export function urlsFor(locale?: string): Urls {
  const chosen = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const known = byLocale.get(chosen);
  if (known !== undefined) return known;
  const made = createUrls(BASE, chosen);
  byLocale.set(chosen, made);
  return made;
}
