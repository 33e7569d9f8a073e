// The page models of every date archive: for each list, its paths (src/data/archive-paths.ts) with
// what its pages list and say. The routes call these and render ArchiveListPage; nothing is worked out
// in a page.
import { CLAIM_STATUSES, type ClaimStatus } from '../lib/content/schema.ts';
import { claimItems, timelineDays } from '../lib/views/claims.ts';
import { foreignName } from '../lib/views/common.ts';
import type { ArchivePageView } from '../lib/views/archives.ts';
import { archivePaths, firstPath, type ArchiveList, type ArchiveProps, type ArchiveRoute } from './archive-paths.ts';
import {
  actorArchive,
  incidentSummaries,
  placeArchive,
  statusArchive,
  type Claim,
  type Incident,
  type SiteContent,
} from './content.ts';

/** The props of an archive page whose route shows nothing besides its model. */
export type ListPageProps<Shown extends object = object> = ArchiveProps<ArchiveList, Shown>;

const days =
  (content: SiteContent, options?: { withIncident: boolean }) =>
  (claims: readonly Claim[]): ArchiveList => ({ kind: 'days', days: timelineDays(claims, content.view, options) });

/** The timeline: every claim, by month. */
export function timelinePaths(content: SiteContent) {
  const { t } = content.view;
  return archivePaths(content, {
    archive: content.archives.timeline,
    href: (period) => content.view.urls.timeline(period),
    list: days(content),
    params: {},
    shown: {},
    section: 'timeline',
    words: (view) => ({
      title: view ? t('timeline.periodTitle', { period: view.label }) : t('timeline.title'),
      description: view
        ? t('timeline.periodDescription', { claims: t.count('count.claim', view.count), period: view.label })
        : t('timeline.description', { claims: t.count('count.claim', content.claims.length) }),
      heading: view ? t('timeline.periodTitle', { period: view.label }) : t('timeline.title'),
      list: { label: t('timeline.title'), href: content.view.urls.timeline() },
      indexHeading: t('archive.everyMonth'),
      empty: t('list.noClaims'),
    }),
    // The first page shows the whole site's overview and filters as well: rendered every build.
    keyFirst: false,
  });
}

/** Each status's claims, by year. Every status has its first page, so a status link never leads nowhere. */
export function statusPaths(content: SiteContent) {
  const { t } = content.view;
  return CLAIM_STATUSES.flatMap((status) => {
    const total = content.byStatus.get(status)?.length ?? 0;
    const name = t(`status.${status}.label`);
    const definition = t(`status.${status}.definition`);
    const label = t('statusTimeline.label', { status: name });
    const claims = (view: ArchivePageView | undefined) =>
      t.count('statusTimeline.counted', view?.count ?? total, { status: name.toLowerCase() });
    return archivePaths(content, {
      archive: statusArchive(content, status),
      href: (period) => content.view.urls.statusTimeline(status, period),
      list: days(content),
      params: { status },
      shown: { status, total, definition },
      section: 'timeline',
      words: (view) => ({
        title: view
          ? t('statusTimeline.periodTitle', { label: label.toLowerCase(), period: view.label })
          : t('statusTimeline.title', { label: label.toLowerCase() }),
        description: view
          ? t('statusTimeline.periodDescription', { claims: claims(view), period: view.label, definition })
          : t('statusTimeline.description', { claims: claims(view), definition }),
        heading: view ? t('statusTimeline.periodHeading', { label, period: view.label }) : label,
        list: { label, href: content.view.urls.statusTimeline(status) },
        indexHeading: t('archive.everyYear'),
        empty: t('claims.noneOfStatus', { status: name.toLowerCase() }),
        feed: { href: content.view.urls.statusFeed(status), title: t('statusTimeline.feedTitle', { status: name }) },
      }),
    });
  });
}

export type StatusPageProps = ListPageProps<{ status: ClaimStatus; total: number; definition: string }>;

/** Everything one party claimed or answered, by year. */
export function actorTimelinePaths(content: SiteContent) {
  const { t } = content.view;
  return content.actors.flatMap((actor) => {
    const { name } = actor.data;
    const total = content.byActor.get(actor.id)?.involved.length ?? 0;
    return archivePaths(content, {
      archive: actorArchive(content, actor.id),
      href: (period) => content.view.urls.actorTimeline(actor.id, period),
      list: days(content),
      params: { slug: actor.id },
      shown: { slug: actor.id, name, total },
      section: 'timeline',
      words: (view) => ({
        title: view ? t('actorTimeline.periodTitle', { name, period: view.label }) : t('actorTimeline.title', { name }),
        description: view
          ? t('actorTimeline.periodDescription', {
              claims: t.count('count.claim', view.count),
              name,
              period: view.label,
            })
          : t('actorTimeline.description', { claims: t.count('count.claim', total), name }),
        heading: view
          ? t('actorTimeline.periodHeading', { name, period: view.label })
          : t('actorTimeline.heading', { name }),
        list: { label: t('actorTimeline.title', { name }), href: content.view.urls.actorTimeline(actor.id) },
        indexHeading: t('archive.everyYear'),
        empty: t('actorTimeline.none', { name }),
        foreign: foreignName(name, content.view.langOf('actors', actor.id)),
      }),
    });
  });
}

export type ActorTimelinePageProps = ListPageProps<{ slug: string; name: string; total: number }>;

/** The claims no one independent of the claimant has confirmed, by year. */
export function unverifiedPaths(content: SiteContent) {
  const { t } = content.view;
  const total = content.byStatus.get('unverified')?.length ?? 0;
  return archivePaths(content, {
    archive: statusArchive(content, 'unverified'),
    href: (period) => content.view.urls.unverified(period),
    list: (claims): ArchiveList => ({ kind: 'claims', items: claimItems(claims, content.view) }),
    params: {},
    shown: { total },
    section: 'unverified',
    words: (view) => {
      const claims = t.count('count.claim', view?.count ?? total);
      return {
        title: view ? t('unverified.periodTitle', { period: view.label }) : t('unverified.title'),
        description: view
          ? t('unverified.periodDescription', { claims, period: view.label })
          : t('unverified.description', { claims }),
        heading: view ? t('unverified.periodTitle', { period: view.label }) : t('unverified.title'),
        list: { label: t('unverified.title'), href: content.view.urls.unverified() },
        indexHeading: t('archive.everyYear'),
        empty: t('claims.noneOfStatus', { status: t('status.unverified.label').toLowerCase() }),
      };
    },
  });
}

export type UnverifiedPageProps = ListPageProps<{ total: number }>;

/** Every incident, by the year it was first reported, newest first; the first page is /incidents/. */
export const incidentArchivePaths = (content: SiteContent) => archivePaths(content, incidentRoute(content));

function incidentRoute(content: SiteContent): ArchiveRoute<Incident, ArchiveList, object, object> {
  const { t } = content.view;
  return {
    archive: content.archives.incidents,
    href: (period) => content.view.urls.incidents(period),
    list: (incidents: readonly Incident[]): ArchiveList => ({
      kind: 'incidents',
      incidents: incidentSummaries(content, [...incidents].reverse()),
    }),
    params: {},
    shown: {},
    section: 'incidents',
    noun: 'incident',
    withFirst: false,
    words: (view) => ({
      title: view ? t('incidents.periodTitle', { period: view.label }) : t('incidents.title'),
      description: view
        ? t('incidents.periodDescription', { incidents: t.count('count.incident', view.count), period: view.label })
        : t('incidents.description', { incidents: t.count('count.incident', content.incidents.length) }),
      heading: view ? t('incidents.periodTitle', { period: view.label }) : t('incidents.title'),
      list: { label: t('incidents.title'), href: content.view.urls.incidents() },
      indexHeading: t('archive.everyYear'),
      empty: t('incidents.none'),
    }),
  };
}

/** The first page of the incidents (/incidents/): the latest year in full, and every year. */
export function latestIncidents(content: SiteContent) {
  return firstPath(content, incidentRoute(content)).props;
}

/**
 * The parts of an incident's claims, for the `incidents` (those a locale has pages for) with more claims
 * than one page may list: one month each (cut into days where needed), each with its own unverified
 * filter. The explainer is the first page.
 */
export function incidentPartPaths(content: SiteContent, incidents: readonly Incident[]) {
  const { t } = content.view;
  return incidents.flatMap((incident) => {
    const archive = content.archives.byIncident.get(incident.id);
    if (archive === undefined) return [];
    const { title } = incident.data;
    return archivePaths(content, {
      archive,
      href: (period) => content.view.urls.incident(incident.id, period),
      list: (claims): ArchiveList => ({
        kind: 'days',
        days: timelineDays(claims, content.view, { withIncident: false }),
        unverified: {
          total: claims.length,
          unverified: claims.filter((claim) => claim.data.status === 'unverified').length,
        },
      }),
      params: { slug: incident.id },
      shown: {},
      section: 'incidents',
      withFirst: false,
      words: (view) => ({
        title: t('incident.periodTitle', { title, period: view?.label ?? '' }),
        description: t('incident.periodDescription', {
          claims: t.count('count.claim', view?.count ?? 0),
          title,
          period: view?.label ?? '',
        }),
        heading: t('incident.periodTitle', { title, period: view?.label ?? '' }),
        list: { label: title, href: content.view.urls.incident(incident.id) },
        indexHeading: t('archive.everyYear'),
        empty: t('list.noClaims'),
      }),
    });
  });
}

/** A place's claims (naming it or a place within it), by year; its first page is the place's own. */
export function placeClaimPaths<Shown extends object>(
  content: SiteContent,
  place: SiteContent['places'][number],
  shown: Shown,
  first: { description: string; intro: string },
) {
  const { t } = content.view;
  const { name } = place.data;
  return archivePaths(content, {
    archive: placeArchive(content, place.id),
    href: (period) => content.view.urls.place(place.id, period),
    list: days(content),
    params: { slug: place.id },
    shown,
    section: 'places',
    words: (view) => ({
      title: view ? t('place.periodTitle', { name, period: view.label }) : name,
      description: view
        ? t('place.periodDescription', { claims: t.count('count.claim', view.count), name, period: view.label })
        : first.description,
      intro: view ? undefined : first.intro,
      heading: view ? t('place.periodTitle', { name, period: view.label }) : t('place.claimsAbout', { name }),
      list: { label: name, href: content.view.urls.place(place.id) },
      indexHeading: t('archive.everyYear'),
      empty: t('place.noClaims', { name }),
      feed: { href: content.view.urls.placeFeed(place.id), title: t('place.feedTitle', { name }) },
    }),
  });
}
