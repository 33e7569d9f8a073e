// The one thing the maps draw besides places: land, from Natural Earth through world-atlas. Only the
// `land` layer is read, never `countries`: the maps draw coastlines and no border of any state or
// region, as a map that drew borders would have to choose whose (the methodology's "Places and
// precision"; map-layout.test.ts fails if any line of a map is not a coast).
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
