// What the place pages and the maps on other pages show: a place's link, its precision and coordinates
// in words, the places as a list grouped by where they lie, and a map's words (its title, and a
// description that says what is drawn and what is not).
import type { PlaceData } from '../content/schema.ts';
import { mapLayout, MIN_SPAN_KM, type MapLayout, type MapPlace } from '../maps/map-layout.ts';
import { lineOf, type PlaceBranch, type PlaceLike } from '../places.ts';
import type { Translator } from '../i18n/translator.ts';
import type { Urls } from '../urls.ts';
import { formatKm } from '../wording.ts';
import { placeLink, type PlaceLink, type ViewContext } from './common.ts';

/** A place a claim names, with the places it lies within, nearest first: "Western tip of Crimea, within Crimea". */
export interface NamedPlace extends PlaceLink {
  within: PlaceLink[];
}

export function namedPlace(slug: string, context: ViewContext): NamedPlace {
  const within: PlaceLink[] = [];
  const seen = new Set([slug]);
  for (let parent = context.placeParentOf(slug); parent !== undefined && !seen.has(parent);) {
    seen.add(parent);
    within.push(placeLink(parent, context));
    parent = context.placeParentOf(parent);
  }
  return { ...placeLink(slug, context), within };
}

/** "45.45° N, 32.8° E", with the decimals the file gives and no more. */
export function coordinatesInWords({ latitude, longitude }: PlaceData['coordinates'], t: Translator): string {
  return t('place.coordinates', {
    latitude: Math.abs(latitude),
    northSouth: t(latitude < 0 ? 'place.south' : 'place.north'),
    longitude: Math.abs(longitude),
    eastWest: t(longitude < 0 ? 'place.west' : 'place.east'),
  });
}

/** "An area", and "part of a region …: it lies somewhere within 45 km of the point it is drawn around …". */
export function precisionInWords(
  { precision, radiusKm }: PlaceData,
  t: Translator,
): { label: string; meaning: string } {
  const km = formatKm(t, radiusKm);
  const drawn = t(precision === 'point' ? 'place.drawn.point' : 'place.drawn.circle', { km });
  return {
    label: t(`precision.${precision}.label`),
    meaning: t('place.precisionMeaning', { covers: t(`precision.${precision}.covers`), drawn }),
  };
}

/** How a map draws a place, in words: what a screen reader hears instead of the shape. */
export function shapeInWords(
  { precision, radiusKm }: Pick<PlaceData, 'precision' | 'radiusKm'>,
  t: Translator,
): string {
  return precision === 'point' ? t('place.shape.point') : t('place.shape.circle', { km: formatKm(t, radiusKm) });
}

export const mapPlace = (place: PlaceLike, urls: Urls, claims?: number): MapPlace => ({
  slug: place.id,
  name: place.data.name,
  href: urls.place(place.id),
  latitude: place.data.coordinates.latitude,
  longitude: place.data.coordinates.longitude,
  precision: place.data.precision,
  radiusKm: place.data.radiusKm,
  ...(claims === undefined ? {} : { claims }),
});

export interface PlaceMapView {
  idPrefix: string;
  title: string;
  heading: string;
  description: string;
  layout: MapLayout;
  /** Whether each place's shape links to its page (not on the page of that one place itself). */
  linked: boolean;
  /**
   * The places drawn, in words: each one's name (in its language where not the page's), its link (none
   * to the page the map is on) and its shape. The list under the map; an overview's page lists its
   * places itself.
   */
  key: { name: string; lang: string | undefined; href: string | undefined; words: string }[];
  /** The language of each drawn place's name, by its slug, where it is not the page's: its label says so. */
  nameLangs: Readonly<Record<string, string>>;
  /** Whether names are written on the map: not on an overview of more than a few places. */
  labelled: boolean;
}

/** The language of each place's name, by its slug, where it is not the page's. */
const nameLangsOf = (places: readonly PlaceLike[], { langOf }: ViewContext): Record<string, string> =>
  Object.fromEntries(
    places.flatMap((place) => {
      const lang = langOf('places', place.id);
      return lang === undefined ? [] : [[place.id, lang]];
    }),
  );

/** An overview names its places on the map up to this many; beyond, only the list under it does. */
const MOST_LABELS = 12;

/**
 * A map of some places, with its words. The description says what the map draws (land and coasts)
 * and what it never does (borders), then each place's shape: it is the map for a screen reader.
 */
export function placeMapView(
  places: readonly PlaceLike[],
  context: ViewContext,
  {
    idPrefix,
    title,
    overview = false,
    linked = true,
    claims,
    spanKm = MIN_SPAN_KM,
    current,
    heading = title,
    framedBy,
  }: {
    idPrefix: string;
    /** The map's name, which a screen reader announces: it says that it is a map, and of what. */
    title: string;
    /** The heading over the map, where shorter than its name ("Where"). */
    heading?: string;
    overview?: boolean;
    linked?: boolean;
    /** The least the map shows across: less for a close-up. */
    spanKm?: number;
    /** The place whose page the map is on: drawn, but not linked to itself. */
    current?: string;
    /** How many of the places, from the first, frame the map (see MapOptions). */
    framedBy?: number;
    /** Claims per place, for an overview. */
    claims?: ReadonlyMap<string, number>;
  },
): PlaceMapView {
  const layout = mapLayout(
    places.map((place) => ({
      ...mapPlace(place, context.urls, claims?.get(place.id)),
      ...(place.id === current ? { href: '' } : {}),
    })),
    { overview, spanKm, ...(framedBy === undefined ? {} : { framedBy }) },
  );
  const { t } = context;
  const across = layout.world ? t('map.world') : t('map.areaAcross', { km: formatKm(t, spanKm) });
  const key = places.map((place) => {
    const tally = claims?.get(place.id);
    const words = shapeInWords(place.data, t);
    return {
      name: place.data.name,
      lang: context.langOf('places', place.id),
      href: place.id === current ? undefined : context.urls.place(place.id),
      words:
        tally === undefined ? words : t('map.keyWithClaims', { claims: t.count('count.claim', tally), shape: words }),
    };
  });
  const drawn = overview
    ? t('map.overviewDrawn')
    : key.map(({ name, words }) => t('map.keyItem', { name, shape: words })).join(t('list.sentenceSeparator'));
  return {
    idPrefix,
    title,
    heading,
    description: t('map.description', { shown: overview ? t.count('count.place', places.length) : across, drawn }),
    layout,
    linked,
    key: overview ? [] : key,
    nameLangs: nameLangsOf(places, context),
    labelled: !overview || places.length <= MOST_LABELS,
  };
}

export interface PlaceListItem {
  slug: string;
  href: string;
  name: string;
  /** The name's language, where it is not the page's. */
  lang: string | undefined;
  kind: string;
  precision: string;
  /** Claims about the place, and how many of them name a place within it. */
  claims: string;
  within: PlaceListItem[];
}

/** Places grouped by where they lie, each with its kind, precision and claims in words. */
export function placeListItems(
  tree: readonly PlaceBranch<PlaceLike>[],
  claimsOf: (slug: string) => { all: number; direct: number },
  context: ViewContext,
): PlaceListItem[] {
  const { urls, t } = context;
  return tree.map(({ place, within }) => {
    const { all, direct } = claimsOf(place.id);
    return {
      slug: place.id,
      href: urls.place(place.id),
      name: place.data.name,
      lang: context.langOf('places', place.id),
      kind: t(`placeKind.${place.data.kind}`),
      precision: t('place.precisionWithin', {
        precision: t(`precision.${place.data.precision}.label`).toLowerCase(),
        km: formatKm(t, place.data.radiusKm),
      }),
      claims: claimsInWords(all, direct, t),
      within: placeListItems(within, claimsOf, context),
    };
  });
}

export interface PlaceFactsView {
  kind: string;
  precision: { label: string; meaning: string };
  /** The point it is drawn around, in words. */
  coordinates: string;
  /** The places it lies within, nearest first. */
  lineage: PlaceLink[];
  /** The places directly within it, by name. */
  within: PlaceLink[];
  aliases: readonly string[];
  /** Its claims in words: "3 claims, 2 of them about places within it". */
  claims: string;
}

export function placeFacts(
  place: PlaceLike,
  byId: ReadonlyMap<string, PlaceLike>,
  within: readonly PlaceLike[],
  claims: { all: readonly unknown[]; direct: number },
  context: ViewContext,
): PlaceFactsView {
  const { t } = context;
  const all = claims.all.length;
  return {
    kind: t(`placeKind.${place.data.kind}`),
    precision: precisionInWords(place.data, t),
    coordinates: coordinatesInWords(place.data.coordinates, t),
    lineage: lineOf(place, byId)
      .slice(1)
      .map((parent) => placeLink(parent.id, context)),
    within: [...within]
      .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'))
      .map((other) => placeLink(other.id, context)),
    aliases: place.data.aliases ?? [],
    claims: claimsInWords(all, claims.direct, t),
  };
}

/** "3 claims", or "3 claims, 2 of them about places within it". */
export function claimsInWords(all: number, direct: number, t: Translator): string {
  const claims = t.count('count.claim', all);
  return all === direct ? claims : t.count('place.claimsWithin', all - direct, { claims });
}

/**
 * The least span of a close-up of a place: wide enough to show the land around it. A place small beside
 * a locator map (MIN_SPAN_KM across) gets one (its page draws it only if a coast crosses it: inland,
 * with no border drawn, a close-up shows nothing to find the place by); a large one fills the locator.
 */
export function closeUpSpan({ radiusKm }: Pick<PlaceData, 'radiusKm'>): number | undefined {
  return radiusKm * 16 < MIN_SPAN_KM ? Math.max(radiusKm * 6, CLOSE_UP_SPAN_KM) : undefined;
}

/**
 * The least a close-up shows across: Natural Earth's land at 1:50 million is a few kilometres out, so
 * a closer map would place a coast, and the place beside it, more precisely than the data knows.
 */
const CLOSE_UP_SPAN_KM = 400;

/** The places some claims name, each with how many of them name it: most named first, then by name. */
export function placesNamedIn(
  claims: readonly { data: { places?: readonly string[] | undefined } }[],
  context: ViewContext,
): (PlaceLink & { claims: string })[] {
  const counts = new Map<string, number>();
  for (const claim of claims) for (const slug of claim.data.places ?? []) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return [...counts]
    .map(([slug, n]) => ({ ...placeLink(slug, context), n }))
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, 'en'))
    .map(({ n, ...link }) => ({ ...link, claims: context.t.count('count.claim', n) }));
}
