// Loads the collections once per build and indexes them once, so that no page scans every claim to
// find its own few: pages take what they need from these maps in getStaticPaths.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  COLLECTIONS,
  isDraft,
  translationName,
  TRANSLATED_COLLECTIONS,
  type TranslatedCollection,
} from '../lib/content/collections.ts';
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
import { kept } from '../lib/memo.ts';
import { buildSettings } from '../lib/site.ts';
import { translator } from '../lib/i18n/translator.ts';
import { createUrls } from '../lib/urls.ts';
import { DEFAULT_LOCALE, ENTRY_LOCALE, isLocale, LOCALE_LIST, LOCALES, type Locale } from '../lib/i18n/locales.ts';
import { translatedWords, type TranslationData } from '../lib/content/schema.ts';
import type { TranslationSource } from '../lib/data/records.ts';
import type { FacetNames } from '../lib/views/archives.ts';
import type { ViewContext } from '../lib/views/common.ts';
import { incidentSummary, type IncidentSummaryView } from '../lib/views/incidents.ts';

export type Claim = CollectionEntry<'claims'>;
export type Actor = CollectionEntry<'actors'>;
export type Incident = CollectionEntry<'incidents'>;
export type Editor = CollectionEntry<'editors'>;
export type Place = CollectionEntry<'places'>;
export type Translation = CollectionEntry<'translations'>;

/** Who translated an entry's words into a language, how, and who reviewed the translation. */
export type TranslationCredit = Pick<TranslationData, 'translation' | 'translator' | 'reviewer'>;

/** The entries as the collections hold them, with every translation, before any is indexed. */
interface Entries {
  claims: readonly Claim[];
  actors: readonly Actor[];
  incidents: readonly Incident[];
  places: readonly Place[];
  editors: readonly Editor[];
  translations: readonly Translation[];
}

export interface SiteContent {
  /**
   * The language the pages this content is for are written in. Its entries are in it where they have
   * a translation into it, and in English where they have none (see wordsIn).
   */
  locale: Locale;
  /** Whether an entry's words (title, summary, name, body) are in this content's language. */
  wordsIn: (collection: TranslatedCollection, slug: string) => boolean;
  /** The languages an entry is written in: English, then every language it is translated into. */
  languagesOf: (collection: TranslatedCollection, slug: string) => Locale[];
  /** Who translated an entry into this content's language, where it is translated. */
  creditOf: (collection: TranslatedCollection, slug: string) => TranslationCredit | undefined;
  /** The entries before indexing, for the content in another language (contentIn). */
  entries: Entries;
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

/**
 * Incidents as the lists show them: dates, places, and their claims counted by status. Each is made
 * once per language and shared by every list that shows it (the incidents' archive, each party's page).
 */
export const incidentSummaries = (content: SiteContent, incidents: readonly Incident[]): IncidentSummaryView[] => {
  const made = kept(summariesMade, content, () => new Map<string, IncidentSummaryView>());
  return incidents.map((incident) =>
    kept(made, incident.id, () => incidentSummary(incident, claimsOfIncident(content, incident.id), content.view)),
  );
};

const summariesMade = new WeakMap<SiteContent, Map<string, IncidentSummaryView>>();

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

/** Whether any entry has a translation (see TRANSLATION_PATTERN). */
function hasTranslations(): boolean {
  return TRANSLATED_COLLECTIONS.some((collection) => {
    const folder = join(buildSettings().contentDir, COLLECTIONS[collection].folder);
    return existsSync(folder) && readdirSync(folder).some((name) => !isDraft(name) && translationName(name));
  });
}

/** A translation's id (`claims/s200.uk`): the collection, the slug and the language of the entry it translates. */
const translationKey = (collection: TranslatedCollection, slug: string, locale: Locale) =>
  `${COLLECTIONS[collection].folder}/${slug}.${locale}`;

/** Every translation, by the entry it translates and its language (its id is `claims/<slug>.uk`). */
export function translationSources(content: SiteContent): TranslationSource[] {
  return content.entries.translations.flatMap((translation) => {
    const [folder = '', name = ''] = translation.id.split('/');
    const parsed = translationName(`${name}.mdx`);
    const collection = TRANSLATED_COLLECTIONS.find((candidate) => COLLECTIONS[candidate].folder === folder);
    if (!parsed || !collection || !isLocale(parsed.language)) return [];
    return [{ collection, slug: parsed.slug, locale: parsed.language, data: translation.data }];
  });
}

/** The entries, each in `locale` where it has a translation into it (its words and body), else as written. */
function entriesIn(entries: Entries, locale: Locale): Entries {
  if (locale === ENTRY_LOCALE) return entries;
  const byKey = new Map(entries.translations.map((translation) => [translation.id, translation]));
  const translate = <Entry extends Claim | Actor | Incident | Place>(
    collection: TranslatedCollection,
    entry: Entry,
  ): Entry => {
    const translation = byKey.get(translationKey(collection, entry.id, locale));
    if (!translation) return entry;
    return {
      ...entry,
      data: { ...entry.data, ...translatedWords(translation.data) },
      body: translation.body,
      rendered: translation.rendered,
      // Its words are the translation's: "edit this page" opens that file.
      filePath: translation.filePath,
      // What its page shows comes from both files: a change to either renders it again.
      digest: `${entry.digest ?? ''}:${translation.digest ?? ''}`,
    };
  };
  return {
    ...entries,
    claims: entries.claims.map((entry) => translate('claims', entry)),
    actors: entries.actors.map((entry) => translate('actors', entry)),
    incidents: entries.incidents.map((entry) => translate('incidents', entry)),
    places: entries.places.map((entry) => translate('places', entry)),
  };
}

async function load(): Promise<SiteContent> {
  const [claims, actors, incidents, places, editors, translations] = await Promise.all([
    getCollection('claims'),
    getCollection('actors'),
    getCollection('incidents'),
    hasEntries('places') ? getCollection('places') : [],
    // Astro warns about an empty collection; having no editor yet is an honest state, not a mistake.
    hasEntries('editors') ? getCollection('editors') : [],
    hasTranslations() ? getCollection('translations') : [],
  ]);
  const content = indexed({ claims, actors, incidents, places, editors, translations }, DEFAULT_LOCALE);
  localized.set(DEFAULT_LOCALE, content);
  return content;
}

/** What the pages of `locale` need to know of the translations: which entry is in which language, by whom. */
function translationsIn(
  all: Entries,
  locale: Locale,
): Pick<SiteContent, 'locale' | 'wordsIn' | 'languagesOf' | 'creditOf'> {
  const credits = new Map(all.translations.map((translation) => [translation.id, translation.data]));
  const translated = (collection: TranslatedCollection, slug: string, into: Locale) =>
    credits.has(translationKey(collection, slug, into));
  return {
    locale,
    wordsIn: (collection, slug) => locale === ENTRY_LOCALE || translated(collection, slug, locale),
    languagesOf: (collection, slug) =>
      LOCALE_LIST.filter((into) => into === ENTRY_LOCALE || translated(collection, slug, into)),
    creditOf: (collection, slug) => {
      const credit = credits.get(translationKey(collection, slug, locale));
      return credit && { translation: credit.translation, translator: credit.translator, reviewer: credit.reviewer };
    },
  };
}

/** The content as the pages of `locale` show it: its entries in that language where translated, indexed. */
function indexed(all: Entries, locale: Locale): SiteContent {
  const { claims, actors, incidents, places, editors } = entriesIn(all, locale);
  const translations = translationsIn(all, locale);
  const { wordsIn } = translations;
  const collation = LOCALES[locale].intl;
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
    // An entry's words not in the page's language are marked with the language they are in.
    langOf: (collection, slug) => (wordsIn(collection, slug) ? undefined : LOCALES[ENTRY_LOCALE].lang),
    urls: createUrls(buildSettings().base, locale, wordsIn),
    t: translator(locale),
  };
  return {
    ...translations,
    entries: all,
    claims: chronological,
    actors: [...actors].sort((a, b) => a.data.name.localeCompare(b.data.name, collation)),
    actorsById,
    byActor,
    byStatus,
    archives: archivesOf(chronological, byStatus, byActor, [...newestIncidents].reverse(), byIncident, byPlace),
    relations: indexRelations(claims),
    aliases: listAliases(claims),
    incidents: newestIncidents,
    incidentsById,
    editors: [...editors].sort((a, b) => a.data.name.localeCompare(b.data.name, collation)),
    byIncident,
    places: [...places].sort((a, b) => a.data.name.localeCompare(b.data.name, collation)),
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
 * The site's content as the pages of a locale show it: each entry in the locale's language where it
 * is translated into it, the locale's words and addresses in its view. The default locale's for a page
 * outside any (`Astro.currentLocale` unset).
 */
export function contentIn(content: SiteContent, locale: string | undefined): SiteContent {
  const chosen = isLocale(locale) ? locale : DEFAULT_LOCALE;
  if (chosen === content.locale) return content;
  const known = localized.get(chosen);
  if (known !== undefined) return known;
  const made = indexed(content.entries, chosen);
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
