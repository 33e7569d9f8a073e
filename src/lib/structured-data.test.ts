import { describe, expect, it } from 'vitest';
import type { ClaimData } from './content/schema.ts';
import { claimReview, placeLd, serializeJsonLd } from './structured-data.ts';
import { t } from './__fixtures__/view-context.ts';

const data: ClaimData = {
  title: 'Ministry A says a missile was shot down </script><script>alert(1)</script>',
  claimant: 'ministry-a',
  incident: 'an-incident',
  claimedOn: '2024-01-10',
  claimedOnKind: 'source-date',
  status: 'disputed',
  summary: 'Ministry A said its air defences shot down a missile.',
  sources: [
    { title: 'Later report', date: '2024-01-12', url: 'https://example.org/later' },
    { title: 'First report', publisher: 'A paper', date: '2024-01-10' },
  ],
  responses: [{ actor: 'gov-b', stance: 'denies', date: '2024-01-11', note: 'Denied it.' }],
};

describe('ClaimReview', () => {
  const review = claimReview(
    {
      claim: { id: 'missile', data },
      claimant: { name: 'Ministry A', kind: 'ministry', affiliation: 'russia' },
      places: [],
      pageUrl: 'https://example.org/claims/missile/',
      siteUrl: 'https://example.org/',
    },
    t,
  );

  it('names the claim, its language, its author, its first appearance and the status in words', () => {
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      inLanguage: 'en',
      claimReviewed: data.title,
      url: 'https://example.org/claims/missile/',
      datePublished: '2024-01-12',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Ministry A' },
        firstAppearance: { name: 'First report', datePublished: '2024-01-10', publisher: { name: 'A paper' } },
      },
      reviewRating: { '@type': 'Rating', alternateName: 'Disputed' },
    });
    expect(review.itemReviewed).not.toHaveProperty('firstAppearance.url');
  });

  it('dates the claim itself only where a source gives the day of the statement', () => {
    // A report's date is when the claim first appeared, not when it was made.
    expect(review.itemReviewed).not.toHaveProperty('datePublished');
    const stated = claimReview(
      {
        claim: { id: 'missile', data: { ...data, claimedOnKind: 'statement-day' } },
        claimant: { name: 'Ministry A', kind: 'ministry', affiliation: 'russia' },
        places: [],
        pageUrl: 'https://example.org/claims/missile/',
        siteUrl: 'https://example.org/',
      },
      t,
    );
    expect(stated.itemReviewed).toHaveProperty('datePublished', '2024-01-10');
  });

  it('serialises to valid JSON that cannot close its script element', () => {
    const json = serializeJsonLd(review);
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual(review);
  });
});

describe('Place', () => {
  const place = (precision: 'point' | 'region', radiusKm: number) =>
    placeLd({
      data: {
        name: 'A place',
        kind: 'region',
        coordinates: { latitude: 45.3, longitude: 34.4 },
        precision,
        radiusKm,
      },
      url: 'https://example.org/places/a-place/',
    });

  it('gives coordinates only to a place located to a point', () => {
    expect(place('point', 0.5)).toEqual({
      '@type': 'Place',
      name: 'A place',
      url: 'https://example.org/places/a-place/',
      geo: { '@type': 'GeoCoordinates', latitude: 45.3, longitude: 34.4 },
    });
  });

  it('gives any other place as the circle it may lie in, never as a point', () => {
    expect(place('region', 170).geo).toEqual({
      '@type': 'GeoCircle',
      geoMidpoint: { '@type': 'GeoCoordinates', latitude: 45.3, longitude: 34.4 },
      geoRadius: 170000,
    });
  });

  it('is the location of a claim that names it', () => {
    const review = claimReview(
      {
        claim: { id: 'missile', data },
        claimant: { name: 'Ministry A', kind: 'ministry', affiliation: 'russia' },
        places: [
          {
            data: {
              name: 'A place',
              kind: 'region',
              coordinates: { latitude: 1, longitude: 2 },
              precision: 'region',
              radiusKm: 9,
            },
            url: 'u',
          },
        ],
        pageUrl: 'https://example.org/claims/missile/',
        siteUrl: 'https://example.org/',
      },
      t,
    );
    expect(review).toHaveProperty('itemReviewed.contentLocation.0.name', 'A place');
  });
});
