import { describe, expect, it } from 'vitest';
import { buildArchive } from './archives.ts';
import type { ClaimLike } from './claims.ts';
import type { ClaimData, PlaceData } from './content/schema.ts';
import { indexByPlace, lineOf, placeTree, type PlaceLike } from './places.ts';

const placeData = (name: string, parent?: string): PlaceData => ({
  name,
  kind: 'region',
  coordinates: { latitude: 45, longitude: 34 },
  precision: 'region',
  radiusKm: 100,
  ...(parent ? { parent } : {}),
});
const places: PlaceLike[] = [
  { id: 'crimea', data: placeData('Crimea') },
  { id: 'western-tip', data: placeData('Western tip of Crimea', 'crimea') },
  { id: 'cape', data: placeData('A cape', 'western-tip') },
  { id: 'kaluga', data: placeData('Kaluga region') },
];
const claim = (id: string, placesNamed: string[]): ClaimLike => ({
  id,
  data: { places: placesNamed } as unknown as ClaimData,
});

describe('places', () => {
  it('counts a claim about a place within another on both, once each', () => {
    const index = indexByPlace(
      [claim('one', ['western-tip']), claim('two', ['crimea', 'cape']), claim('three', ['kaluga'])],
      places,
    );
    expect(index.get('crimea')?.all.map((c) => c.id)).toEqual(['one', 'two']);
    expect(index.get('crimea')?.direct).toBe(1);
    expect(index.get('western-tip')?.all.map((c) => c.id)).toEqual(['one', 'two']);
    expect(index.get('western-tip')?.direct).toBe(1);
    expect(index.get('cape')?.all.map((c) => c.id)).toEqual(['two']);
    expect(index.get('kaluga')?.all.map((c) => c.id)).toEqual(['three']);
  });

  it('gives every place an entry, even one no claim names', () => {
    expect(indexByPlace([], places).get('kaluga')).toEqual({ all: [], direct: 0 });
  });

  it('lists a place and those it lies within, nearest first', () => {
    const byId = new Map(places.map((place) => [place.id, place]));
    const cape = byId.get('cape');
    expect(cape && lineOf(cape, byId).map((place) => place.id)).toEqual(['cape', 'western-tip', 'crimea']);
  });

  it('stops at a loop rather than running forever', () => {
    const loop: PlaceLike[] = [
      { id: 'a', data: placeData('A', 'b') },
      { id: 'b', data: placeData('B', 'a') },
    ];
    const byId = new Map(loop.map((place) => [place.id, place]));
    expect(lineOf(loop[0] as PlaceLike, byId).map((place) => place.id)).toEqual(['a', 'b']);
  });

  it('groups places under the places they lie within, by name', () => {
    const tree = placeTree(places);
    expect(tree.map((branch) => branch.place.id)).toEqual(['crimea', 'kaluga']);
    expect(tree[0]?.within.map((branch) => branch.place.id)).toEqual(['western-tip']);
    expect(tree[0]?.within[0]?.within.map((branch) => branch.place.id)).toEqual(['cape']);
  });
});

describe('a place with 5,000 claims', () => {
  // Over a year and a half, a few busy days among them, from five claimants in three incidents.
  const claims: ClaimLike[] = Array.from({ length: 5000 }, (_, index) => ({
    id: `claim-${index}`,
    data: {
      places: [index % 2 ? 'cape' : 'western-tip'],
      claimedOn: new Date(Date.UTC(2023, 0, 1) + Math.floor(index / 9) * 86_400_000).toISOString().slice(0, 10),
      claimant: `actor-${index % 5}`,
      incident: `incident-${index % 3}`,
    } as unknown as ClaimData,
  }));

  it('lists them all on its archive pages, none over the page bound, each claim once', () => {
    const index = indexByPlace(claims, places);
    const all = index.get('crimea')?.all ?? [];
    expect(all).toHaveLength(5000);
    const archive = buildArchive(all, { top: 'year', bound: 200 });
    expect(Math.max(...archive.listings.map((page) => page.items.length))).toBeLessThanOrEqual(200);
    const listed = archive.listings.flatMap((page) => page.items.map((claim) => claim.id));
    expect(new Set(listed).size).toBe(5000);
    expect(listed).toHaveLength(5000);
  });
});
