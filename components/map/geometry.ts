import "server-only";
import {
  geoConicConformal,
  geoContains,
  geoPath,
  type GeoPermissibleObjects,
  type GeoStream,
} from "d3-geo";
import { feature, mergeArcs } from "topojson-client";
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon,
  Polygon,
  Topology,
} from "topojson-specification";
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
  /** Where its name goes: the middle of its largest piece (not the sea between islands). */
  labelAt: [number, number];
  /** Projected area in square pixels, for label priority. */
  area: number;
};

type CountryFeature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }>;

const RUSSIA = "643";
const UKRAINE = "804";
/** Simferopol: the piece of Natural Earth's Russia that holds it is Crimea. */
const SIMFEROPOL: [number, number] = [34.1, 44.95];

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

/**
 * Natural Earth (and so world-atlas) draws Crimea as a polygon of Russia's MultiPolygon.
 * The map shows internationally recognised borders: that polygon goes back to Ukraine,
 * merged so the line across the Perekop isthmus disappears, and is also returned on its
 * own so the map can mark it as occupied.
 */
function recognisedBorders() {
  const topology = atlas as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const geometries = topology.objects.countries.geometries;
  const russia = geometries.find((g) => g.id === RUSSIA) as MultiPolygon<{ name: string }>;
  const ukraine = geometries.find((g) => g.id === UKRAINE) as MultiPolygon<{ name: string }>;
  const piece = russia.arcs.findIndex((arcs) =>
    geoContains(feature(topology, { type: "Polygon", arcs }), SIMFEROPOL),
  );
  const crimea: Polygon = { type: "Polygon", arcs: russia.arcs[piece]! };
  const redrawn = geometries.map((g): GeometryObject<{ name: string }> => {
    if (g.id === RUSSIA) return { ...russia, arcs: russia.arcs.filter((_, i) => i !== piece) };
    if (g.id === UKRAINE) return { ...ukraine, arcs: mergeArcs(topology, [ukraine, crimea]).arcs };
    return g;
  });
  const countries = feature(topology, { type: "GeometryCollection", geometries: redrawn });
  return {
    countries: countries.features as CountryFeature[],
    occupied: [{ name: "Crimea", geometry: feature(topology, crimea).geometry }],
  };
}

/** The countries as GeoJSON (longitude, latitude), with recognised borders. */
export function europeFeatures(): CountryFeature[] {
  return recognisedBorders().countries;
}

function projection() {
  return geoConicConformal()
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
}

type Drawn = { shapes: CountryShape[]; occupied: { name: string; d: string }[] };
let cache: Drawn | null = null;

function draw(): Drawn {
  if (cache) return cache;
  const { countries, occupied } = recognisedBorders();
  const project = projection();
  const exact = geoPath(project);
  const light = geoPath({ stream: (s) => project.stream(decimate(s)) }).digits(1);
  const shapes = countries.flatMap((f) => {
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
        labelAt: largestPiece(f, exact),
        area: exact.area(f),
      },
    ];
  });
  cache = {
    shapes,
    occupied: occupied.flatMap((o) => {
      const d = light(o.geometry);
      return d ? [{ name: o.name, d }] : [];
    }),
  };
  return cache;
}

function largestPiece(f: CountryFeature, path: ReturnType<typeof geoPath>): [number, number] {
  const pieces: GeoPermissibleObjects[] =
    f.geometry.type === "MultiPolygon"
      ? f.geometry.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }))
      : [f.geometry];
  const largest = pieces.reduce((a, b) => (path.area(b) > path.area(a) ? b : a));
  return path.centroid(largest) as [number, number];
}

export function europeShapes(): CountryShape[] {
  return draw().shapes;
}

/** Territory occupied by Russia that the map can draw (Crimea: Natural Earth has no line for the rest). */
export function occupiedShapes(): { name: string; d: string }[] {
  return draw().occupied;
}
