// Everything an incident's explainer shows apart from its MDX body: its facts, its claims in event
// order (or, for an incident with more claims than one page may list, the parts they are read in),
// what is still unverified, its figures, who said what, its sources and its embed. Worked out when the
// page renders; its key (incidentPageKey) is cheaper, so a rebuild that copies the page skips it.
import type { Source } from '../lib/content/schema.ts';
import { cacheKey } from '../lib/cache-key.ts';
import { incidentEvent } from '../lib/structured-data.ts';
import { periodLink, type PeriodLink } from '../lib/views/archives.ts';
import { timelineDays, type DayItems } from '../lib/views/claims.ts';
import { placeLink, type PlaceLink } from '../lib/views/common.ts';
import { incidentEmbed, type EmbedFrame } from '../lib/views/embeds.ts';
import { breakdownFigure, type BreakdownFigureView } from '../lib/views/figures.ts';
import {
  incidentParties,
  incidentSources,
  incidentSummary,
  type IncidentSummaryView,
  type PartyView,
} from '../lib/views/incidents.ts';
import type { PlaceMapView } from '../lib/views/places.ts';
import {
  actorOf,
  claimsOfIncident,
  placeOf,
  type Claim,
  type Incident,
  type Place,
  type SiteContent,
} from './content.ts';
import { placeMap } from './place-maps.ts';
import { translationOf } from './locale-paths.ts';

export interface IncidentPage {
  title: string;
  description: string;
  feed: { href: string; title: string };
  jsonLd: Record<string, unknown>;
  summary: IncidentSummaryView;
  /** The places the incident itself names. */
  places: PlaceLink[];
  /** The map of the places it and its claims name, where they name any. */
  map: PlaceMapView | undefined;
  unverified: { count: number; total: number };
  /** Its claims, day by day; or, when they are too many for one page, the parts they are read in. */
  claims: { days: DayItems[]; parts: undefined } | { days: undefined; parts: PeriodLink[] };
  figures: BreakdownFigureView[];
  parties: PartyView[];
  sources: Source[];
  pageUrl: string;
  embed: EmbedFrame;
}

/**
 * What the explainer shows, hashed: its incident (its body through the digest), its claims, the names
 * they carry, the places it and its claims name (its map), and how its claims are cut into parts (set
 * by them and the page bound, a build setting).
 */
export const incidentPageKey = (incident: Incident, places: readonly Place[], content: SiteContent) =>
  cacheKey([
    incident.id,
    incident.data,
    incident.digest,
    claimsOfIncident(content, incident.id).map((claim) => [claim.id, claim.data]),
    places.map((place) => [place.id, place.data]),
    content.namesKey,
  ]);

/** The breakdown figures of an incident's claims, in event order. */
const figuresOf = (claims: readonly Claim[], content: SiteContent): BreakdownFigureView[] =>
  claims.flatMap((claim) =>
    claim.data.breakdown
      ? [breakdownFigure(claim, claim.data.breakdown, actorOf(content, claim.data.claimant).data.name, content.view)]
      : [],
  );

/** The explainer's structured data: the incident as an Event, in the page's language, with its places and reviews. */
function incidentJsonLd(incident: Incident, claims: readonly Claim[], content: SiteContent, site: URL) {
  const { view } = content;
  const absolute = (path: string) => new URL(path, site).href;
  return incidentEvent({
    incident,
    places: (incident.data.places ?? []).map((slug) => ({
      data: placeOf(content, slug).data,
      url: absolute(view.urls.place(slug)),
    })),
    pageUrl: absolute(view.urls.incident(incident.id)),
    lang: view.t.lang,
    claims: claims.map((claim) => ({
      title: claim.data.title,
      url: absolute(view.urls.claim(claim.id)),
      lang: view.langOf('claims', claim.id) ?? view.t.lang,
    })),
  });
}

/** The explainer of `incident` on a site at `site`, given the places it and its claims name. */
export function incidentPage(
  incident: Incident,
  places: readonly Place[],
  content: SiteContent,
  site: URL,
): IncidentPage {
  const { view } = content;
  const { t } = view;
  const claims = claimsOfIncident(content, incident.id);
  const summary = incidentSummary(incident, claims, view);
  // An incident with more claims than one page may list keeps its explainer light: its claims are read
  // in parts by month (and day), each part with its own unverified filter; here, the tallies.
  const parts = content.archives.byIncident.get(incident.id);
  return {
    title: incident.data.title,
    description: t('incident.description', {
      dates: summary.dates,
      claims: t.count('count.claim', summary.total),
      statuses: summary.byStatus,
    }),
    feed: { href: view.urls.incidentFeed(incident.id), title: t('incident.feedTitle', { title: incident.data.title }) },
    jsonLd: incidentJsonLd(incident, claims, content, site),
    summary,
    places: (incident.data.places ?? []).map((slug) => placeLink(slug, view)),
    map:
      places.length > 0
        ? placeMap(
            content,
            places.map((place) => place.id),
            { idPrefix: 'where', title: t('incident.mapTitle'), heading: t('claim.mapHeading'), linked: false },
          )
        : undefined,
    unverified: {
      count: claims.filter((claim) => claim.data.status === 'unverified').length,
      total: claims.length,
    },
    claims: parts
      ? {
          days: undefined,
          parts: parts.periods.map((period) => periodLink(period, (p) => view.urls.incident(incident.id, p), t)),
        }
      : { days: timelineDays(claims, view, { withIncident: false }), parts: undefined },
    figures: figuresOf(claims, content),
    parties: incidentParties(claims, view),
    sources: incidentSources(claims),
    pageUrl: new URL(view.urls.incident(incident.id), site).href,
    embed: incidentEmbed(summary, view, site, translationOf(content, 'incidents', incident.id)).frame,
  };
}
