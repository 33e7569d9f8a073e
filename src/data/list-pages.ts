// The page models of the pages that list the site's content: the home page, the claims by status and
// the places. Each page stays light however large the site grows: longer lists continue on the date
// archives (src/data/archive-pages.ts).
import { placeTree } from '../lib/places.ts';
import { archiveIndex } from '../lib/views/archives.ts';
import { claimItems, statusCounts } from '../lib/views/claims.ts';
import { latest } from '../lib/views/common.ts';
import { headlineFigure } from '../lib/views/figures.ts';
import { placeListItems } from '../lib/views/places.ts';
import { incidentSummaries, statusArchive, type SiteContent } from './content.ts';
import { placeMap } from './place-maps.ts';

/** How many claims and incidents the home page lists. */
const HOME_CLAIMS = 5;
const HOME_INCIDENTS = 3;

/**
 * The home page: the latest incidents, the latest claim's figures, and one list of the latest claims, so
 * that no claim is listed twice.
 */
export function homePage(content: SiteContent) {
  const { view } = content;
  return {
    incidents: incidentSummaries(content, content.incidents.slice(0, HOME_INCIDENTS)),
    /** Every incident, where the page does not list them all. */
    allIncidents: content.incidents.length > HOME_INCIDENTS ? content.incidents.length : undefined,
    headline: headlineFigure(content.claims, view),
    claims: claimItems(latest(content.claims, HOME_CLAIMS), view),
    total: content.claims.length,
    unverified: content.byStatus.get('unverified')?.length ?? 0,
    readOn: (
      [
        ['home.readIncidents', content.view.urls.incidents()],
        ['home.readTimeline', content.view.urls.timeline()],
        ['home.readClaims', content.view.urls.claims()],
        ['home.readActors', content.view.urls.actors()],
        ['home.readMethodology', content.view.urls.methodology()],
      ] as const
    ).map(([key, href]) => ({ key, href, label: view.t(`${key}Link`) })),
  };
}

/** How many of each status's claims the claims page lists. */
export const SHOWN_PER_STATUS = 25;

/** All claims by status: each status with its count, definition, latest claims and years. */
export function claimsByStatusPage(content: SiteContent) {
  const { view } = content;
  return {
    total: content.claims.length,
    statuses: statusCounts(content.byStatus, view).map((status) => ({
      ...status,
      definition: view.t(`status.${status.status}.definition`),
      latest: claimItems(latest(content.byStatus.get(status.status) ?? [], SHOWN_PER_STATUS), view),
      periods: archiveIndex(
        statusArchive(content, status.status),
        (period) => content.view.urls.statusTimeline(status.status, period),
        view.t,
      ),
    })),
  };
}

/** Every place claims name: the overview map, then the places grouped by where they lie. */
export function placesPage(content: SiteContent) {
  const { t } = content.view;
  const claimsOf = (slug: string) => {
    const claims = content.byPlace.get(slug);
    return { all: claims?.all.length ?? 0, direct: claims?.direct ?? 0 };
  };
  return {
    total: content.places.length,
    items: placeListItems(placeTree(content.places), claimsOf, content.view),
    map:
      content.places.length > 0
        ? placeMap(
            content,
            content.places.map((place) => place.id),
            {
              idPrefix: 'overview-map',
              title: t('places.mapTitle'),
              heading: t('places.mapHeading'),
              overview: true,
              claims: new Map(content.places.map((place) => [place.id, claimsOf(place.id).direct])),
            },
          )
        : undefined,
  };
}
