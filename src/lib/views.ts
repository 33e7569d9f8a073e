// What each component shows, prepared from indexed content: names resolved, links built, lists
// sorted, grouped and de-duplicated. Pages call these and hand the result to components, which only
// render. Pure: they take claims of the minimal shape ({ id, data }) and a name lookup, so they run on
// fixtures in tests and on Astro entries in pages alike.
import { groups } from 'd3';
import {
  groupByDay,
  lastRecordedDay,
  lastUpdated,
  sortUpdates,
  timelineDay,
  type ActorActivity,
  type ClaimLike,
  type ClaimLinks,
} from './claims.ts';
import {
  CLAIM_STATUSES,
  type ActorData,
  type Breakdown,
  type ClaimStatus,
  type Response,
  type Update,
} from './content/schema.ts';
import type { Urls } from './urls.ts';
import { citeClaim, type Citation } from './data/citation.ts';
import { SITE_NAME } from './structured-data.ts';
import { formatDay } from './dates.ts';
import type { CardInput } from './cards/card-layout.ts';
import {
  breakdownTitle,
  describeBreakdown,
  formatCount,
  formatShare,
  layoutBreakdown,
  type BreakdownLayout,
} from './chart/breakdown-layout.ts';
import {
  ACTOR_KIND_WORDING,
  affiliationName,
  count,
  DATE_WORDING,
  RELATION_WORDING,
  STANCE_WORDING,
  STATUS_WORDING,
} from './wording.ts';

/** An actor's name by slug; content validation guarantees every linked slug names one. */
export type NameOf = (slug: string) => string;

export interface ActorLink {
  name: string;
  href: string;
}

export interface StatusLink {
  status: ClaimStatus;
  label: string;
  href: string;
}

export interface ResponseItem {
  actor: ActorLink;
  /** The stance in words: "denies", "has not confirmed". */
  stance: string;
  day: string | undefined;
  note: string;
}

export interface ClaimItem {
  slug: string;
  href: string;
  title: string;
  /** The badge, leading to every claim of that status. */
  status: StatusLink;
  claimant: ActorLink;
  /** The day the claim sits at, and what that day is: the claim's, or the event's as claimed. */
  day: string;
  dayLabel: string;
  responses: ResponseItem[];
}

export interface ViewContext {
  nameOf: NameOf;
  urls: Urls;
}

const actorLink = (slug: string, { nameOf, urls }: ViewContext): ActorLink => ({
  name: nameOf(slug),
  href: urls.actor(slug),
});

export function statusLink(status: ClaimStatus, href: string): StatusLink {
  return { status, label: STATUS_WORDING[status].label, href };
}

export function responseItems(responses: readonly Response[], context: ViewContext): ResponseItem[] {
  return responses.map((response) => ({
    actor: actorLink(response.actor, context),
    stance: STANCE_WORDING[response.stance],
    day: response.date,
    note: response.note,
  }));
}

/** A claim as a list shows it; with its responses where the list shows them (the timeline does). */
export function claimItem(claim: ClaimLike, context: ViewContext, { withResponses = false } = {}): ClaimItem {
  const { data } = claim;
  return {
    slug: claim.id,
    href: context.urls.claim(claim.id),
    title: data.title,
    status: statusLink(data.status, context.urls.statusTimeline(data.status)),
    claimant: actorLink(data.claimant, context),
    day: timelineDay(claim),
    dayLabel: data.eventDate ? DATE_WORDING.eventAsClaimed : DATE_WORDING.claimed,
    responses: withResponses ? responseItems(data.responses ?? [], context) : [],
  };
}

export const claimItems = (claims: readonly ClaimLike[], context: ViewContext): ClaimItem[] =>
  claims.map((claim) => claimItem(claim, context));

/** The last `n` of a list in timeline order, newest first: what a page shows before "see all". */
export function latestFirst<Item>(items: readonly Item[], n: number): Item[] {
  return items.slice(-n).reverse();
}

export interface DayItems {
  day: string;
  items: ClaimItem[];
}

/** Claims in timeline order, one group per day, each claim with its responses. */
export function timelineDays(claims: readonly ClaimLike[], context: ViewContext): DayItems[] {
  return groupByDay(claims).map(({ day, claims: ofDay }) => ({
    day,
    items: ofDay.map((claim) => claimItem(claim, context, { withResponses: true })),
  }));
}

export interface ClaimFacts {
  claimant: ActorLink & { role: string | undefined };
  claimedOn: string;
  updated: string | undefined;
  eventDate: string | undefined;
  places: readonly string[];
  /** The badge, leading to the status's definition. */
  status: StatusLink;
  definition: string;
  /** Every claim of the same status. */
  sameStatus: { label: string; href: string };
}

export function claimFacts(claim: ClaimLike, claimant: ActorData, context: ViewContext): ClaimFacts {
  const { data } = claim;
  const wording = STATUS_WORDING[data.status];
  return {
    claimant: { ...actorLink(data.claimant, context), role: claimant.role },
    claimedOn: data.claimedOn,
    updated: lastUpdated(claim),
    eventDate: data.eventDate,
    places: data.places ?? [],
    status: statusLink(data.status, context.urls.statusDefinition(data.status)),
    definition: wording.definition,
    sameStatus: { label: `All ${wording.label.toLowerCase()} claims`, href: context.urls.statusTimeline(data.status) },
  };
}

export interface RelatedItem {
  href: string;
  title: string;
  status: StatusLink;
  /** How this claim bears on the other, read from this claim: "contradicts", "is supported by". */
  relation: string;
}

/** Related claims in both directions; a claim linked both ways is listed once, as this claim words it. */
export function relatedItems(links: ClaimLinks<ClaimLike>, { urls }: ViewContext): RelatedItem[] {
  const item = (claim: ClaimLike, relation: string): RelatedItem => ({
    href: urls.claim(claim.id),
    title: claim.data.title,
    status: statusLink(claim.data.status, urls.statusDefinition(claim.data.status)),
    relation,
  });
  const outgoing = new Set(links.outgoing.map((link) => link.claim.id));
  return [
    ...links.outgoing.map((link) => item(link.claim, RELATION_WORDING[link.relation].outgoing)),
    ...links.incoming
      .filter((link) => !outgoing.has(link.claim.id))
      .map((link) => item(link.claim, RELATION_WORDING[link.relation].incoming)),
  ];
}

export interface UpdateItem {
  /** Numbered from the oldest, so an update's anchor never changes when later ones arrive. */
  id: string;
  day: string;
  status: StatusLink | undefined;
  note: string;
}

export function updateItems(updates: readonly Update[], { urls }: ViewContext): UpdateItem[] {
  const newestFirst = sortUpdates(updates);
  return newestFirst.map((update, index) => ({
    id: updateId(newestFirst.length - index),
    day: update.date,
    status: update.status && statusLink(update.status, urls.statusDefinition(update.status)),
    note: update.note,
  }));
}

/** The anchor of the n-th update of a claim, counted from the oldest. */
export const updateId = (n: number) => `update-${n}`;

export interface StatusCount extends StatusLink {
  count: number;
}

/** Every status with its number of claims, in the methodology's order, zeros included. */
export function statusCounts(byStatus: ReadonlyMap<ClaimStatus, readonly ClaimLike[]>, urls: Urls): StatusCount[] {
  return CLAIM_STATUSES.map((status) => ({
    ...statusLink(status, urls.statusTimeline(status)),
    count: byStatus.get(status)?.length ?? 0,
  }));
}

export interface ActorResponseItem {
  claim: ClaimItem;
  response: ResponseItem;
}

/** An actor's latest responses to others' claims, newest first. */
export function actorResponseItems(
  responded: ActorActivity<ClaimLike>['responded'],
  shown: number,
  context: ViewContext,
): ActorResponseItem[] {
  return latestFirst(responded, shown).map(({ claim, response }) => ({
    claim: claimItem(claim, context),
    response: responseItems([response], context)[0] as ResponseItem,
  }));
}

export interface ActorSummary extends ActorLink {
  /** "Ministry · Press office · 2 claims made · 1 response". */
  meta: string;
}

export interface AffiliationGroup {
  id: string;
  name: string;
  actors: ActorSummary[];
}

/** Actors (sorted by name) grouped by affiliation, the affiliations in alphabetical order. */
export function affiliationGroups(
  actors: readonly { id: string; data: ActorData }[],
  byActor: ReadonlyMap<string, ActorActivity<ClaimLike>>,
  urls: Urls,
): AffiliationGroup[] {
  return groups(actors, (actor) => actor.data.affiliation)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([affiliation, members]) => ({
      id: affiliation,
      name: affiliationName(affiliation),
      actors: members.map(({ id, data }) => {
        const activity = byActor.get(id);
        return {
          name: data.name,
          href: urls.actor(id),
          meta: [
            ACTOR_KIND_WORDING[data.kind],
            ...(data.role ? [data.role] : []),
            `${count(activity?.claimed.length ?? 0, 'claim')} made`,
            count(activity?.responded.length ?? 0, 'response'),
          ].join(' · '),
        };
      }),
    }));
}

export interface BreakdownFigureView {
  /** Prefix for the figure's ids, unique on the page. */
  idPrefix: string;
  title: string;
  /** Unless the figures are confirmed: the claim's status, linked to its definition. */
  unverifiedNote: { label: string; href: string } | undefined;
  layout: BreakdownLayout;
  description: string;
  table: {
    caption: string;
    unitHeading: string;
    rows: { label: string; count: string; share: string }[];
    total: { count: string; share: string };
  };
  csvHref: string;
}

/** The home page's headline figure: the breakdown of the most recent claim that has one. */
export function headlineFigure(
  newestFirst: readonly ClaimLike[],
  context: ViewContext,
): { claimHref: string; figure: BreakdownFigureView } | undefined {
  for (const claim of newestFirst) {
    const { breakdown } = claim.data;
    if (breakdown)
      return {
        claimHref: context.urls.claim(claim.id),
        figure: breakdownFigure(claim, breakdown, context.nameOf(claim.data.claimant), context.urls),
      };
  }
  return undefined;
}

/** A claim's breakdown as its figure shows it: chart, caption, table and CSV link. */
export function breakdownFigure(
  claim: ClaimLike,
  breakdown: Breakdown,
  claimantName: string,
  urls: Urls,
): BreakdownFigureView {
  const confirmed = claim.data.status === 'confirmed';
  return {
    idPrefix: `breakdown-${claim.id}`,
    title: breakdownTitle(breakdown, claimantName, confirmed),
    unverifiedNote: confirmed
      ? undefined
      : {
          label: STATUS_WORDING[claim.data.status].label.toLowerCase(),
          href: urls.statusDefinition(claim.data.status),
        },
    layout: layoutBreakdown(breakdown, { confirmed }),
    description: describeBreakdown(breakdown, claimantName, confirmed),
    table: {
      caption: confirmed ? 'The figures' : `The figures, as claimed by ${claimantName}`,
      unitHeading: breakdown.unit.charAt(0).toUpperCase() + breakdown.unit.slice(1),
      rows: breakdown.parts.map((part) => ({
        label: part.label,
        count: formatCount(part.count),
        share: formatShare(part.count / breakdown.total),
      })),
      total: { count: formatCount(breakdown.total), share: formatShare(1) },
    },
    csvHref: urls.claimCsv(claim.id),
  };
}

/** Each actor (in the order given) linking to its own timeline. */
export function actorTimelineLinks(actors: readonly { id: string; data: ActorData }[], urls: Urls): ActorLink[] {
  return actors.map(({ id, data }) => ({ name: data.name, href: urls.actorTimeline(id) }));
}

/** How to cite a claim at its permanent (absolute) URL: the same citation its JSON carries. */
export function claimCitation(claim: ClaimLike, url: string): Citation {
  return citeClaim({
    siteName: SITE_NAME,
    slug: claim.id,
    title: claim.data.title,
    status: claim.data.status,
    lastUpdated: lastRecordedDay(claim),
    url,
  });
}

export interface DataFileItem {
  name: string;
  href: string;
  title: string;
  /** "12.3 KB". */
  size: string;
  schemaHref: string | undefined;
}

/** The open-data files as the data page lists them, with their sizes. */
export function dataFileItems(
  files: readonly { name: string; title: string; text: string; schema: string | undefined }[],
  urls: Urls,
): DataFileItem[] {
  return files.map((file) => ({
    name: file.name,
    href: urls.dataFile(file.name),
    title: file.title,
    size: `${(Buffer.byteLength(file.text) / 1024).toFixed(1)} KB`,
    schemaHref: file.schema && urls.dataSchema(file.schema),
  }));
}

/** The search page's filters: every status, and every actor that made a claim, by name. */
export function searchFilters(
  actors: readonly { id: string; data: ActorData }[],
  byActor: ReadonlyMap<string, ActorActivity<ClaimLike>>,
): { statuses: string[]; claimants: string[] } {
  return {
    statuses: CLAIM_STATUSES.map((status) => STATUS_WORDING[status].label),
    claimants: actors
      .filter((actor) => (byActor.get(actor.id)?.claimed.length ?? 0) > 0)
      .map((actor) => actor.data.name),
  };
}

export interface ShareCard {
  /** What the card shows, for drawing it. */
  input: CardInput;
  /** The same in words, for og:image:alt. */
  alt: string;
}

/** A claim's share card: its status in words and colour, title, claimant and the day it was claimed. */
export function claimShareCard(
  claim: ClaimLike,
  context: ViewContext,
  statusColour: (status: ClaimStatus) => string,
): ShareCard {
  const { data } = claim;
  const status = STATUS_WORDING[data.status].label;
  const claimed = `Claimed by ${context.nameOf(data.claimant)} on ${formatDay(data.claimedOn)}`;
  return {
    input: {
      kind: 'Claim',
      status: { label: status, colour: statusColour(data.status) },
      title: data.title,
      details: [claimed],
      siteName: SITE_NAME,
    },
    alt: `Claim, status ${status}: ${data.title}. ${claimed}. ${SITE_NAME}.`,
  };
}

/** An actor's share card: its name, what it is and how much it said. */
export function actorShareCard(
  actor: { id: string; data: ActorData },
  activity: ActorActivity<ClaimLike> | undefined,
): ShareCard {
  const { data } = actor;
  const details = [
    [ACTOR_KIND_WORDING[data.kind], data.role, affiliationName(data.affiliation)].filter(Boolean).join(' · '),
    `${count(activity?.claimed.length ?? 0, 'claim')} made, ${count(activity?.responded.length ?? 0, 'response')} to others' claims`,
  ];
  return {
    input: { kind: 'Actor', title: data.name, details, siteName: SITE_NAME },
    alt: `Actor: ${data.name}. ${details.join('. ')}. ${SITE_NAME}.`,
  };
}

/** The site's card, for the home page and every page without a card of its own. */
export function siteShareCard(): ShareCard {
  const title = 'Who claimed what, and how far it is verified';
  const details = [
    'Every wartime claim on its own page: who made it, when, what others said, and how far it is verified.',
  ];
  return {
    input: { kind: 'Contested claims, attributed and checked', title, details, siteName: SITE_NAME },
    alt: `${SITE_NAME}: ${title}. ${details.join(' ')}`,
  };
}
