import { europeShapes, MAP_HEIGHT, MAP_WIDTH } from "@/components/map/geometry";
import { MapInteractions } from "@/components/map/map-interactions";
import { NOT_NAMED, type Paint } from "@/components/map/scale";

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
  return (
    <MapInteractions>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-label={title}
        className="h-auto w-full bg-sky-50"
      >
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
        {/* Names of the countries the dataset knows, on top of every shape. */}
        <g
          aria-hidden
          className="pointer-events-none"
          fontSize={11}
          fontWeight={600}
          fill="#0f172a"
          stroke="#ffffff"
          strokeWidth={3}
          paintOrder="stroke"
          textAnchor="middle"
        >
          {shapes.map((s) => {
            const country = s.numeric ? countries.get(s.numeric) : undefined;
            return country ? (
              <text key={country.code} x={s.centroid[0]} y={s.centroid[1]} dy="0.35em">
                {country.name}
              </text>
            ) : null;
          })}
        </g>
      </svg>
    </MapInteractions>
  );
}
