// Ordering, grouping and selecting claims for the reader pages. Pure functions over the minimal shape
// an entry has ({ id, data }), so they run on fixtures in tests and on Astro entries in pages alike.
// Each runs in one pass (or one sort) over the claims: pages call them once in getStaticPaths, never
// once per page, so the site stays fast at many thousands of claims.
import {
  CLAIM_STATUSES,
  SILENT_STANCES,
  type ClaimData,
  type ClaimStatus,
  type Relation,
  type Response,
  type Update,
} from './content/schema.ts';

export interface ClaimLike {
  id: string;
  data: ClaimData;
}

/** The day a claim sits at on the timeline: when the event happened if the source says, else when it was claimed. */
export function timelineDay(claim: ClaimLike): string {
  return claim.data.eventDate ?? claim.data.claimedOn;
}

/** Chronological: by timeline day, then `order` (unnumbered last), then claim date, then slug. */
export function compareChronologically(a: ClaimLike, b: ClaimLike): number {
  return (
    timelineDay(a).localeCompare(timelineDay(b)) ||
    (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
    a.data.claimedOn.localeCompare(b.data.claimedOn) ||
    a.id.localeCompare(b.id)
  );
}

export function sortChronologically<Claim extends ClaimLike>(claims: readonly Claim[]): Claim[] {
  return [...claims].sort(compareChronologically);
}

export interface DayGroup<Claim> {
  /** `YYYY-MM-DD`. */
  day: string;
  claims: Claim[];
}

/** Consecutive claims of the same timeline day, in the order given (sort first). */
export function groupByDay<Claim extends ClaimLike>(claims: readonly Claim[]): DayGroup<Claim>[] {
  const groups: DayGroup<Claim>[] = [];
  for (const claim of claims) {
    const day = timelineDay(claim);
    const last = groups.at(-1);
    if (last?.day === day) last.claims.push(claim);
    else groups.push({ day, claims: [claim] });
  }
  return groups;
}

export interface StatusGroup<Claim> {
  status: ClaimStatus;
  claims: Claim[];
}

/** One group per status, in the methodology's order, empty groups included so counts of 0 show. */
export function groupByStatus<Claim extends ClaimLike>(claims: readonly Claim[]): StatusGroup<Claim>[] {
  const byStatus = new Map<ClaimStatus, Claim[]>(CLAIM_STATUSES.map((status) => [status, []]));
  for (const claim of claims) byStatus.get(claim.data.status)?.push(claim);
  return CLAIM_STATUSES.map((status) => ({ status, claims: byStatus.get(status) ?? [] }));
}

export interface ActorActivity<Claim> {
  /** Claims the actor made. */
  claimed: Claim[];
  /** What the actor said about other parties' claims: confirmed, denied, declined to comment. */
  responded: { claim: Claim; response: Response }[];
  /** Silences the sources record of the actor on other parties' claims (SILENT_STANCES): not statements. */
  silences: { claim: Claim; response: Response }[];
  /** Both, as one chronological list of claims (each once). */
  involved: Claim[];
}

/** For every actor slug, what it claimed and what it responded to, each list in timeline order. */
export function indexByActor<Claim extends ClaimLike>(claims: readonly Claim[]): Map<string, ActorActivity<Claim>> {
  const index = new Map<string, ActorActivity<Claim>>();
  const activityOf = (actor: string) => {
    let activity = index.get(actor);
    if (!activity) {
      activity = { claimed: [], responded: [], silences: [], involved: [] };
      index.set(actor, activity);
    }
    return activity;
  };
  for (const claim of sortChronologically(claims)) {
    const claimant = activityOf(claim.data.claimant);
    claimant.claimed.push(claim);
    claimant.involved.push(claim);
    for (const response of claim.data.responses ?? []) {
      const responder = activityOf(response.actor);
      (SILENT_STANCES.includes(response.stance) ? responder.silences : responder.responded).push({ claim, response });
      if (responder.involved.at(-1) !== claim) responder.involved.push(claim);
    }
  }
  return index;
}

/** For every status, its claims in timeline order. */
export function indexByStatus<Claim extends ClaimLike>(claims: readonly Claim[]): Map<ClaimStatus, Claim[]> {
  return new Map(groupByStatus(sortChronologically(claims)).map((group) => [group.status, group.claims]));
}

export interface Link<Claim> {
  claim: Claim;
  relation: Relation;
}

export interface ClaimLinks<Claim> {
  /** What this claim says it bears on. */
  outgoing: Link<Claim>[];
  /** Other claims that say they bear on this one. */
  incoming: Link<Claim>[];
}

/** Related claims in both directions, for every claim, resolved in one pass. */
export function indexRelations<Claim extends ClaimLike>(claims: readonly Claim[]): Map<string, ClaimLinks<Claim>> {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const index = new Map<string, ClaimLinks<Claim>>(claims.map((claim) => [claim.id, { outgoing: [], incoming: [] }]));
  for (const claim of claims) {
    for (const { claim: targetId, relation } of claim.data.related ?? []) {
      const target = byId.get(targetId);
      if (!target) continue;
      index.get(claim.id)?.outgoing.push({ claim: target, relation });
      index.get(targetId)?.incoming.push({ claim, relation });
    }
  }
  return index;
}

export interface Alias<Claim> {
  /** The former slug. */
  alias: string;
  claim: Claim;
}

export function listAliases<Claim extends ClaimLike>(claims: readonly Claim[]): Alias<Claim>[] {
  return claims.flatMap((claim) => (claim.data.aliases ?? []).map((alias) => ({ alias, claim })));
}

/** The latest date the entry records (claim, sources, responses, updates): what the page is current as of. */
export function lastRecordedDay(claim: ClaimLike): string {
  const days = [
    claim.data.claimedOn,
    ...claim.data.sources.map((source) => source.date),
    ...(claim.data.responses ?? []).flatMap((response) => (response.date ? [response.date] : [])),
    ...(claim.data.updates ?? []).map((update) => update.date),
  ];
  return days.reduce((latest, day) => (day > latest ? day : latest));
}

/** The day of the latest update, if the claim has been updated since it was recorded. */
export function lastUpdated(claim: ClaimLike): string | undefined {
  return sortUpdates(claim.data.updates ?? [])[0]?.date;
}

/** Newest first; updates of the same day keep the order they were written in, latest first. */
export function sortUpdates(updates: readonly Update[]): Update[] {
  return updates
    .map((update, index) => ({ update, index }))
    .sort((a, b) => b.update.date.localeCompare(a.update.date) || b.index - a.index)
    .map(({ update }) => update);
}

/** For every incident slug, its claims in timeline order. */
export function indexByIncident<Claim extends ClaimLike>(claims: readonly Claim[]): Map<string, Claim[]> {
  const index = new Map<string, Claim[]>();
  for (const claim of sortChronologically(claims)) {
    const list = index.get(claim.data.incident);
    if (list) list.push(claim);
    else index.set(claim.data.incident, [claim]);
  }
  return index;
}

/** How many claims have each status, every status present (0 where none), in the methodology's order. */
export function countByStatus(claims: readonly ClaimLike[]): Record<ClaimStatus, number> {
  const counts = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  for (const claim of claims) counts[claim.data.status] += 1;
  return counts;
}
