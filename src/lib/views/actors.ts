// What the actor pages and the search page's filters show: an actor's responses, actors grouped by
// side, each actor's timeline link, the claimants to filter by.
import { groups } from 'd3';
import type { ActorActivity, ClaimLike } from '../claims.ts';
import { CLAIM_STATUSES, type ActorData } from '../content/schema.ts';
import type { Translator } from '../i18n/translator.ts';
import { LOCALES } from '../i18n/locales.ts';
import { affiliationName, responseTally, type AffiliationName } from '../wording.ts';
import { claimItem, type ClaimItem } from './claims.ts';
import { latest, responseItems, type ActorLink, type ResponseItem, type ViewContext } from './common.ts';

export interface ActorResponseItem {
  claim: ClaimItem;
  response: ResponseItem;
}

/** An actor's latest responses to others' claims (or recorded silences), in timeline order. */
export function actorResponseItems(
  responded: ActorActivity<ClaimLike>['responded'] | ActorActivity<ClaimLike>['silences'],
  shown: number,
  context: ViewContext,
): ActorResponseItem[] {
  return latest(responded, shown).map(({ claim, response }) => ({
    claim: claimItem(claim, context),
    response: responseItems([response], context)[0] as ResponseItem,
  }));
}

export interface ActorSummary extends ActorLink {
  /** "Ministry · Press office · 2 claims made · 1 response, 4 silences recorded". */
  meta: string;
}

export interface AffiliationGroup extends AffiliationName {
  id: string;
  actors: ActorSummary[];
}

/** Actors (sorted by name) grouped by affiliation, the affiliations by name in the page's language. */
export function affiliationGroups(
  actors: readonly { id: string; data: ActorData }[],
  byActor: ReadonlyMap<string, ActorActivity<ClaimLike>>,
  { urls, t, langOf }: ViewContext,
): AffiliationGroup[] {
  return groups(actors, (actor) => actor.data.affiliation)
    .map(([affiliation, members]) => ({
      id: affiliation,
      ...affiliationName(affiliation, t),
      actors: members.map(({ id, data }) => {
        const activity = byActor.get(id);
        return {
          name: data.name,
          href: urls.actor(id),
          lang: langOf('actors', id),
          meta: [
            t(`actorKind.${data.kind}`),
            ...(data.role ? [data.role] : []),
            t.count('actor.claimsMade', activity?.claimed.length ?? 0),
            responseTally(t, activity?.responded.length ?? 0, activity?.silences.length ?? 0),
          ].join(t('list.metaSeparator')),
        };
      }),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, LOCALES[t.locale].intl));
}

/** Each actor (in the order given) linking to its own timeline. */
export function actorTimelineLinks(
  actors: readonly { id: string; data: ActorData }[],
  { urls, langOf }: ViewContext,
): ActorLink[] {
  return actors.map(({ id, data }) => ({ name: data.name, href: urls.actorTimeline(id), lang: langOf('actors', id) }));
}

/** What the search script writes, in the page's language: it fills the placeholders in the browser. */
export interface SearchWords {
  /** A result's kind and status: "{{type}} · Status: {{status}}". */
  status: string;
  none: string;
  /** "{{count}} results", by plural category. */
  results: Record<string, string>;
  summary: string;
  /** The summary when only the first results are shown: "{{results}} (the first {{shown}} shown)." */
  capped: string;
}

export const searchWords = (t: Translator): SearchWords => ({
  status: t('search.resultStatus'),
  none: t('search.none'),
  results: t.forms('search.results'),
  summary: t('search.summary'),
  capped: t('search.summaryCapped'),
});

/** A value the search form offers to filter by, in the language it is written in where not the page's. */
export interface SearchOption {
  value: string;
  lang: string | undefined;
}

/**
 * What the search form offers to filter by: the values the index of the page's language holds, from
 * the claims written in it (each claim's page gives its claimant, incident and places, and the places
 * those lie within, as filters), in the order the site lists them.
 */
export function searchFilters(
  claims: readonly ClaimLike[],
  lists: {
    actors: readonly { id: string; data: ActorData }[];
    incidents: readonly { id: string; data: { title: string } }[];
    places: readonly { id: string; data: { name: string } }[];
  },
  { t, placeParentOf, langOf }: Pick<ViewContext, 't' | 'placeParentOf' | 'langOf'>,
): { statuses: string[]; claimants: SearchOption[]; incidents: SearchOption[]; places: SearchOption[] } {
  const claimants = new Set(claims.map((claim) => claim.data.claimant));
  const incidents = new Set(claims.map((claim) => claim.data.incident));
  const places = new Set<string>();
  for (const claim of claims)
    for (const slug of claim.data.places ?? [])
      for (
        let place: string | undefined = slug;
        place !== undefined && !places.has(place);
        place = placeParentOf(place)
      )
        places.add(place);
  return {
    statuses: CLAIM_STATUSES.map((status) => t(`status.${status}.label`)),
    claimants: lists.actors
      .filter((actor) => claimants.has(actor.id))
      .map((actor) => ({ value: actor.data.name, lang: langOf('actors', actor.id) })),
    incidents: lists.incidents
      .filter((incident) => incidents.has(incident.id))
      .map((incident) => ({ value: incident.data.title, lang: langOf('incidents', incident.id) })),
    places: lists.places
      .filter((place) => places.has(place.id))
      .map((place) => ({ value: place.data.name, lang: langOf('places', place.id) })),
  };
}
