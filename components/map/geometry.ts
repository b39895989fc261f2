import "server-only";
import { geoConicConformal, geoPath, type GeoStream } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-50m.json";

/**
 * Europe and its neighbours as SVG paths, drawn once per server process from Natural
 * Earth's 1:50m countries (world-atlas): no tiles, nothing fetched. Countries are
 * keyed by their ISO 3166 numeric code, as `Country.numeric` is.
 */
export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 640;
/** The frame: Iceland and Portugal to the Caspian, North Africa to the North Cape. */
const FRAME: [number, number][] = [
  [-11, 33.5],
  [45, 33.5],
  [-11, 70],
  [45, 70],
  [18, 71.5],
];
/** Points closer than this (in pixels) to the last one drawn are dropped: a third less path data. */
const TOLERANCE = 1;

export type CountryShape = {
  numeric: string | null;
  name: string;
  d: string;
  centroid: [number, number];
};

function decimate(out: GeoStream): GeoStream {
  let last: [number, number] | null = null;
  let pending: [number, number] | null = null;
  return {
    point(x, y) {
      if (last && Math.hypot(x - last[0], y - last[1]) < TOLERANCE) {
        pending = [x, y];
        return;
      }
      out.point(x, y);
      last = [x, y];
      pending = null;
    },
    lineStart() {
      last = pending = null;
      out.lineStart();
    },
    lineEnd() {
      if (pending) out.point(pending[0], pending[1]);
      out.lineEnd();
    },
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}

let cache: CountryShape[] | null = null;

export function europeShapes(): CountryShape[] {
  if (cache) return cache;
  const topology = atlas as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries);
  const projection = geoConicConformal()
    .rotate([-18, 0])
    .parallels([40, 62])
    .fitExtent(
      [
        [0, 0],
        [MAP_WIDTH, MAP_HEIGHT],
      ],
      { type: "MultiPoint", coordinates: FRAME },
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const exact = geoPath(projection);
  const light = geoPath({ stream: (s) => projection.stream(decimate(s)) }).digits(1);
  cache = countries.features.flatMap((f) => {
    const d = exact(f) ? light(f) : null;
    if (!d) return [];
    const [[x0, y0], [x1, y1]] = exact.bounds(f);
    if (x1 - x0 < 0.5 && y1 - y0 < 0.5) return [];
    const [cx, cy] = exact.centroid(f);
    return [
      {
        numeric: f.id === undefined ? null : String(f.id),
        name: f.properties.name,
        d,
        centroid: [cx, cy] as [number, number],
      },
    ];
  });
  return cache;
}
