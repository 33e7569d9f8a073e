// The pages of every date archive (the timeline, a status's, a party's, a place's, the unverified
// claims, the incidents, an incident's parts), each worked out once in getStaticPaths: what the page
// lists, the links around it, its words, and a key over exactly that (src/lib/cache-key.ts). A
// rebuild then renders only the archive pages an edit reaches and copies the rest, as it does claim
// pages; the page (src/components/ArchiveListPage.astro) renders its props and nothing else.
import type { Archive } from '../lib/archives.ts';
import { latestListing } from '../lib/archives.ts';
import { cacheKey, sharedViewKey } from '../lib/cache-key.ts';
import type { ClaimItem, DayItems } from '../lib/views/claims.ts';
import type { IncidentSummaryView } from '../lib/views/incidents.ts';
import type { ForeignWords } from '../lib/views/common.ts';
import { periodParam } from '../lib/urls.ts';
import {
  archiveIndex,
  archivePageView,
  latestLink,
  type ArchivePageView,
  type PeriodHref,
  type PeriodLink,
} from '../lib/views/archives.ts';
import type { SiteContent } from './content.ts';

/** One period's page: where it sits and what it lists. */
export interface PeriodModel<List> {
  view: ArchivePageView;
  list: List;
}

/** The archive's first page: its latest period, listed, and an index of every period. */
export interface LatestModel<List> {
  latest: PeriodLink | undefined;
  periods: PeriodLink[];
  list: List;
}

/** Which of the two a page is, with its model. */
type PageModel<List> =
  { period: PeriodModel<List>; first: undefined } | { period: undefined; first: LatestModel<List> };

/** How an archive page lists what it holds. */
export type ArchiveList =
  | {
      kind: 'days';
      days: DayItems[];
      /** The "only unverified" checkbox over the list, where a list has one (an incident's parts). */
      unverified?: { total: number; unverified: number };
    }
  | { kind: 'claims'; items: ClaimItem[] }
  | { kind: 'incidents'; incidents: IncidentSummaryView[] };

/** What an archive page says besides its list, in the page's language. */
export interface ArchiveWords {
  title: string;
  description: string;
  /** The first page's heading, or the period's. */
  heading: string;
  /** The list a period belongs to, as the way back up from it. */
  list: { label: string; href: string };
  /** Over the first page's index of periods: "Every month". */
  indexHeading: string;
  /** The first page of an empty list. */
  empty: string;
  /** What the first page says of its list before it, where the list is part of a larger page. */
  intro?: string | undefined;
  /** A feed of the list, announced in the page's head. */
  feed?: { href: string; title: string } | undefined;
  /** The name of the entry the list is of, where it is not in the page's language: marked in the heading. */
  foreign?: ForeignWords | undefined;
}

/** The site section an archive belongs to, for the navigation. */
export type ArchiveSection = 'timeline' | 'unverified' | 'incidents' | 'places';

export type ArchiveProps<List, Shown> = Shown &
  PageModel<List> & { words: ArchiveWords; section: ArchiveSection; noun: 'claim' | 'incident' };

export interface ArchiveRoute<Item, List extends ArchiveList, Shown, Params> {
  archive: Archive<Item>;
  href: PeriodHref;
  /** How the page lists what a period holds. */
  list: (items: readonly Item[]) => List;
  /** The route's own parameters (a status, a party's slug), besides the period. */
  params: Params;
  /** What else the pages show that is not in the archive (a party's name, a total), as plain data. */
  shown: Shown;
  /** The words of the first page (no view) or of a period's page. */
  words: (view: ArchivePageView | undefined) => ArchiveWords;
  section: ArchiveSection;
  /** What the list holds: claims (the default) or incidents. */
  noun?: 'claim' | 'incident';
  /** Whether the first page is one of the paths (not where another route shows it, as /incidents/). */
  withFirst?: boolean;
  /** Whether the first page is keyed too (not when it shows more than its model, as the timeline's). */
  keyFirst?: boolean;
}

/** Every path of one archive: its first page (unless another route shows it), then one per period. */
export function archivePaths<Item, List extends ArchiveList, Shown extends object, Params extends object>(
  content: SiteContent,
  route: ArchiveRoute<Item, List, Shown, Params>,
) {
  const periods = periodPaths(content, route);
  return route.withFirst === false ? periods : [firstPath(content, route), ...periods];
}

function pageProps<List extends ArchiveList, Shown extends object>(
  {
    shown,
    words,
    section,
    noun = 'claim',
  }: Pick<ArchiveRoute<unknown, List, Shown, object>, 'shown' | 'words' | 'section' | 'noun'>,
  model: PageModel<List>,
  view: ArchivePageView | undefined,
): ArchiveProps<List, Shown> {
  return { ...shown, ...model, words: words(view), section, noun };
}

/** An archive's first page: its latest period listed, and an index of every period. */
export function firstPath<Item, List extends ArchiveList, Shown extends object, Params extends object>(
  content: SiteContent,
  route: ArchiveRoute<Item, List, Shown, Params>,
) {
  const { archive, href, list, params, keyFirst = true } = route;
  const { t } = content.view;
  const first: LatestModel<List> = {
    latest: latestLink(archive, href, t, content.facetNames),
    periods: archiveIndex(archive, href, t),
    list: list(latestListing(archive)?.items ?? []),
  };
  const props = pageProps(route, { period: undefined, first }, undefined);
  return {
    params: { ...params, period: undefined },
    props,
    cacheKey: keyFirst ? archivePageKey(params, props) : undefined,
  };
}

/** One page per period of an archive, each with its model and key. */
function periodPaths<Item, List extends ArchiveList, Shown extends object, Params extends object>(
  content: SiteContent,
  route: ArchiveRoute<Item, List, Shown, Params>,
) {
  const { archive, href, list, params } = route;
  return archive.pages.map((page) => {
    const period: PeriodModel<List> = {
      view: archivePageView(archive, page, href, content.view.t, content.facetNames),
      list: list(page.items),
    };
    const props = pageProps(route, { period, first: undefined }, period.view);
    return { params: { ...params, period: periodParam(page.period) }, props, cacheKey: archivePageKey(params, props) };
  });
}

/** An archive page's key: what it shows, its list by the keys of the items in it (listKey). */
function archivePageKey(params: object, props: ArchiveProps<ArchiveList, object>): string {
  const { first, period } = props;
  return cacheKey([
    params,
    {
      ...props,
      first: first && { ...first, list: listKey(first.list) },
      period: period && { ...period, list: listKey(period.list) },
    },
  ]);
}

/**
 * What a list contributes to its page's key: each claim or incident by the key of its view, which
 * every list of the language that shows it shares (claimItem is made once per claim), so that a claim
 * listed on many pages is hashed once.
 */
function listKey(list: ArchiveList): unknown {
  switch (list.kind) {
    case 'days':
      return { ...list, days: list.days.map(({ day, items }) => ({ day, items: items.map(sharedViewKey) })) };
    case 'claims':
      return { ...list, items: list.items.map(sharedViewKey) };
    case 'incidents':
      return { ...list, incidents: list.incidents.map(sharedViewKey) };
  }
}
