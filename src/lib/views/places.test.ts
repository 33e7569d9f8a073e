import { describe, expect, it } from 'vitest';
import { t } from '../__fixtures__/view-context.ts';
import type { PlaceData } from '../content/schema.ts';
import { createUrls } from '../urls.ts';
import type { ViewContext } from './common.ts';
import {
  claimsInWords,
  closeUpSpan,
  coordinatesInWords,
  namedPlace,
  placeMapView,
  placesNamedIn,
  precisionInWords,
} from './places.ts';

const data: Record<string, PlaceData> = {
  crimea: {
    name: 'Crimea',
    kind: 'peninsula',
    coordinates: { latitude: 45.3, longitude: 34.4 },
    precision: 'region',
    radiusKm: 170,
  },
  'western-tip': {
    name: 'Western tip of Crimea',
    kind: 'area',
    coordinates: { latitude: 45.45, longitude: 32.8 },
    precision: 'area',
    radiusKm: 45,
    parent: 'crimea',
  },
  depot: {
    name: 'A depot',
    kind: 'facility',
    coordinates: { latitude: -33.5, longitude: -70.25 },
    precision: 'point',
    radiusKm: 0.5,
  },
};
const context: ViewContext = {
  nameOf: (slug) => slug,
  incidentTitleOf: (slug) => slug,
  editorNameOf: (slug) => slug,
  placeNameOf: (slug) => data[slug]?.name ?? slug,
  placeParentOf: (slug) => data[slug]?.parent,
  langOf: () => undefined,
  urls: createUrls('/base/'),
  t,
};
const entry = (id: string) => ({ id, data: data[id] as PlaceData });

describe('place views', () => {
  it('gives coordinates with the hemisphere and no added decimals', () => {
    expect(coordinatesInWords({ latitude: 45.3, longitude: 34.4 }, t)).toBe('45.3° N, 34.4° E');
    expect(coordinatesInWords({ latitude: -33.5, longitude: -70.25 }, t)).toBe('33.5° S, 70.25° W');
  });

  it('says how far a place may lie from its point, and that a point is drawn as a marker', () => {
    const area = precisionInWords(entry('western-tip').data, t);
    expect(area.label).toBe('An area');
    expect(area.meaning).toContain('it lies somewhere within 45 km of the point it is drawn around');
    expect(precisionInWords(entry('depot').data, t).meaning).toContain(
      'located to within 0.5 km, and drawn as a marker',
    );
  });

  it('names a place with the places it lies within, as links', () => {
    expect(namedPlace('western-tip', context)).toEqual({
      name: 'Western tip of Crimea',
      href: '/base/places/western-tip/',
      within: [{ name: 'Crimea', href: '/base/places/crimea/' }],
    });
  });

  it('describes a map in words: what it draws, that it draws no border, and each place', () => {
    const view = placeMapView([entry('crimea'), entry('depot')], context, { idPrefix: 'where', title: 'Where' });
    expect(view.description).toContain('land and coastlines');
    expect(view.description).toContain('no borders are drawn');
    expect(view.description).toContain('Crimea: a circle 170 km in radius');
    expect(view.description).toContain('A depot: a marker');
    expect(view.key.map((item) => item.href)).toEqual(['/base/places/crimea/', '/base/places/depot/']);
  });

  it('marks the language of each name on a map that is not the page’s, in the list and on the label', () => {
    // On a page in another language, Crimea is translated and the depot is not: its name is English.
    const inUkrainian: ViewContext = { ...context, langOf: (_, slug) => (slug === 'depot' ? 'en' : undefined) };
    const view = placeMapView([entry('crimea'), entry('depot')], inUkrainian, { idPrefix: 'where', title: 'Where' });
    expect(view.nameLangs).toEqual({ depot: 'en' });
    expect(view.key.map(({ name, lang }) => [name, lang])).toEqual([
      ['Crimea', undefined],
      ['A depot', 'en'],
    ]);
    expect(placeMapView([entry('depot')], context, { idPrefix: 'where', title: 'Where' }).nameLangs).toEqual({});
  });

  it('leaves an overview’s places to the list under it, and names only a few on the map', () => {
    const view = placeMapView([entry('crimea'), entry('western-tip')], context, {
      idPrefix: 'overview',
      title: 'Every place',
      overview: true,
      claims: new Map([['crimea', 3]]),
    });
    expect(view.key).toEqual([]);
    expect(view.labelled).toBe(true);
    expect(view.description).toContain('2 places');
  });

  it('counts the places some claims name, most named first', () => {
    const claims = [{ data: { places: ['crimea'] } }, { data: { places: ['crimea', 'depot'] } }, { data: {} }];
    expect(placesNamedIn(claims, context)).toEqual([
      { name: 'Crimea', href: '/base/places/crimea/', claims: '2 claims' },
      { name: 'A depot', href: '/base/places/depot/', claims: '1 claim' },
    ]);
  });

  it('says how many of a place’s claims are about places within it', () => {
    expect(claimsInWords(3, 3, t)).toBe('3 claims');
    expect(claimsInWords(4, 2, t)).toBe('4 claims, 2 of them about places within it');
    expect(claimsInWords(4, 3, t)).toBe('4 claims, 1 of them about a place within it');
  });

  it('gives a small place a close-up and a large one none', () => {
    expect(closeUpSpan({ radiusKm: 45 })).toBe(400);
    expect(closeUpSpan({ radiusKm: 100 })).toBe(600);
    expect(closeUpSpan({ radiusKm: 170 })).toBeUndefined();
  });
});
