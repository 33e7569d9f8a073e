// The one thing the maps draw besides places: land, from Natural Earth through world-atlas. Only the
// `land` layer is read, never `countries`: the maps draw coastlines and no border of any state or
// region, as a map that drew borders would have to choose whose (the methodology's "Places and
// precision"; map-layout.test.ts fails if any line of a map is not a coast).
import { geoCentroid, geoDistance } from 'd3';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import land50m from 'world-atlas/land-50m.json' with { type: 'json' };
import land110m from 'world-atlas/land-110m.json' with { type: 'json' };

export type Land = FeatureCollection<Polygon | MultiPolygon>;

/** Natural Earth's scales: 1:50 million for a region, 1:110 million for a continent or more. */
export type LandDetail = '50m' | '110m';

const TOPOLOGIES: Record<LandDetail, unknown> = { '50m': land50m, '110m': land110m };
const loaded = new Map<LandDetail, Land>();

/** The layer names a land topology holds: only `land`, or the maps would be drawing something else. */
export function layersOf(detail: LandDetail): string[] {
  return Object.keys((TOPOLOGIES[detail] as Topology).objects);
}

/** Land at a scale, as GeoJSON, read once per build. */
export function landAt(detail: LandDetail): Land {
  let land = loaded.get(detail);
  if (!land) {
    const topology = TOPOLOGIES[detail] as Topology;
    const object = topology.objects['land'];
    if (!object) throw new Error(`world-atlas land-${detail}.json has no land layer.`);
    land = feature(topology, object) as Land;
    loaded.set(detail, land);
  }
  return land;
}

/** One landmass (a polygon of the land layer) and the cap around it: its centre and how far it reaches, in radians. */
interface Landmass {
  polygon: Polygon;
  centre: [number, number];
  reach: number;
}

const landmasses = new Map<LandDetail, Landmass[]>();

/** Each landmass of land at a scale, with its cap, worked out once per build. */
function landmassesAt(detail: LandDetail): Landmass[] {
  let list = landmasses.get(detail);
  if (!list) {
    list = landAt(detail).features.flatMap(({ geometry }) =>
      (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((coordinates) => {
        const polygon: Polygon = { type: 'Polygon', coordinates };
        const centre = geoCentroid(polygon);
        const reach = Math.max(
          ...(coordinates[0] ?? []).map((point) => geoDistance(centre, point as [number, number])),
        );
        return { polygon, centre, reach };
      }),
    );
    landmasses.set(detail, list);
  }
  return list;
}

/**
 * The landmasses that may reach within `radius` (radians) of `centre`: a map of a region streams these
 * rather than the whole world, a tenth of the work. A landmass lies within the cap around its centre
 * that reaches its farthest point, where that cap is under a hemisphere; a larger one is always kept.
 */
export function landNear(detail: LandDetail, centre: [number, number], radius: number): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: landmassesAt(detail)
      .filter((mass) => mass.reach >= Math.PI / 2 || geoDistance(centre, mass.centre) - mass.reach < radius)
      .map((mass) => mass.polygon.coordinates),
  };
}
