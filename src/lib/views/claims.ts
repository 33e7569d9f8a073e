// What claim lists, the timeline and a claim page show: claims as list items with their claimant and
// status resolved, days of the timeline, a claim's facts, related claims, its history and citation.
import { groupByDay, lastUpdated, sortUpdates, timelineDay, type ClaimLike, type ClaimLinks } from '../claims.ts';
import { CLAIM_STATUSES, type ActorData, type ClaimStatus, type Review, type Update } from '../content/schema.ts';
import { citeClaimAt, type Citation } from '../data/citation.ts';
import { SITE_NAME } from '../structured-data.ts';
import { claimedOnWording } from '../wording.ts';
import { kept } from '../memo.ts';
import {
  actorLink,
  incidentLink,
  responseItems,
  statusLink,
  type ActorLink,
  type IncidentLink,
  type ResponseItem,
  type StatusLink,
  type ViewContext,
} from './common.ts';
import { namedPlace, type NamedPlace } from './places.ts';

export interface ClaimItem {
  slug: string;
  href: string;
  title: string;
  /** The title's language, where it is not the page's. */
  lang: string | undefined;
  /** The badge, leading to every claim of that status. */
  status: StatusLink;
  claimant: ActorLink;
  /**
   * The day the claim sits at, and what that day is: the statement's, the report's ("Reported by"), or
   * the event's as claimed.
   */
  day: string;
  dayLabel: string;
  responses: ResponseItem[];
  /** The incident it belongs to, where the list labels it (the timeline does). */
  incident: IncidentLink | undefined;
}

/**
 * A claim as a list shows it; with its responses and its incident where the list shows them (the
 * timeline does; an incident's own page leaves the incident out).
 */
export function claimItem(
  claim: ClaimLike,
  context: ViewContext,
  { withResponses = false, withIncident = false } = {},
): ClaimItem {
  const byContext = kept(itemsMade, claim, () => new WeakMap<ViewContext, Map<string, ClaimItem>>());
  const made = kept(byContext, context, () => new Map<string, ClaimItem>());
  return kept(made, `${withResponses} ${withIncident}`, () =>
    newClaimItem(claim, context, withResponses, withIncident),
  );
}

/**
 * The items made, by claim, context and options. A claim is listed on many pages of one language (the
 * timeline, its status's, its party's, its incident's and its places' archives), alike on each: at
 * 10,000 claims, making each item again took a second of every build.
 */
const itemsMade = new WeakMap<ClaimLike, WeakMap<ViewContext, Map<string, ClaimItem>>>();

function newClaimItem(
  claim: ClaimLike,
  context: ViewContext,
  withResponses: boolean,
  withIncident: boolean,
): ClaimItem {
  const { data } = claim;
  return {
    slug: claim.id,
    href: context.urls.claim(claim.id),
    title: data.title,
    lang: context.langOf('claims', claim.id),
    status: statusLink(data.status, context.urls.statusTimeline(data.status), context.t),
    claimant: actorLink(data.claimant, context),
    day: timelineDay(claim),
    dayLabel: data.eventDate ? context.t('date.eventAsClaimed') : context.t(`claimedOn.${data.claimedOnKind}.label`),
    responses: withResponses ? responseItems(data.responses ?? [], context) : [],
    incident: withIncident ? incidentLink(data.incident, context) : undefined,
  };
}

export const claimItems = (claims: readonly ClaimLike[], context: ViewContext): ClaimItem[] =>
  claims.map((claim) => claimItem(claim, context));

export interface DayItems {
  day: string;
  items: ClaimItem[];
}

/** Claims in timeline order, one group per day, each claim with its responses and (unless left out) its incident. */
export function timelineDays(
  claims: readonly ClaimLike[],
  context: ViewContext,
  { withIncident = true } = {},
): DayItems[] {
  return groupByDay(claims).map(({ day, claims: ofDay }) => ({
    day,
    items: ofDay.map((claim) => claimItem(claim, context, { withResponses: true, withIncident })),
  }));
}

export interface ClaimFacts {
  claimant: ActorLink & { role: string | undefined };
  incident: IncidentLink;
  claimedOn: { day: string; label: string; caveat: string | undefined };
  updated: string | undefined;
  eventDate: string | undefined;
  places: NamedPlace[];
  /** The badge, leading to the status's definition. */
  status: StatusLink;
  definition: string;
  /** Every claim of the same status. */
  sameStatus: { label: string; href: string };
  review: ReviewState;
}

export interface ReviewItem {
  day: string;
  editor: { name: string; href: string };
  note: string;
}

export interface ReviewState {
  /** The latest review by a second editor; none until one has reviewed the claim. */
  last: ReviewItem | undefined;
  /** Where the methodology says how a review is done. */
  howHref: string;
}

/** A claim's reviews, newest first (by day, then the later-written first). */
export function reviewItems(reviews: readonly Review[], { editorNameOf, urls }: ViewContext): ReviewItem[] {
  return reviews
    .map((review, index) => ({ review, index }))
    .sort((a, b) => b.review.date.localeCompare(a.review.date) || b.index - a.index)
    .map(({ review }) => ({
      day: review.date,
      editor: { name: editorNameOf(review.by), href: urls.editor(review.by) },
      note: review.note,
    }));
}

export function claimFacts(claim: ClaimLike, claimant: ActorData, context: ViewContext): ClaimFacts {
  const { data } = claim;
  const { t } = context;
  return {
    claimant: { ...actorLink(data.claimant, context), role: claimant.role },
    incident: incidentLink(data.incident, context),
    claimedOn: { day: data.claimedOn, ...claimedOnWording(t, data.claimedOnKind) },
    updated: lastUpdated(claim),
    eventDate: data.eventDate,
    places: (data.places ?? []).map((slug) => namedPlace(slug, context)),
    status: statusLink(data.status, context.urls.statusDefinition(data.status), t),
    definition: t(`status.${data.status}.definition`),
    sameStatus: {
      label: t('claim.sameStatus', { status: t(`status.${data.status}.label`).toLowerCase() }),
      href: context.urls.statusTimeline(data.status),
    },
    // Validation rejects a review by the claim's own writer, so every review is a second editor's.
    review: { last: reviewItems(data.reviews ?? [], context)[0], howHref: context.urls.reviews() },
  };
}

export interface RelatedItem {
  href: string;
  title: string;
  lang: string | undefined;
  status: StatusLink;
  /** How this claim bears on the other, read from this claim: "contradicts", "is supported by". */
  relation: string;
}

/** Related claims in both directions; a claim linked both ways is listed once, as this claim words it. */
export function relatedItems(links: ClaimLinks<ClaimLike>, { urls, t, langOf }: ViewContext): RelatedItem[] {
  const item = (claim: ClaimLike, relation: string): RelatedItem => ({
    href: urls.claim(claim.id),
    title: claim.data.title,
    lang: langOf('claims', claim.id),
    status: statusLink(claim.data.status, urls.statusDefinition(claim.data.status), t),
    relation,
  });
  const outgoing = new Set(links.outgoing.map((link) => link.claim.id));
  return [
    ...links.outgoing.map((link) => item(link.claim, t(`relation.${link.relation}.outgoing`))),
    ...links.incoming
      .filter((link) => !outgoing.has(link.claim.id))
      .map((link) => item(link.claim, t(`relation.${link.relation}.incoming`))),
  ];
}

export interface UpdateItem {
  /** Numbered from the oldest, so an update's anchor never changes when later ones arrive. */
  id: string;
  day: string;
  status: StatusLink | undefined;
  note: string;
}

export function updateItems(updates: readonly Update[], { urls, t }: ViewContext): UpdateItem[] {
  const newestFirst = sortUpdates(updates);
  return newestFirst.map((update, index) => ({
    id: updateId(newestFirst.length - index),
    day: update.date,
    status: update.status && statusLink(update.status, urls.statusDefinition(update.status), t),
    note: update.note,
  }));
}

/** The anchor of the n-th update of a claim, counted from the oldest. */
export const updateId = (n: number) => `update-${n}`;

export interface StatusCount extends StatusLink {
  count: number;
}

/** Every status with its number of claims, in the methodology's order, zeros included. */
export function statusCounts(
  byStatus: ReadonlyMap<ClaimStatus, readonly ClaimLike[]>,
  { urls, t }: ViewContext,
): StatusCount[] {
  return CLAIM_STATUSES.map((status) => ({
    ...statusLink(status, urls.statusTimeline(status), t),
    count: byStatus.get(status)?.length ?? 0,
  }));
}

/** How to cite a claim at its permanent (absolute) URL: the same citation its JSON carries. */
export const claimCitation = (claim: ClaimLike, url: string, { t }: ViewContext): Citation =>
  citeClaimAt(claim, url, SITE_NAME, t);
