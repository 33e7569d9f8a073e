// Loads the collections once per build and indexes them once, so that no page scans every claim to
// find its own few: pages take what they need from these maps in getStaticPaths.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { COLLECTIONS, isDraft } from '../lib/content/collections.ts';
import {
  indexByActor,
  indexByIncident,
  indexByStatus,
  indexRelations,
  listAliases,
  sortChronologically,
  type ActorActivity,
  type Alias,
  type ClaimLinks,
} from '../lib/claims.ts';
import { buildArchive, type Archive } from '../lib/archives.ts';
import { indexByPlace, type PlaceClaims } from '../lib/places.ts';
import { CLAIM_STATUSES, type ClaimStatus } from '../lib/content/schema.ts';
import { cacheKey } from '../lib/cache-key.ts';
import { buildSettings } from '../lib/site.ts';
import { translator } from '../lib/i18n/translator.ts';
import { urls, urlsFor } from '../lib/urls.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../lib/i18n/locales.ts';
import type { FacetNames } from '../lib/views/archives.ts';
import type { ViewContext } from '../lib/views/common.ts';
import { incidentSummary, type IncidentSummaryView } from '../lib/views/incidents.ts';

export type Claim = CollectionEntry<'claims'>;
export type Actor = CollectionEntry<'actors'>;
export type Incident = CollectionEntry<'incidents'>;
export type Editor = CollectionEntry<'editors'>;
export type Place = CollectionEntry<'places'>;

export interface SiteContent {
  /** Every claim, in timeline order. */
  claims: Claim[];
  /** Every actor, by name. */
  actors: Actor[];
  actorsById: ReadonlyMap<string, Actor>;
  byActor: ReadonlyMap<string, ActorActivity<Claim>>;
  byStatus: ReadonlyMap<ClaimStatus, Claim[]>;
  relations: ReadonlyMap<string, ClaimLinks<Claim>>;
  aliases: Alias<Claim>[];
  /** The date archives of the long lists (see src/lib/archives.ts). */
  archives: SiteArchives;
  /** Incidents, newest first. */
  incidents: Incident[];
  incidentsById: ReadonlyMap<string, Incident>;
  /** The editors who write and review claims, by name. */
  editors: Editor[];
  /** Each incident's claims, in timeline order. */
  byIncident: ReadonlyMap<string, Claim[]>;
  /** Every place, by name. */
  places: Place[];
  placesById: ReadonlyMap<string, Place>;
  /** Each place's claims (those naming it or a place within it), in timeline order. */
  byPlace: ReadonlyMap<string, PlaceClaims<Claim>>;
  /** What the view functions (src/lib/views/) need: names of entries, the site's URLs, its words. */
  view: ViewContext;
  /** What an archive's day parts are called: an incident's title, a claimant's name. */
  facetNames: FacetNames;
  /**
   * A hash of every name the view's lookups give (actors, incidents, editors): part of the key of a
   * page that shows names of entries other than its own, so renaming any of them renders it again.
   */
  namesKey: string;
}

export interface SiteArchives {
  /** Every claim, by month. */
  timeline: Archive<Claim>;
  /** Each status's claims, by year; the unverified list reads the unverified one. */
  byStatus: ReadonlyMap<ClaimStatus, Archive<Claim>>;
  /** Each actor's claims and claims it answered, by year. */
  byActor: ReadonlyMap<string, Archive<Claim>>;
  /** Every incident, by the year it was first reported. */
  incidents: Archive<Incident>;
  /** Each incident's claims by month, for the incidents with more claims than one page may list. */
  byIncident: ReadonlyMap<string, Archive<Claim>>;
  /** Each place's claims, by year. */
  byPlace: ReadonlyMap<string, Archive<Claim>>;
}

/** The most claims one list page holds before its period is cut into shorter ones. */
export const PAGE_SIZE = buildSettings().pageSize;

function archivesOf(
  claims: readonly Claim[],
  byStatus: ReadonlyMap<ClaimStatus, Claim[]>,
  byActor: ReadonlyMap<string, ActorActivity<Claim>>,
  oldestIncidentsFirst: readonly Incident[],
  byIncident: ReadonlyMap<string, Claim[]>,
  byPlace: ReadonlyMap<string, PlaceClaims<Claim>>,
): SiteArchives {
  const byYear = (list: readonly Claim[]) => buildArchive(list, { top: 'year', bound: PAGE_SIZE });
  return {
    timeline: buildArchive(claims, { top: 'month', bound: PAGE_SIZE }),
    byStatus: new Map(CLAIM_STATUSES.map((status) => [status, byYear(byStatus.get(status) ?? [])])),
    byActor: new Map([...byActor].map(([actor, activity]) => [actor, byYear(activity.involved)])),
    incidents: buildArchive(oldestIncidentsFirst, {
      top: 'year',
      bound: PAGE_SIZE,
      dayOf: (i) => i.data.date,
      facets: {},
    }),
    byIncident: new Map(
      [...byIncident]
        .filter(([, ofIncident]) => ofIncident.length > PAGE_SIZE)
        .map(([incident, ofIncident]) => [incident, buildArchive(ofIncident, { top: 'month', bound: PAGE_SIZE })]),
    ),
    byPlace: new Map([...byPlace].map(([place, { all }]) => [place, byYear(all)])),
  };
}

const NO_CLAIMS: Archive<Claim> = buildArchive<Claim>([], { top: 'year', bound: PAGE_SIZE });

/** A status's archive; empty for a status no claim has. */
export const statusArchive = (content: SiteContent, status: ClaimStatus): Archive<Claim> =>
  content.archives.byStatus.get(status) ?? NO_CLAIMS;

/** An incident's claims in timeline order; validation guarantees every incident has some. */
export const claimsOfIncident = (content: SiteContent, incident: string): Claim[] =>
  content.byIncident.get(incident) ?? [];

/** Incidents as the lists show them: dates, places, and their claims counted by status. */
export const incidentSummaries = (content: SiteContent, incidents: readonly Incident[]): IncidentSummaryView[] =>
  incidents.map((incident) => incidentSummary(incident, claimsOfIncident(content, incident.id), content.view));

/** A place's archive of claims. */
export const placeArchive = (content: SiteContent, place: string): Archive<Claim> =>
  content.archives.byPlace.get(place) ?? NO_CLAIMS;

/** An actor's archive; empty for an actor with no claims or responses. */
export const actorArchive = (content: SiteContent, actor: string): Archive<Claim> =>
  content.archives.byActor.get(actor) ?? NO_CLAIMS;

/** Whether a collection's folder holds any entry (see ENTRY_PATTERN: `.mdx`, not starting with `_`). */
function hasEntries(collection: 'editors' | 'places'): boolean {
  const folder = join(buildSettings().contentDir, COLLECTIONS[collection].folder);
  return existsSync(folder) && readdirSync(folder).some((name) => name.endsWith('.mdx') && !isDraft(name));
}

async function load(): Promise<SiteContent> {
  const [claims, actors, incidents, places, editors] = await Promise.all([
    getCollection('claims'),
    getCollection('actors'),
    getCollection('incidents'),
    hasEntries('places') ? getCollection('places') : [],
    // Astro warns about an empty collection; having no editor yet is an honest state, not a mistake.
    hasEntries('editors') ? getCollection('editors') : [],
  ]);
  const editorsById = new Map(editors.map((editor) => [editor.id, editor]));
  const actorsById = new Map(actors.map((actor) => [actor.id, actor]));
  const incidentsById = new Map(incidents.map((incident) => [incident.id, incident]));
  const placesById = new Map(places.map((place) => [place.id, place]));
  const chronological = sortChronologically(claims);
  const byActor = indexByActor(claims);
  const byStatus = indexByStatus(claims);
  const byIncident = indexByIncident(claims);
  const byPlace = indexByPlace(chronological, places);
  const newestIncidents = [...incidents].sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id),
  );
  const view: ViewContext = {
    nameOf: (slug) => entryFrom(actorsById, 'actor', slug).data.name,
    incidentTitleOf: (slug) => entryFrom(incidentsById, 'incident', slug).data.title,
    editorNameOf: (slug) => entryFrom(editorsById, 'editor', slug).data.name,
    placeNameOf: (slug) => entryFrom(placesById, 'place', slug).data.name,
    placeParentOf: (slug) => entryFrom(placesById, 'place', slug).data.parent,
    urls,
    t: translator(),
  };
  return {
    claims: chronological,
    actors: [...actors].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')),
    actorsById,
    byActor,
    byStatus,
    archives: archivesOf(chronological, byStatus, byActor, [...newestIncidents].reverse(), byIncident, byPlace),
    relations: indexRelations(claims),
    aliases: listAliases(claims),
    incidents: newestIncidents,
    incidentsById,
    editors: [...editors].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')),
    byIncident,
    places: [...places].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')),
    placesById,
    byPlace,
    // An archive's day parts are named as every page names incidents and actors.
    facetNames: { incident: view.incidentTitleOf, claimant: view.nameOf },
    view,
    namesKey: cacheKey([
      actors.map(({ id, data }) => [id, data.name, data.shortName]),
      incidents.map(({ id, data }) => [id, data.title]),
      editors.map(({ id, data }) => [id, data.name]),
      places.map(({ id, data }) => [id, data.name]),
    ]),
  };
}

let loaded: Promise<SiteContent> | undefined;

export function siteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

const localized = new Map<Locale, SiteContent>();

/**
 * The site's content as the pages of a locale show it: the same entries, with the locale's words and
 * addresses in its view. The default locale's for a page outside any (`Astro.currentLocale` unset).
 */
export function contentIn(content: SiteContent, locale: string | undefined): SiteContent {
  const chosen = isLocale(locale) ? locale : DEFAULT_LOCALE;
  if (chosen === DEFAULT_LOCALE) return content;
  const known = localized.get(chosen);
  if (known !== undefined) return known;
  const made = { ...content, view: { ...content.view, t: translator(chosen), urls: urlsFor(chosen) } };
  localized.set(chosen, made);
  return made;
}

/** The content, as pages in `locale` show it (see contentIn). */
export const siteContentIn = async (locale: string | undefined): Promise<SiteContent> =>
  contentIn(await siteContent(), locale);

/** The entry a validated slug names. Validation guarantees it exists; this says so if it ever does not. */
function entryFrom<Entry>(entries: ReadonlyMap<string, Entry>, kind: string, slug: string): Entry {
  const entry = entries.get(slug);
  if (!entry) throw new Error(`No ${kind} "${slug}": content validation should have caught this.`);
  return entry;
}

/** The actor a validated slug names. Validation guarantees it exists; this says so if it ever does not. */
export function actorOf(content: SiteContent, slug: string): Actor {
  return entryFrom(content.actorsById, 'actor', slug);
}

/** The place a validated slug names. */
export function placeOf(content: SiteContent, slug: string): Place {
  return entryFrom(content.placesById, 'place', slug);
}

/** The places an incident and its claims name, each once: the incident's own first, then its claims' in order. */
export function placesOfIncident(content: SiteContent, incident: Incident): Place[] {
  const slugs = new Set([
    ...(incident.data.places ?? []),
    ...claimsOfIncident(content, incident.id).flatMap((claim) => claim.data.places ?? []),
  ]);
  return [...slugs].map((slug) => placeOf(content, slug));
}

/** The incident a validated slug names. */
export function incidentOf(content: SiteContent, slug: string): Incident {
  return entryFrom(content.incidentsById, 'incident', slug);
}
