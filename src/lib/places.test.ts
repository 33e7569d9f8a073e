import { describe, expect, it } from 'vitest';
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
