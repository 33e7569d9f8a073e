// Layout of a map: where land lies in the frame and where each place is drawn. Pure, like the chart
// layouts: the component copies the numbers into SVG, and the geography is tested on its own.
//
// What a map shows. Land and its coastlines, and places; never a border (land.ts). Each place is drawn
// as what its file says it is: a circle as large as its radius for a settlement, an area or a region
// (the place lies somewhere within it), a small solid marker only for a place located to a point. A
// locator map (a claim's, an incident's, a place's) is centred on its places and shows at least
// MIN_SPAN_KM across, so a place inland still has coasts around it to be found by; an overview fits
// every place. Azimuthal equidistant centred on the places keeps distances from the centre true, so
// the scale bar holds across the frame; a world-wide overview uses Equal Earth, which keeps areas.
import {
  geoAzimuthalEquidistant,
  geoBounds,
  geoCircle,
  geoDistance,
  geoEqualEarth,
  geoStream,
  type GeoPermissibleObjects,
  type GeoProjection,
} from 'd3';
import type { Feature, Polygon } from 'geojson';
import type { Precision } from '../content/schema.ts';
import { landAt, landNear, type LandDetail } from './land.ts';
import { pathWriter } from './svg-path.ts';

export const EARTH_RADIUS_KM = 6371;
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

/** The least a locator map shows across, in kilometres. */
export const MIN_SPAN_KM = 2000;
/** A map's frame in SVG units: drawn 400 wide, its text at 13 units stays legible on a phone. */
const WIDTH = 400;
const HEIGHT = 280;
/**
 * The least distance between points of a drawn line, in map units: a coast drawn under a unit wide
 * needs no finer detail, and this keeps a claim page's map near a kilobyte gzipped.
 */
const POINT_SPACING = 3;
/** Beyond this angle from the centre to the farthest place, a map is world-wide. */
const WORLD_SPREAD_DEGREES = 50;
/** A point's marker, and the least radius an extent is drawn at so it can be seen, in map units. */
export const MARKER_RADIUS = 4;
const MIN_EXTENT_RADIUS = 3;
/** Point markers on an overview grow with their claims, by area, up to this radius. */
const MAX_MARKER_RADIUS = 12;

export interface MapPlace {
  slug: string;
  name: string;
  href: string;
  latitude: number;
  longitude: number;
  precision: Precision;
  radiusKm: number;
  /** Claims naming the place: an overview sizes point markers by it. */
  claims?: number;
}

export interface PlaceShape {
  slug: string;
  name: string;
  href: string;
  /** The circle of its radius, or a marker for a place located to a point. */
  form: 'extent' | 'point';
  /** The extent's outline as path data (an extent only). */
  path: string;
  /** The centre, and the marker's radius (a point only: an extent has its path). */
  x: number;
  y: number;
  r: number;
  /** Where its name is written, beside the shape where there is room; none where no side has room. */
  label: Label | undefined;
}

export interface Label {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface MapLayout {
  width: number;
  height: number;
  /** Land, clipped to the frame, as path data. */
  land: string;
  /** Which of Natural Earth's scales the land was drawn from. */
  detail: LandDetail;
  /** Largest first, so that a small place is never hidden under a large one. */
  shapes: PlaceShape[];
  /** A round distance and its length in map units, for the scale bar; none on a world map, whose scale varies. */
  scale: { km: number; length: number } | undefined;
  /** Whether the map shows the whole world's shape (Equal Earth) rather than a region (azimuthal). */
  world: boolean;
  /** Whether any coast crosses the frame: a frame all land or all sea shows nothing to find a place by. */
  showsCoast: boolean;
}

export interface MapOptions {
  width?: number;
  height?: number;
  /** An overview: point markers sized by claims. */
  overview?: boolean;
  /** The least a locator map shows across, in kilometres (MIN_SPAN_KM unless a close-up). */
  spanKm?: number;
  /**
   * How many of the places, from the first, the map is framed on; the rest are drawn within that frame
   * (a place's page frames its map on the place, as a claim about it does, and draws the places within).
   */
  framedBy?: number;
}

const circleOf = (place: MapPlace): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: geoCircle()
    .center([place.longitude, place.latitude])
    .radius(place.radiusKm / KM_PER_DEGREE)
    .precision(2)(),
});

/** The point a map is centred on: the middle of its places' bounds (which knows the antimeridian). */
function centreOf(circles: Feature<Polygon>[]): [number, number] {
  const [[west, south], [east, north]] = geoBounds({ type: 'FeatureCollection', features: circles });
  const longitude = west <= east ? (west + east) / 2 : (((west + east + 360) / 2 + 540) % 360) - 180;
  return [longitude, (south + north) / 2];
}

/** The projection a map of `places` is drawn with, clipped to its frame, and each place's circle. */
export function mapProjection(places: readonly MapPlace[], options: MapOptions = {}) {
  const { width = WIDTH, height = HEIGHT, spanKm = MIN_SPAN_KM, framedBy = places.length } = options;
  const circles = places.map(circleOf);
  const framing = places.slice(0, Math.max(1, framedBy));
  const collection = { type: 'FeatureCollection' as const, features: circles.slice(0, framing.length) };
  let centre = centreOf(collection.features);
  const spread = Math.max(
    ...framing.map(
      (place) =>
        (geoDistance(centre, [place.longitude, place.latitude]) * 180) / Math.PI + place.radiusKm / KM_PER_DEGREE,
    ),
  );
  const padding = Math.round(Math.min(width, height) / 8);
  const frame: [[number, number], [number, number]] = [
    [padding, padding],
    [width - padding, height - padding],
  ];
  let projection: GeoProjection;
  const world = spread > WORLD_SPREAD_DEGREES;
  if (world) {
    // Turned to the places' middle, so that places around the Pacific are not cut at the antimeridian.
    projection = geoEqualEarth().rotate([-centre[0], 0]).fitExtent(frame, collection);
  } else {
    projection = geoAzimuthalEquidistant().rotate([-centre[0], -centre[1]]).fitExtent(frame, collection);
    // Never closer than the least span: an inland region alone would fill the frame with land, and an
    // overview of places close together would draw a small place as a large one.
    const widest = Math.min(width, height) / 2 / (spanKm / 2 / EARTH_RADIUS_KM);
    if (projection.scale() > widest) {
      // Centred on a grid a 2,000th of the span fine (1° on a locator), a shift of a few units at most,
      // so that maps of places near each other are framed alike and share their land (landIn).
      const step = spanKm / 2000;
      centre = [Math.round(centre[0] / step) * step, Math.round(centre[1] / step) * step];
      projection
        .rotate([-centre[0], -centre[1]])
        .scale(widest)
        .translate([width / 2, height / 2]);
    }
  }
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, circles, centre, world, width, height };
}

/** Geography through a projection (which clips it to the frame) as short path data (svg-path.ts). */
export function drawPath(object: GeoPermissibleObjects, projection: GeoProjection): string {
  const [, [width, height]] = projection.clipExtent() ?? [
    [0, 0],
    [Infinity, Infinity],
  ];
  const writer = pathWriter(POINT_SPACING, { width, height });
  geoStream(object, projection.stream(writer));
  return writer.path();
}

/**
 * Land drawn in a frame, by the projection and frame it was drawn for: maps framed alike share it. A
 * build may fill it beforehand with land an earlier build drew (src/data/land-cache.ts).
 */
export const drawnLand = new Map<string, string>();

function landIn(
  projection: GeoProjection,
  frame: { detail: LandDetail; world: boolean; centre: [number, number]; width: number; height: number },
): string {
  const { detail, world, centre, width, height } = frame;
  const key = JSON.stringify([
    detail,
    world,
    width,
    height,
    projection.rotate(),
    projection.scale(),
    projection.translate(),
  ]);
  let land = drawnLand.get(key);
  if (land === undefined) {
    land = drawPath(
      world ? landAt(detail) : landNear(detail, centre, frameReach(centre, projection, width, height)),
      projection,
    );
    drawnLand.set(key, land);
  }
  return land;
}

/** How far the frame reaches from the projection's centre, in radians: to its farthest corner. */
function frameReach(centre: [number, number], projection: GeoProjection, width: number, height: number): number {
  const corners: [number, number][] = [
    [0, 0],
    [width, 0],
    [0, height],
    [width, height],
  ];
  const reaches = corners.map((corner) => {
    const point = projection.invert?.(corner);
    return point ? geoDistance(centre, point) : Math.PI;
  });
  return Math.max(...reaches);
}

/** A round distance (1, 2 or 5 times a power of ten) about a fifth of the map's width. */
function scaleBar(kmPerUnit: number, width: number): { km: number; length: number } {
  const target = (width / 5) * kmPerUnit;
  const power = 10 ** Math.floor(Math.log10(target));
  const km = [5, 2, 1].map((step) => step * power).find((value) => value <= target) ?? power;
  return { km, length: Math.round(km / kmPerUnit) };
}

export function mapLayout(places: readonly MapPlace[], options: MapOptions = {}): MapLayout {
  const { overview = false } = options;
  if (places.length === 0) throw new Error('A map needs at least one place.');
  const { projection, circles, centre, world, width, height } = mapProjection(places, options);
  // Kilometres per map unit at the centre (exact everywhere from the centre on the azimuthal maps).
  const kmPerUnit = EARTH_RADIUS_KM / projection.scale();
  const detail: LandDetail = kmPerUnit > 8 ? '110m' : '50m';
  const land = landIn(projection, { detail, world, centre, width, height });
  const most = Math.max(1, ...places.map((place) => place.claims ?? 0));
  const shapes = places
    .map((place, index): PlaceShape => {
      const [x = 0, y = 0] = projection([place.longitude, place.latitude]) ?? [];
      const point = place.precision === 'point';
      const extentRadius = place.radiusKm / kmPerUnit;
      const r = point
        ? overview
          ? Math.max(MARKER_RADIUS, Math.sqrt((place.claims ?? 0) / most) * MAX_MARKER_RADIUS)
          : MARKER_RADIUS
        : Math.max(MIN_EXTENT_RADIUS, extentRadius);
      // An extent too small to see is drawn at the least visible radius, still as a circle, not a pin.
      const path = point
        ? ''
        : extentRadius >= MIN_EXTENT_RADIUS && circles[index]
          ? drawPath(circles[index], projection)
          : circlePath(Math.round(x), Math.round(y), r);
      return {
        slug: place.slug,
        name: place.name,
        href: place.href,
        form: point ? 'point' : 'extent',
        path,
        x: Math.round(x),
        y: Math.round(y),
        r: Math.round(r * 10) / 10,
        label: undefined,
      };
    })
    .sort((a, b) => b.r - a.r || a.name.localeCompare(b.name, 'en'));
  return {
    width,
    height,
    land,
    // A frame all land is one rectangle: four corners. A coast adds points; all sea draws none.
    showsCoast: (land.match(/l/g) ?? []).length > 3,
    detail,
    shapes: withLabels(shapes, width, height),
    scale: world ? undefined : scaleBar(kmPerUnit, width),
    world,
  };
}

/**
 * Map units a label takes: its height, and an average character's width at the maps' 15-unit type
 * (about 11 px on a 320 px screen, where a map is drawn at 0.72 of its size).
 */
export const LABEL_HEIGHT = 16;
export const CHARACTER_WIDTH = 8.6;
/** The scale bar's corner, which no label may cover. */
const SCALE_CORNER = { left: 0, top: -34, right: 110, bottom: 0 };
/** Shapes this small are kept clear of names; a name may lie over a larger circle. */
const SMALL_SHAPE = 12;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Names beside their shapes: right, left, above or below, the first side where the name stays in the
 * frame and clear of every name placed before it, of every marker and small circle, and of the scale
 * bar. The smallest shapes are named first, as they are the hardest to find; a name with no room is
 * left to the list under the map.
 */
function withLabels(shapes: PlaceShape[], width: number, height: number): PlaceShape[] {
  const taken: Box[] = [
    { ...SCALE_CORNER, top: height + SCALE_CORNER.top, bottom: height },
    ...shapes
      .filter((shape) => shape.r <= SMALL_SHAPE)
      .map(({ x, y, r }) => ({ left: x - r, right: x + r, top: y - r, bottom: y + r })),
  ];
  const labels = new Map<PlaceShape, Label>();
  for (const shape of [...shapes].reverse()) {
    const { x, y, r } = shape;
    const w = shape.name.length * CHARACTER_WIDTH;
    const h = LABEL_HEIGHT;
    const gap = r + 4;
    const candidates: [Label, Box][] = [
      [
        { x: x + gap, y: y + 5, anchor: 'start' },
        { left: x + gap, right: x + gap + w, top: y - h / 2, bottom: y + h / 2 },
      ],
      [
        { x: x - gap, y: y + 5, anchor: 'end' },
        { left: x - gap - w, right: x - gap, top: y - h / 2, bottom: y + h / 2 },
      ],
      [
        { x, y: y - gap - 4, anchor: 'middle' },
        { left: x - w / 2, right: x + w / 2, top: y - gap - h, bottom: y - gap },
      ],
      [
        { x, y: y + gap + h - 4, anchor: 'middle' },
        { left: x - w / 2, right: x + w / 2, top: y + gap, bottom: y + gap + h },
      ],
    ];
    const fits = candidates.find(
      ([, box]) =>
        box.left >= 2 &&
        box.right <= width - 2 &&
        box.top >= 2 &&
        box.bottom <= height - 2 &&
        !taken.some((other) => overlaps(box, other)),
    );
    if (!fits) continue;
    const [label, box] = fits;
    taken.push(box);
    labels.set(shape, { x: Math.round(label.x), y: Math.round(label.y), anchor: label.anchor });
  }
  return shapes.map((shape) => ({ ...shape, label: labels.get(shape) }));
}

/** A circle as path data, for an extent drawn at the least visible size. */
function circlePath(x: number, y: number, r: number): string {
  const d = Math.round(r * 2 * 10) / 10;
  const rr = Math.round(r * 10) / 10;
  return `M${x - rr} ${y}a${rr} ${rr} 0 1 0 ${d} 0a${rr} ${rr} 0 1 0 ${-d} 0z`;
}
