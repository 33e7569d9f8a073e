import { geoStream, type GeoProjection, type GeoStream } from 'd3';
import type { MultiLineString } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { layersOf } from './land.ts';
import {
  CHARACTER_WIDTH,
  drawPath,
  LABEL_HEIGHT,
  MARKER_RADIUS,
  mapLayout,
  mapProjection,
  MIN_SPAN_KM,
  type MapPlace,
} from './map-layout.ts';

const place = (slug: string, fields: Partial<MapPlace>): MapPlace => ({
  slug,
  name: slug,
  href: `/places/${slug}/`,
  latitude: 45.3,
  longitude: 34.4,
  precision: 'region',
  radiusKm: 170,
  ...fields,
});

/** Every vertex of path data written by svg-path.ts (an M, then relative l moves, rings closed by z). */
function vertices(path: string): [number, number][] {
  const points: [number, number][] = [];
  let at: [number, number] = [0, 0];
  for (const [, command = '', numbers = ''] of path.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const [a = 0, b = 0] = (numbers.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    if (command === 'M') at = [a, b];
    else if (command === 'l') at = [at[0] + a, at[1] + b];
    else continue;
    points.push(at);
  }
  return points;
}

const countries = countries50m as unknown as Topology<{ countries: GeometryCollection }>;
/**
 * The world's coasts, known apart from the land the maps draw: the edges of Natural Earth's countries
 * that no other country shares. Were the maps ever to draw from a layer with borders, those would not
 * be among these lines.
 */
const coasts: MultiLineString = mesh(countries, countries.objects.countries, (a, b) => a === b);
/** Every border between two countries, for proving that the check below would catch one. */
const borders: MultiLineString = mesh(countries, countries.objects.countries, (a, b) => a !== b);

/** Every projected point of a geometry, unthinned and unrounded. */
function projectedPoints(object: MultiLineString, projection: GeoProjection): [number, number][] {
  const points: [number, number][] = [];
  const collect: GeoStream = {
    point: (x, y) => points.push([x, y]),
    lineStart() {},
    lineEnd() {},
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(object, projection.stream(collect));
  return points;
}

/**
 * The vertices of drawn path data that lie neither on a coast nor on the frame's edge: lines the map
 * draws across land or sea, which is what a border would be.
 */
function offCoast(path: string, projection: GeoProjection, width: number, height: number): [number, number][] {
  const coast = projectedPoints(coasts, projection);
  const onEdge = ([x, y]: [number, number]) => x <= 1 || y <= 1 || x >= width - 1 || y >= height - 1;
  // Rounding and thinning move a vertex by under the spacing the writer keeps (3 units) from the coast.
  const nearCoast = ([x, y]: [number, number]) => coast.some(([cx, cy]) => Math.hypot(cx - x, cy - y) <= 3);
  return vertices(path).filter((vertex) => !onEdge(vertex) && !nearCoast(vertex));
}

// Kharkiv and Belgorod: a frame that the land border between Ukraine and Russia crosses, far inland.
const borderlands = [
  place('kharkiv', { latitude: 49.99, longitude: 36.23, precision: 'settlement', radiusKm: 20 }),
  place('belgorod', { latitude: 50.6, longitude: 36.6, precision: 'settlement', radiusKm: 15 }),
];

describe('map layout', () => {
  it('reads Natural Earth land only, never a layer of countries or regions', () => {
    expect(layersOf('50m')).toEqual(['land']);
    expect(layersOf('110m')).toEqual(['land']);
  });

  it.each([
    ['where the land border between Ukraine and Russia runs', borderlands],
    ['around Crimea', [place('crimea', {})]],
    ['across the antimeridian', [place('chukotka', { latitude: 65.5, longitude: -179.9, radiusKm: 100 })]],
    [
      'of places a world apart',
      [place('north', { latitude: 60, longitude: 10 }), place('south', { latitude: -35, longitude: 150 })],
    ],
  ])('draws land whose every line is a coast or the edge of the frame, %s: no border', (_, places) => {
    const layout = mapLayout(places);
    const { projection, width, height } = mapProjection(places);
    expect(vertices(layout.land).length).toBeGreaterThan(20);
    expect(offCoast(layout.land, projection, width, height)).toEqual([]);
  });

  it('would catch a border if one were drawn', () => {
    // The same check on the borders between countries, drawn as the land is: it finds lines inland.
    const { projection, width, height } = mapProjection(borderlands);
    expect(offCoast(drawPath(borders, projection), projection, width, height).length).toBeGreaterThan(10);
  });

  it('writes whole map units only', () => {
    const layout = mapLayout([place('crimea', {})]);
    expect(layout.land).toMatch(/^M/);
    expect(layout.land).not.toMatch(/\d\.\d/);
  });

  it('draws a region as a circle of its radius and a point as a marker', () => {
    const layout = mapLayout([
      place('crimea', {}),
      place('depot', { latitude: 44.6, longitude: 33.5, precision: 'point', radiusKm: 0.5 }),
    ]);
    const [region, point] = layout.shapes;
    expect(region).toMatchObject({ slug: 'crimea', form: 'extent' });
    expect(region?.path).toMatch(/z$/);
    expect(point).toMatchObject({ slug: 'depot', form: 'point', path: '', r: MARKER_RADIUS });
    // The circle's width in map units is its diameter at the map's scale, within rounding.
    const xs = vertices(region?.path ?? '').map(([x]) => x);
    const kmPerUnit = (layout.scale?.km ?? 0) / (layout.scale?.length ?? 1);
    expect((Math.max(...xs) - Math.min(...xs)) * kmPerUnit).toBeGreaterThan(2 * 170 * 0.9);
    expect((Math.max(...xs) - Math.min(...xs)) * kmPerUnit).toBeLessThan(2 * 170 * 1.1);
  });

  it('shows at least the least span around a small place, so that it has coasts to be found by', () => {
    const layout = mapLayout([place('cape', { latitude: 45.45, longitude: 32.8, precision: 'area', radiusKm: 45 })]);
    const kmPerUnit = (layout.scale?.km ?? 0) / (layout.scale?.length ?? 1);
    expect(Math.min(layout.width, layout.height) * kmPerUnit).toBeGreaterThan(MIN_SPAN_KM * 0.95);
    const closeUp = mapLayout([place('cape', { latitude: 45.45, longitude: 32.8, precision: 'area', radiusKm: 45 })], {
      spanKm: 270,
    });
    const closeKmPerUnit = (closeUp.scale?.km ?? 0) / (closeUp.scale?.length ?? 1);
    expect(Math.min(closeUp.width, closeUp.height) * closeKmPerUnit).toBeLessThan(400);
  });

  it('sizes an overview’s point markers by their claims, and never an extent', () => {
    const layout = mapLayout(
      [
        place('busy', { latitude: 50, longitude: 30, precision: 'point', radiusKm: 1, claims: 100 }),
        place('quiet', { latitude: 51, longitude: 31, precision: 'point', radiusKm: 1, claims: 1 }),
        place('region', { latitude: 49, longitude: 33, claims: 500 }),
      ],
      { overview: true },
    );
    const r = (slug: string) => layout.shapes.find((shape) => shape.slug === slug)?.r ?? 0;
    expect(r('busy')).toBeGreaterThan(r('quiet'));
    expect(r('quiet')).toBe(MARKER_RADIUS);
    // Largest first, so that the small shapes are drawn over the large ones.
    expect(layout.shapes.map((shape) => shape.slug)[0]).toBe('region');
  });

  it('keeps every name in the frame and clear of every other', () => {
    const places = ['a', 'b', 'c', 'd', 'e', 'f'].map((slug, index) =>
      place(`place-${slug}`, {
        latitude: 50 + index * 0.1,
        longitude: 30 + index * 0.1,
        ...(index % 2 ? { precision: 'point', radiusKm: 1 } : { radiusKm: 10 }),
      }),
    );
    const layout = mapLayout(places);
    // A name's box: as wide as its characters, from its baseline up by most of the type's height.
    const boxes = layout.shapes.flatMap(({ label, name }) => {
      if (!label) return [];
      const width = name.length * CHARACTER_WIDTH;
      const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
      return [{ left, right: left + width, top: label.y - LABEL_HEIGHT + 4, bottom: label.y + 3 }];
    });
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(layout.width);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(layout.height);
    }
    // Nor over a marker: each name clear of every point's marker.
    const markers = layout.shapes.filter((shape) => shape.form === 'point');
    for (const box of boxes)
      for (const { x, y, r } of markers)
        expect(box.left < x + r && x - r < box.right && box.top < y + r && y - r < box.bottom).toBe(false);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
  });

  it('centres a map across the antimeridian on the places, not on Greenwich', () => {
    const layout = mapLayout([
      place('east', { latitude: 65, longitude: 179, radiusKm: 50 }),
      place('west', { latitude: 65, longitude: -179, radiusKm: 50 }),
    ]);
    for (const shape of layout.shapes) {
      expect(shape.x).toBeGreaterThan(layout.width / 4);
      expect(shape.x).toBeLessThan((layout.width * 3) / 4);
    }
  });

  it('draws places a world apart on a world map, which has no scale bar', () => {
    const layout = mapLayout([
      place('north', { latitude: 60, longitude: 10 }),
      place('south', { latitude: -35, longitude: 150 }),
    ]);
    expect(layout.world).toBe(true);
    expect(layout.scale).toBeUndefined();
  });
});
