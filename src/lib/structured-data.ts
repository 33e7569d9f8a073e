// schema.org ClaimReview for claim pages, so search engines and fact-check aggregators read the
// verdict as data. Built from the entry alone: nothing here that the page does not say.
import type { ClaimLike } from './claims.ts';
import { lastRecordedDay } from './claims.ts';
import type { ActorData, IncidentData, PlaceData } from './content/schema.ts';
import type { Translator } from './i18n/translator.ts';

export const SITE_NAME = 'Contested';

/** A place as structured data names it: its data and the absolute URL of its page. */
export interface PlaceInput {
  data: PlaceData;
  url: string;
}

/**
 * schema.org Place, located no more precisely than the site locates it: a place known to a point has
 * coordinates; any other is a circle of its radius around them (GeoCircle, radius in metres), which
 * says that it lies somewhere within.
 */
export function placeLd({ data, url }: PlaceInput): Record<string, unknown> {
  const midpoint = {
    '@type': 'GeoCoordinates',
    latitude: data.coordinates.latitude,
    longitude: data.coordinates.longitude,
  };
  return {
    '@type': 'Place',
    name: data.name,
    url,
    geo:
      data.precision === 'point'
        ? midpoint
        : { '@type': 'GeoCircle', geoMidpoint: midpoint, geoRadius: Math.round(data.radiusKm * 1000) },
  };
}

interface ClaimReviewInput {
  claim: ClaimLike;
  claimant: ActorData;
  /** The places the claim names. */
  places: readonly PlaceInput[];
  /** Absolute URL of the claim page. */
  pageUrl: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
}

export function claimReview(
  { claim, claimant, places, pageUrl, siteUrl }: ClaimReviewInput,
  t: Translator,
): Record<string, unknown> {
  const { data } = claim;
  const [first] = [...data.sources].sort((a, b) => a.date.localeCompare(b.date));
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: pageUrl,
    // A claim's page is in English, or in a language the claim is translated into: the page's.
    inLanguage: t.lang,
    claimReviewed: data.title,
    datePublished: lastRecordedDay(claim),
    author: { '@type': 'Organization', name: SITE_NAME, url: siteUrl },
    itemReviewed: {
      '@type': 'Claim',
      author: {
        '@type': claimant.kind === 'official' ? 'Person' : 'Organization',
        name: claimant.name,
        ...(claimant.role ? { jobTitle: claimant.role } : {}),
      },
      ...(places.length ? { contentLocation: places.map(placeLd) } : {}),
      // Only a day a source gives for the statement; a report's date is the first appearance's.
      ...(data.claimedOnKind === 'statement-day' ? { datePublished: data.claimedOn } : {}),
      ...(first
        ? {
            firstAppearance: {
              '@type': 'CreativeWork',
              name: first.title,
              datePublished: first.date,
              ...(first.publisher ? { publisher: { '@type': 'Organization', name: first.publisher } } : {}),
              ...(first.url ? { url: first.url } : {}),
            },
          }
        : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: t(`status.${data.status}.label`),
      ratingExplanation: t(`status.${data.status}.definition`),
    },
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so no text can close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

interface IncidentEventInput {
  incident: { data: IncidentData };
  /** The places the incident names. */
  places: readonly PlaceInput[];
  /** The incident's claims, each with the absolute URL of its page (where its ClaimReview is) and its language. */
  claims: readonly { title: string; url: string; lang: string }[];
  pageUrl: string;
  /** The language of the page: English, or one the incident is translated into. */
  lang: string;
}

/**
 * schema.org Event for an incident's explainer: its name and places (see placeLd), and the ClaimReviews of its claims as what is written about it. No
 * startDate: an incident's date is the day it was first reported, not a day the event is known to have
 * begun, and structured data would state it as that.
 */
export function incidentEvent({
  incident,
  places,
  claims,
  pageUrl,
  lang,
}: IncidentEventInput): Record<string, unknown> {
  const { data } = incident;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: data.title,
    url: pageUrl,
    inLanguage: lang,
    ...(places.length ? { location: places.map(placeLd) } : {}),
    subjectOf: claims.map((claim) => ({
      '@type': 'ClaimReview',
      url: claim.url,
      claimReviewed: claim.title,
      inLanguage: claim.lang,
    })),
  };
}
