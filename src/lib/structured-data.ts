// schema.org ClaimReview for claim pages, so search engines and fact-check aggregators read the
// verdict as data. Built from the entry alone: nothing here that the page does not say.
import type { ClaimLike } from './claims.ts';
import { lastRecordedDay } from './claims.ts';
import type { ActorData } from './content/schema.ts';
import { STATUS_WORDING } from './wording.ts';

export const SITE_NAME = 'Contested';

interface ClaimReviewInput {
  claim: ClaimLike;
  claimant: ActorData;
  /** Absolute URL of the claim page. */
  pageUrl: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
}

export function claimReview({ claim, claimant, pageUrl, siteUrl }: ClaimReviewInput): Record<string, unknown> {
  const { data } = claim;
  const [first] = [...data.sources].sort((a, b) => a.date.localeCompare(b.date));
  const status = STATUS_WORDING[data.status];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: pageUrl,
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
      datePublished: data.claimedOn,
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
    reviewRating: { '@type': 'Rating', alternateName: status.label, ratingExplanation: status.definition },
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so no text can close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
