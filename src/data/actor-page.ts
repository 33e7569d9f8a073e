// Everything an actor's page shows apart from its MDX body. It stays light however much an actor says:
// the latest of each list here, everything on its timeline. Worked out when the page renders, so that a
// rebuild that copies the page does not work it out: the page's key (actorPageKey) is cheaper.
import { cacheKey, sharedViewKey } from '../lib/cache-key.ts';
import { actorResponseItems, type ActorResponseItem } from '../lib/views/actors.ts';
import { overviewBarHref } from '../lib/views/archives.ts';
import { claimItems, type ClaimItem } from '../lib/views/claims.ts';
import { latest, type PlaceLink } from '../lib/views/common.ts';
import { incidentsOfActor, type IncidentSummaryView } from '../lib/views/incidents.ts';
import { overviewView, type OverviewView } from '../lib/views/overview.ts';
import { placesNamedIn } from '../lib/views/places.ts';
import { actorShareCard } from '../lib/views/sharing.ts';
import { affiliationName, responseTally, type AffiliationName } from '../lib/wording.ts';
import { actorArchive, incidentOf, incidentSummaries, type Actor, type SiteContent } from './content.ts';

/** How many of each list an actor's page shows. */
export const SHOWN = 25;

/** Some of a list, and how many it holds. */
interface Latest<Item> {
  items: Item[];
  total: number;
}

export interface ActorPage {
  slug: string;
  file: string;
  name: string;
  description: string;
  kind: string;
  role: string | undefined;
  affiliation: AffiliationName;
  timelineHref: string;
  feed: { href: string; title: string };
  card: { href: string; alt: string };
  overview: OverviewView | undefined;
  incidents: Latest<IncidentSummaryView>;
  /** The places its claims and responses name, each with how many name it. */
  places: (PlaceLink & { claims: string })[];
  claimed: Latest<ClaimItem>;
  responded: Latest<ActorResponseItem>;
  silences: Latest<ActorResponseItem>;
}

/** The incidents an actor made or answered claims in, newest first, each with its tally. */
export const actorIncidents = (actor: Actor, content: SiteContent): IncidentSummaryView[] =>
  incidentSummaries(
    content,
    incidentsOfActor(content.byActor.get(actor.id)?.involved ?? [], (slug) => incidentOf(content, slug)),
  );

/**
 * What the page shows, hashed: its actor (its body through the digest), the claims it made or
 * answered, the incidents they belong to with each one's tally, and the names they carry.
 */
export const actorPageKey = (actor: Actor, incidents: readonly IncidentSummaryView[], content: SiteContent) =>
  cacheKey([
    actor.id,
    actor.data,
    actor.digest,
    (content.byActor.get(actor.id)?.involved ?? []).map((claim) => [claim.id, sharedViewKey(claim.data)]),
    incidents.map(sharedViewKey),
    content.namesKey,
  ]);

/** The page of `actor`, given its incidents (actorIncidents, worked out once for its key). */
export function actorPage(actor: Actor, incidents: IncidentSummaryView[], content: SiteContent): ActorPage {
  const { view } = content;
  const { t } = view;
  const { data } = actor;
  const activity = content.byActor.get(actor.id) ?? { claimed: [], responded: [], silences: [], involved: [] };
  return {
    slug: actor.id,
    file: actor.filePath ?? '',
    name: data.name,
    description: t('actor.description', {
      name: data.role ? t('actor.nameWithRole', { name: data.name, role: data.role }) : data.name,
      claims: t.count('actor.claimsMade', activity.claimed.length),
      responses: responseTally(t, activity.responded.length, activity.silences.length),
    }),
    kind: t(`actorKind.${data.kind}`),
    role: data.role,
    affiliation: affiliationName(data.affiliation, t),
    timelineHref: view.urls.actorTimeline(actor.id),
    feed: { href: view.urls.actorFeed(actor.id), title: t('actor.feedTitle', { name: data.name }) },
    card: { href: view.urls.actorCard(actor.id), alt: actorShareCard(actor, content.byActor.get(actor.id), t).alt },
    overview: overviewView(
      activity.involved,
      'overview',
      overviewBarHref(actorArchive(content, actor.id), (period) => view.urls.actorTimeline(actor.id, period)),
      t,
    ),
    incidents: { items: incidents.slice(0, SHOWN), total: incidents.length },
    places: placesNamedIn(activity.involved, view),
    claimed: { items: claimItems(latest(activity.claimed, SHOWN), view), total: activity.claimed.length },
    responded: { items: actorResponseItems(activity.responded, SHOWN, view), total: activity.responded.length },
    silences: { items: actorResponseItems(activity.silences, SHOWN, view), total: activity.silences.length },
  };
}
