// The pieces every view shares: how a view reaches actor names and URLs, and links to an actor or
// a status, and responses in words.
import { CLAIM_STATUSES, type Response, type ClaimStatus } from '../content/schema.ts';
import type { Translator } from '../i18n/translator.ts';
import type { Urls } from '../urls.ts';
import type { TranslatedCollection } from '../content/collections.ts';

/** An actor's name by slug; content validation guarantees every linked slug names one. */
export type NameOf = (slug: string) => string;

export interface ActorLink {
  name: string;
  href: string;
  /** The language of the name, where it is not the page's (see ViewContext.langOf). */
  lang: string | undefined;
}

/** The statuses that have claims, with their counts in words: "1,200 unverified, 4 disputed". */
export function statusesInWords(counts: Record<ClaimStatus, number>, t: Translator): string {
  return CLAIM_STATUSES.filter((status) => counts[status] > 0)
    .map((status) =>
      t('status.counted', { count: t.number(counts[status]), status: t(`status.${status}.label`).toLowerCase() }),
    )
    .join(t('list.separator'));
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
  /** Places the response names besides the claim's. */
  places: PlaceLink[];
}

export interface ViewContext {
  nameOf: NameOf;
  /** An incident's title by slug; validation guarantees every claim's incident exists. */
  incidentTitleOf: (slug: string) => string;
  /** An editor's name by slug; validation guarantees every writer and reviewer exists. */
  editorNameOf: (slug: string) => string;
  /** A place's name by slug; validation guarantees every place a claim or incident names exists. */
  placeNameOf: (slug: string) => string;
  /** The place a place lies within, if any. */
  placeParentOf: (slug: string) => string | undefined;
  /**
   * The `lang` an entry's words (a claim's title, an actor's name) need on the page: undefined where
   * they are in the page's language, the language they are written in where the entry has no
   * translation into the page's.
   */
  langOf: (collection: TranslatedCollection, slug: string) => string | undefined;
  urls: Urls;
  /** Every word the view writes, in the page's language. */
  t: Translator;
}

export interface IncidentLink {
  title: string;
  href: string;
  lang: string | undefined;
}

export const incidentLink = (slug: string, { incidentTitleOf, urls, langOf }: ViewContext): IncidentLink => ({
  title: incidentTitleOf(slug),
  href: urls.incident(slug),
  lang: langOf('incidents', slug),
});

export interface PlaceLink {
  name: string;
  href: string;
  lang: string | undefined;
}

export const placeLink = (slug: string, { placeNameOf, urls, langOf }: ViewContext): PlaceLink => ({
  name: placeNameOf(slug),
  href: urls.place(slug),
  lang: langOf('places', slug),
});

export const actorLink = (slug: string, { nameOf, urls, langOf }: ViewContext): ActorLink => ({
  name: nameOf(slug),
  href: urls.actor(slug),
  lang: langOf('actors', slug),
});

export function statusLink(status: ClaimStatus, href: string, t: Translator): StatusLink {
  return { status, label: t(`status.${status}.label`), href };
}

export function responseItems(responses: readonly Response[], context: ViewContext): ResponseItem[] {
  return responses.map((response) => ({
    actor: actorLink(response.actor, context),
    stance: context.t(`stance.${response.stance}`),
    day: response.date,
    note: response.note,
    places: (response.places ?? []).map((slug) => placeLink(slug, context)),
  }));
}

/**
 * The last `n` of a list in timeline order, still in that order: what a page shows before "see all".
 * Every claim list on the site reads in the one order of events, whether it shows all or the latest.
 */
export function latest<Item>(items: readonly Item[], n: number): Item[] {
  return items.slice(-n);
}

/** An entry's name that is not in the page's language, and the language it is in. */
export interface ForeignWords {
  words: string;
  lang: string;
}

/** An entry's name as ForeignWords where it is in another language than the page's (`lang`), else none. */
export const foreignName = (words: string, lang: string | undefined): ForeignWords | undefined =>
  lang === undefined ? undefined : { words, lang };
