// The feeds a reader can follow besides the site's and a claim's: one per status, per party, per
// incident and per place, each the newest FEED_LENGTH items of what its page lists. Worked out here
// once, for the feed files, the /feeds/ page and its OPML file alike. In a language other than
// English, a feed holds what its page lists: a claim translated into it in it, linking to its page in
// it, and any other in English, saying so, linking to its English page. A party's, incident's or
// place's feed exists in a language where that entry is translated into it: the language's /feeds/
// page lists the others' English feeds, marked as English.
import { CLAIM_STATUSES, type ClaimStatus } from '../lib/content/schema.ts';
import { claimFeedItems, latestItems, responseFeedItem, type FeedItem } from '../lib/feeds.ts';
import { kept } from '../lib/memo.ts';
import { SITE_NAME } from '../lib/structured-data.ts';
import { claimsOfIncident, type Claim, type SiteContent } from './content.ts';

export interface FollowFeed {
  /** Where the feed is, and the page whose list it follows. */
  href: string;
  page: string;
  /** What it follows, as the /feeds/ page lists it: "Unverified claims", a party's name. */
  label: string;
  /**
   * The label's language, where it is an entry's own name not in the page's language: then the feed at
   * `href` is that entry's feed in English.
   */
  lang: string | undefined;
  title: string;
  description: string;
  items: FeedItem[];
}

/**
 * Each claim's items, by language (its content) and claim, made once per build: a claim is in many
 * feeds (the site's, its status's, its party's, its incident's and its places'), and each route and
 * page that lists feeds works them out. At 10,000 claims that was 3 s of every rebuild.
 */
const itemsMade = new WeakMap<SiteContent, Map<string, FeedItem[]>>();

/** The items of `claims` in a feed in `content`'s language (see the top of this file). */
export function claimItems(content: SiteContent, claims: readonly Claim[]): FeedItem[] {
  const made = kept(itemsMade, content, () => new Map<string, FeedItem[]>());
  return claims.flatMap((claim) =>
    kept(made, claim.id, () =>
      claimFeedItems(
        claim,
        content.view.nameOf(claim.data.claimant),
        content.view.urls.claim(claim.id),
        content.view.t,
        content.wordsIn('claims', claim.id),
      ),
    ),
  );
}

export function statusFeed(content: SiteContent, status: ClaimStatus): FollowFeed {
  const { t } = content.view;
  const label = t(`status.${status}.label`);
  return {
    href: content.view.urls.statusFeed(status),
    page: content.view.urls.statusTimeline(status),
    label: t('feeds.status.label', { status: label }),
    lang: undefined,
    title: t('feeds.status.title', { site: SITE_NAME, status: label.toLowerCase() }),
    description: t('feeds.status.description', { status: label.toLowerCase() }),
    items: latestItems(claimItems(content, content.byStatus.get(status) ?? [])),
  };
}

export function actorFeed(content: SiteContent, slug: string): FollowFeed {
  const name = content.view.nameOf(slug);
  const activity = content.byActor.get(slug);
  const responses = [...(activity?.responded ?? []), ...(activity?.silences ?? [])].map(({ claim, response }) =>
    responseFeedItem(
      claim,
      response,
      name,
      content.view.urls.claim(claim.id),
      content.view.t,
      content.wordsIn('claims', claim.id),
    ),
  );
  return {
    href: content.view.urls.actorFeed(slug),
    page: content.view.urls.actor(slug),
    label: name,
    lang: content.view.langOf('actors', slug),
    title: content.view.t('feeds.named.title', { site: SITE_NAME, name }),
    description: content.view.t('feeds.actor.description', { name }),
    items: latestItems([...claimItems(content, activity?.claimed ?? []), ...responses]),
  };
}

export function incidentFeed(content: SiteContent, slug: string): FollowFeed {
  const title = content.view.incidentTitleOf(slug);
  return {
    href: content.view.urls.incidentFeed(slug),
    page: content.view.urls.incident(slug),
    label: title,
    lang: content.view.langOf('incidents', slug),
    title: content.view.t('feeds.named.title', { site: SITE_NAME, name: title }),
    description: content.view.t('feeds.incident.description'),
    items: latestItems(claimItems(content, claimsOfIncident(content, slug))),
  };
}

export function placeFeed(content: SiteContent, slug: string): FollowFeed {
  const name = content.view.placeNameOf(slug);
  return {
    href: content.view.urls.placeFeed(slug),
    page: content.view.urls.place(slug),
    label: name,
    lang: content.view.langOf('places', slug),
    title: content.view.t('feeds.named.title', { site: SITE_NAME, name }),
    description: content.view.t('feeds.place.description', { name }),
    items: latestItems(claimItems(content, content.byPlace.get(slug)?.all ?? [])),
  };
}

/** Every feed to follow, grouped as the /feeds/ page lists them. */
export function followFeeds(content: SiteContent) {
  const { t } = content.view;
  return [
    {
      id: 'feeds-by-status',
      heading: t('feeds.byStatus'),
      feeds: CLAIM_STATUSES.map((status) => statusFeed(content, status)),
    },
    {
      id: 'feeds-by-party',
      heading: t('feeds.byParty'),
      feeds: content.actors.map((actor) => actorFeed(content, actor.id)),
    },
    {
      id: 'feeds-by-incident',
      heading: t('feeds.byIncident'),
      feeds: content.incidents.map((incident) => incidentFeed(content, incident.id)),
    },
    {
      id: 'feeds-by-place',
      heading: t('feeds.byPlace'),
      feeds: content.places.map((place) => placeFeed(content, place.id)),
    },
  ];
}
