// A d3-geo stream that writes SVG path data, short: whole units, relative moves, no repeated points
// and no rings that round away to nothing. A coastline at a claim page's scale then costs a few hundred
// bytes, where d3's own path writer, which repeats every absolute coordinate, would cost kilobytes.
import type { GeoStream } from 'd3';

/** A stream sink that collects SVG path data; read it with `path()` once the geometry is streamed. */
export interface PathWriter extends GeoStream {
  path(): string;
}

/**
 * `spacing`: the least distance between two points kept, in map units. A coastline is drawn a unit or
 * so wide, so points closer than that add bytes and no shape. Points on the edge of the `frame` (where
 * land is cut) are always kept, so a corner is never cut off.
 */
export function pathWriter(spacing = 1, frame?: { width: number; height: number }): PathWriter {
  const onEdge = ([x, y]: [number, number]) =>
    frame !== undefined && (x <= 0 || y <= 0 || x >= frame.width || y >= frame.height);
  let out = '';
  let inPolygon = false;
  let ring: [number, number][] = [];

  const flush = () => {
    // A ring needs three distinct points to enclose anything, a line two to go anywhere.
    if (ring.length < (inPolygon ? 3 : 2)) return;
    const [[x0, y0] = [0, 0]] = ring;
    let d = `M${x0} ${y0}`;
    let [px, py] = [x0, y0];
    for (const [x, y] of ring.slice(1)) {
      d += `l${x - px} ${y - py}`.replace(/ -/g, '-');
      [px, py] = [x, y];
    }
    out += inPolygon ? `${d}z` : d;
  };

  return {
    point(x, y) {
      const point: [number, number] = [Math.round(x), Math.round(y)];
      const last = ring.at(-1);
      if (!last || (last[0] === point[0] && last[1] === point[1])) {
        if (!last) ring.push(point);
      } else if (onEdge(point) || Math.hypot(last[0] - point[0], last[1] - point[1]) >= spacing) ring.push(point);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      // A closed ring repeats its first point last: `z` closes it instead.
      const [first] = ring;
      const last = ring.at(-1);
      if (inPolygon && first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
      flush();
      ring = [];
    },
    polygonStart() {
      inPolygon = true;
    },
    polygonEnd() {
      inPolygon = false;
    },
    sphere() {},
    path: () => out,
  };
}
