import { europeShapes, MAP_HEIGHT, MAP_WIDTH, occupiedShapes } from "@/components/map/geometry";
import { layoutLabels, type PlacedLabel } from "@/components/map/labels";
import { MapInteractions } from "@/components/map/map-interactions";
import { NOT_NAMED, OCCUPIED_HATCH, type Paint } from "@/components/map/scale";

type Linked = { code: string; name: string };

/**
 * The map, drawn on the server. Each country the dataset knows is a link (focusable,
 * Enter or a click opens its page, with or without JavaScript); the rest of the
 * neighbourhood is drawn grey for orientation only.
 */
export function EuropeMap({
  title,
  paint,
  countries,
}: {
  title: string;
  paint: Map<string, Paint>;
  countries: Map<string, Linked>;
}) {
  const shapes = europeShapes();
  const labelled = shapes.flatMap((s) => {
    const country = s.numeric ? countries.get(s.numeric) : undefined;
    return country
      ? [
          {
            key: country.code,
            name: country.name,
            short: country.code,
            at: s.labelAt,
            area: s.area,
          },
        ]
      : [];
  });
  return (
    <MapInteractions>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-label={title}
        className="h-auto w-full bg-sky-50"
      >
        <defs>
          <pattern
            id="occupied-hatch"
            patternUnits="userSpaceOnUse"
            width={5}
            height={5}
            patternTransform="rotate(45)"
          >
            <line x1={0} y1={0} x2={0} y2={5} stroke={OCCUPIED_HATCH} strokeWidth={2} />
          </pattern>
        </defs>
        {shapes.map((s, i) => {
          const country = s.numeric ? countries.get(s.numeric) : undefined;
          const p = s.numeric ? paint.get(s.numeric) : undefined;
          if (!country) {
            return (
              <path
                key={`${s.numeric ?? s.name}-${i}`}
                d={s.d}
                fill={NOT_NAMED}
                stroke="#ffffff"
                strokeWidth={0.5}
                aria-hidden
              >
                <title>{`${s.name}: not named by any source`}</title>
              </path>
            );
          }
          const detail = p?.detail ?? "Not named";
          return (
            <a
              key={country.code}
              href={`/countries/${country.code}`}
              tabIndex={0}
              aria-label={`${country.name}: ${detail}`}
              data-name={country.name}
              data-detail={detail}
              className="cursor-pointer outline-none [&:focus-visible>path]:stroke-blue-700 [&:focus-visible>path]:stroke-[2.5] [&:hover>path]:stroke-slate-900 [&:hover>path]:stroke-[1.5]"
            >
              <path d={s.d} fill={p?.fill ?? NOT_NAMED} stroke="#ffffff" strokeWidth={0.75} />
            </a>
          );
        })}
        {/* Occupied territory, hatched over the country it belongs to. */}
        {occupiedShapes().map((o) => (
          <path
            key={o.name}
            d={o.d}
            fill="url(#occupied-hatch)"
            stroke={OCCUPIED_HATCH}
            strokeWidth={0.5}
            aria-hidden
            className="pointer-events-none"
          />
        ))}
        {/* Names on top of every shape: full names from 640px up, ISO codes (larger) on a phone. */}
        <Labels labels={layoutLabels(labelled, 11)} fontSize={11} className="hidden sm:inline" />
        <Labels labels={layoutLabels(labelled, 22, true)} fontSize={22} className="sm:hidden" />
      </svg>
    </MapInteractions>
  );
}

function Labels({
  labels,
  fontSize,
  className,
}: {
  labels: PlacedLabel[];
  fontSize: number;
  className: string;
}) {
  return (
    <g
      aria-hidden
      className={`pointer-events-none ${className}`}
      fontSize={fontSize}
      fontWeight={600}
      fill="#0f172a"
      stroke="#ffffff"
      strokeWidth={fontSize / 3.5}
      paintOrder="stroke"
      textAnchor="middle"
    >
      {labels.map((l) => (
        <text key={l.key} data-label={l.key} x={l.x} y={l.y} dy="0.35em">
          {l.text}
        </text>
      ))}
    </g>
  );
}
