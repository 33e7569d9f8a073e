// What the incident pages show: an incident as a list shows it (dates, places, claims counted by
// status with a small bar), and the explainer's parts: who said what, party by party, and the sources
// its claims rest on.
import { countByStatus, indexByActor, type ClaimLike } from '../claims.ts';
import { CLAIM_STATUSES, SILENT_STANCES, type ClaimStatus, type IncidentData, type Source } from '../content/schema.ts';
import type { Translator } from '../i18n/translator.ts';
import { responseTally } from '../wording.ts';
import { actorLink, statusesInWords, type ActorLink, type ViewContext } from './common.ts';

/** Width of an incident's status bar, in SVG units. */
export const STATUS_BAR_WIDTH = 120;

export interface StatusBarSegment {
  status: ClaimStatus;
  x: number;
  width: number;
}

export interface IncidentSummaryView {
  slug: string;
  href: string;
  title: string;
  /** The title's language, where it is not the page's. */
  lang: string | undefined;
  /** "9 November 2023", or "30 December 2023 to 29 February 2024". */
  dates: string;
  /** The names of the places it concerns, each with its language where it is not the page's. */
  places: readonly { name: string; lang: string | undefined }[];
  total: number;
  /** "6 unverified, 1 disputed": the bar's figures in words, which the bar only repeats. */
  byStatus: string;
  bar: StatusBarSegment[];
}

export function incidentDates({ date, end }: Pick<IncidentData, 'date' | 'end'>, t: Translator): string {
  return end && end !== date ? t('incident.dateRange', { start: t.day(date), end: t.day(end) }) : t.day(date);
}

/** Each status's share of the bar, in the methodology's order, widths adding up to the whole bar. */
export function statusBar(counts: Record<ClaimStatus, number>, width = STATUS_BAR_WIDTH): StatusBarSegment[] {
  const total = CLAIM_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  if (total === 0) return [];
  let x = 0;
  let before = 0;
  return CLAIM_STATUSES.filter((status) => counts[status] > 0).map((status) => {
    before += counts[status];
    // Edges rounded from the running total, so rounding never leaves a gap or overruns the bar.
    const end = Math.round((before / total) * width * 10) / 10;
    const segment = { status, x, width: Math.round((end - x) * 10) / 10 };
    x = end;
    return segment;
  });
}

export function incidentSummary(
  incident: { id: string; data: IncidentData },
  claims: readonly ClaimLike[],
  { urls, placeNameOf, t, langOf }: Pick<ViewContext, 'urls' | 'placeNameOf' | 't' | 'langOf'>,
): IncidentSummaryView {
  const counts = countByStatus(claims);
  return {
    slug: incident.id,
    href: urls.incident(incident.id),
    title: incident.data.title,
    lang: langOf('incidents', incident.id),
    dates: incidentDates(incident.data, t),
    places: (incident.data.places ?? []).map((slug) => ({ name: placeNameOf(slug), lang: langOf('places', slug) })),
    total: claims.length,
    byStatus: statusesInWords(counts, t),
    bar: statusBar(counts),
  };
}

export interface PartyStatement {
  claim: { href: string; title: string; lang: string | undefined };
  /** "Claimed", or the stance of a response in words: "denies", "did not comment". */
  what: string;
  /** A response that says nothing on the substance: no comment, not confirmed. */
  silence: boolean;
  note: string | undefined;
}

export interface PartyView {
  /** For the party's heading id. */
  id: string;
  actor: ActorLink;
  /** "2 claims, 1 response, 4 silences recorded". */
  tally: string;
  statements: PartyStatement[];
}

/**
 * Who said what in an incident, party by party in order of first appearance in the timeline (as
 * indexByActor groups them): the claims each made, then the responses it gave, silences included and
 * marked.
 */
export function incidentParties(claims: readonly ClaimLike[], context: ViewContext): PartyView[] {
  const { t } = context;
  const linkTo = (claim: ClaimLike) => ({
    href: context.urls.claim(claim.id),
    title: claim.data.title,
    lang: context.langOf('claims', claim.id),
  });
  return [...indexByActor(claims)].map(([actor, { claimed, responded, silences, involved }]) => ({
    id: `party-${actor}`,
    actor: actorLink(actor, context),
    tally: t('incident.partyTally', {
      claims: t.count('count.claim', claimed.length),
      responses: responseTally(t, responded.length, silences.length),
    }),
    statements: [
      ...claimed.map((claim) => ({
        claim: linkTo(claim),
        what: t('incident.claimed'),
        silence: false,
        note: undefined,
      })),
      // Statements and silences together, in the order of the claims they answer.
      ...[...responded, ...silences]
        .sort((a, b) => involved.indexOf(a.claim) - involved.indexOf(b.claim))
        .map(({ claim, response }) => ({
          claim: linkTo(claim),
          what: t(`stance.${response.stance}`),
          silence: SILENT_STANCES.includes(response.stance),
          note: response.note,
        })),
    ],
  }));
}

/** Every source the incident's claims cite, each once, oldest first. */
export function incidentSources(claims: readonly ClaimLike[]): Source[] {
  const seen = new Map<string, Source>();
  for (const claim of claims)
    for (const source of claim.data.sources) {
      const key = JSON.stringify([source.title, source.publisher, source.date, source.url]);
      if (!seen.has(key)) seen.set(key, source);
    }
  return [...seen.values()].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/** The incidents an actor made or answered claims in, newest first. */
export function incidentsOfActor<Incident extends { id: string; data: IncidentData }>(
  involved: readonly ClaimLike[],
  incidentOf: (slug: string) => Incident,
): Incident[] {
  const slugs = new Set(involved.map((claim) => claim.data.incident));
  return [...slugs].map(incidentOf).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}
