// Every internal URL is built here, so that a sub-path deployment (SITE_URL) or a change of URL scheme
// is one edit, and no page or component writes a path. Pages end in "/" (trailingSlash: 'always');
// files keep their names.
import type { ClaimStatus } from './content/schema.ts';

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
  /** A claim's breakdown as CSV, and the feed of its updates. */
  claimCsv: (slug: string) => string;
  claimFeed: (slug: string) => string;
  /**
   * What other sites may frame: a claim's status box, its breakdown chart, an incident's status bar;
   * and a claim's oEmbed record, which hands out the status box's snippet.
   */
  claimEmbed: (slug: string) => string;
  breakdownEmbed: (slug: string) => string;
  incidentEmbed: (slug: string) => string;
  claimOembed: (slug: string) => string;
  /** Whether `path` is one of the pages above that other sites may frame. */
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
  /** Share cards (Open Graph images): a claim's, an actor's, and the site's for every other page. */
  claimCard: (slug: string) => string;
  actorCard: (slug: string) => string;
  siteCard: () => string;
  /** Where Pagefind writes its index and scripts. */
  pagefind: () => string;
  feed: () => string;
  /** Feeds to follow: a status's, a party's, a place's; every feed listed, and as OPML. */
  statusFeed: (status: ClaimStatus) => string;
  actorFeed: (slug: string) => string;
  placeFeed: (slug: string) => string;
  feeds: () => string;
  feedsOpml: () => string;
  sitemapIndex: () => string;
  robots: () => string;
  favicon: () => string;
  notFound: () => string;
  /** The slug of the claim page at `path`, or undefined when it is no claim page. */
  claimSlugAt: (path: string) => string | undefined;
  /** The slug of the incident page at `path`, or undefined when it is no incident page. */
  incidentSlugAt: (path: string) => string | undefined;
}

/** Where share cards are, under the site's base. */
export const CARDS_FOLDER = 'cards/';

export function createUrls(base: string): Urls {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path}`;
  return {
    home: () => root,
    timeline: (period) => at(`timeline/${periodPath(period)}`),
    statusTimeline: (status, period) => at(`timeline/status/${status}/${periodPath(period)}`),
    actorTimeline: (actor, period) => at(`timeline/actor/${actor}/${periodPath(period)}`),
    claims: () => at('claims/'),
    claim: (slug) => at(`claims/${slug}/`),
    claimCsv: (slug) => at(`claims/${slug}/breakdown.csv`),
    claimFeed: (slug) => at(`claims/${slug}/feed.xml`),
    claimEmbed: (slug) => at(`claims/${slug}/embed/`),
    breakdownEmbed: (slug) => at(`claims/${slug}/embed/breakdown/`),
    incidentEmbed: (slug) => at(`incidents/${slug}/embed/`),
    claimOembed: (slug) => at(`claims/${slug}/oembed.json`),
    isEmbed: (path) => new RegExp(`^${root}(?:claims|incidents)/[^/]+/embed/`).test(path),
    unverified: (period) => at(`unverified/${periodPath(period)}`),
    // Archive pages sit one level further down, so no incident slug can ever take their address.
    incidents: (period) => at(period ? `incidents/archive/${periodPath(period)}` : 'incidents/'),
    incident: (slug, period) => at(`incidents/${slug}/${periodPath(period)}`),
    incidentFeed: (slug) => at(`incidents/${slug}/feed.xml`),
    actors: () => at('actors/'),
    actor: (slug) => at(`actors/${slug}/`),
    places: () => at('places/'),
    place: (slug, period) => at(`places/${slug}/${periodPath(period)}`),
    methodology: () => at('methodology/'),
    placesMethod: () => at('methodology/#places'),
    about: () => at('about/'),
    editor: (slug) => at(`about/#${editorId(slug)}`),
    reviews: () => at('methodology/#reviews'),
    statusDefinition: (status) => at(`methodology/#status-${status}`),
    claimJson: (slug) => at(`claims/${slug}.json`),
    data: () => at('data/'),
    dataFile: (name) => at(`data/${name}`),
    dataSchema: (name) => at(`data/schema/${name}`),
    search: () => at('search/'),
    claimCard: (slug) => at(`${CARDS_FOLDER}claims/${slug}.png`),
    actorCard: (slug) => at(`${CARDS_FOLDER}actors/${slug}.png`),
    siteCard: () => at(`${CARDS_FOLDER}site.png`),
    pagefind: () => at('pagefind/'),
    feed: () => at('feed.xml'),
    statusFeed: (status) => at(`timeline/status/${status}/feed.xml`),
    actorFeed: (slug) => at(`actors/${slug}/feed.xml`),
    placeFeed: (slug) => at(`places/${slug}/feed.xml`),
    feeds: () => at('feeds/'),
    feedsOpml: () => at('feeds.opml'),
    sitemapIndex: () => at('sitemap-index.xml'),
    robots: () => at('robots.txt'),
    favicon: () => at('favicon.svg'),
    notFound: () => at('404.html'),
    claimSlugAt: (path) => new RegExp(`^${root}claims/([^/]+)/$`).exec(path)?.[1],
    incidentSlugAt: (path) => new RegExp(`^${root}incidents/(?!archive/)([^/]+)/$`).exec(path)?.[1],
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

// Outside Vite (Playwright tests, Node scripts) there is no import.meta.env; they call createUrls.
export const urls: Urls = createUrls(import.meta.env?.BASE_URL ?? '/');
