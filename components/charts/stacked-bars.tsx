import type { ChartData } from "@/components/charts/chart-data";
import { compact, linear, niceTicks, spread } from "@/components/charts/scale";
import { formatShortDate } from "@/components/facts/format";

/*
 * The charts are drawn on the server as plain SVG, so a reader without JavaScript (or
 * a crawler, or a printed page) sees them as everyone else does. Each segment carries a
 * <title>, which browsers show on hover; ChartFigure puts the same numbers in a table.
 */

// Drawn at these widths and never scaled up (text would grow), only down on narrow screens.
const BARS_WIDTH = 960;
const WIDTH = 560;
const TICK = { fontSize: 11, fill: "#475569" } as const;
const GRID = "#e2e8f0";
// A phone draws the 560-wide timelines at about half size: larger text keeps it near 10 px.
const PHONE_TEXT = "max-sm:[&_text]:text-[18px]";

const total = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);
const tip = (row: string, series: string, n: number) =>
  `${row} · ${series}: ${n.toLocaleString("en")}`;

/**
 * Horizontal bars, one per category, stacked by series. `width` is the drawing's own:
 * a phone gets a narrow one (scaling the wide one down would shrink its text to 4 px).
 */
export function StackedBars({
  data,
  labelWidth = 150,
  width = BARS_WIDTH,
  className = "",
}: {
  data: ChartData;
  labelWidth?: number;
  width?: number;
  className?: string;
}) {
  const rowHeight = 30;
  const top = 6;
  const plotBottom = top + data.rows.length * rowHeight;
  const height = plotBottom + 22;
  const ticks = niceTicks(Math.max(0, ...data.rows.map((r) => total(r.values))));
  const x = linear(0, ticks.at(-1)!, labelWidth, width - 14);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className={`h-auto w-full ${className}`}
      style={{ maxWidth: width }}
      data-chart="stacked-bars"
    >
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={top} y2={plotBottom} stroke={GRID} />
          <text x={x(t)} y={plotBottom + 15} textAnchor="middle" {...TICK}>
            {compact.format(t)}
          </text>
        </g>
      ))}
      {data.rows.map((row, i) => {
        const y = top + i * rowHeight;
        let start = 0;
        return (
          <g key={row.key}>
            <text x={labelWidth - 8} y={y + rowHeight / 2 + 4} textAnchor="end" {...TICK}>
              {row.label}
            </text>
            {data.series.map((s) => {
              const n = row.values[s.key] ?? 0;
              if (n <= 0) return null;
              const from = start;
              start += n;
              return (
                <rect
                  key={s.key}
                  x={x(from)}
                  y={y + 5}
                  width={x(start) - x(from)}
                  height={rowHeight - 10}
                  fill={s.color}
                >
                  <title>{tip(row.label, s.label, n)}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Counts over time, stacked by series, on a true time axis (row keys are ISO days).
 * Steps, because a status holds until the next recorded change; with one or two days
 * of history, bars (a line needs a trend).
 */
export function StackedTimeline({ data, height = 220 }: { data: ChartData; height?: number }) {
  const left = 44;
  const right = WIDTH - 16;
  const top = 8;
  const bottom = height - 22;
  const ticks = niceTicks(Math.max(0, ...data.rows.map((r) => total(r.values))));
  const y = linear(0, ticks.at(-1)!, bottom, top);
  const axis = (
    <>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={right} y1={y(t)} y2={y(t)} stroke={GRID} />
          <text x={left - 6} y={y(t) + 4} textAnchor="end" {...TICK}>
            {compact.format(t)}
          </text>
        </g>
      ))}
    </>
  );
  if (data.rows.length <= 2) {
    const band = (right - left) / data.rows.length;
    const barWidth = Math.min(64, band * 0.7);
    return (
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className={`h-auto w-full ${PHONE_TEXT}`}
        style={{ maxWidth: WIDTH }}
        data-chart="timeline-bars"
      >
        {axis}
        {data.rows.map((row, i) => {
          const cx = left + band * (i + 0.5);
          let base = 0;
          return (
            <g key={row.key}>
              {data.series.map((s) => {
                const n = row.values[s.key] ?? 0;
                if (n <= 0) return null;
                const from = base;
                base += n;
                return (
                  <rect
                    key={s.key}
                    x={cx - barWidth / 2}
                    y={y(base)}
                    width={barWidth}
                    height={y(from) - y(base)}
                    fill={s.color}
                  >
                    <title>{tip(row.label, s.label, n)}</title>
                  </rect>
                );
              })}
              <text x={cx} y={bottom + 15} textAnchor="middle" {...TICK}>
                {row.label}
              </text>
            </g>
          );
        })}
      </svg>
    );
  }
  const times = data.rows.map((r) => Date.parse(`${r.key}T00:00:00Z`));
  // The last state is drawn for a short step past its day (5% of the span, at least a
  // day), or the latest counts would have no width at all.
  const last = times.at(-1)!;
  const end = last + Math.max(86_400_000, (last - times[0]!) * 0.05);
  const x = linear(times[0]!, end, left, right);
  // Each series is the band between the running total below it and that total plus its
  // own count, drawn as steps: a value holds from its day until the next point's.
  const below = data.rows.map(() => 0);
  const areas = data.series.map((s) => {
    const lower = [...below];
    const upper = data.rows.map((r, i) => (below[i]! += r.values[s.key] ?? 0));
    const steps = (levels: number[]) =>
      levels.flatMap((v, i) => {
        const next = x(i + 1 < times.length ? times[i + 1]! : end);
        return [
          `${x(times[i]!).toFixed(1)},${y(v).toFixed(1)}`,
          `${next.toFixed(1)},${y(v).toFixed(1)}`,
        ];
      });
    const points = [...steps(upper), ...steps(lower).reverse()];
    return { s, d: `M${points.join("L")}Z`, empty: upper.every((v, i) => v === lower[i]) };
  });
  const dateTicks = spread(times[0]!, times.at(-1)!, 4);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      className={`h-auto w-full ${PHONE_TEXT}`}
      style={{ maxWidth: WIDTH }}
      data-chart="timeline"
    >
      {axis}
      {areas.map(({ s, d, empty }) =>
        empty ? null : (
          <path key={s.key} d={d} fill={s.color} fillOpacity={0.75} stroke={s.color}>
            <title>{s.label}</title>
          </path>
        ),
      )}
      {dateTicks.map((t, i) => (
        <text
          key={t}
          x={x(t)}
          y={bottom + 15}
          textAnchor={i === 0 ? "start" : i === dateTicks.length - 1 ? "end" : "middle"}
          {...TICK}
        >
          {formatShortDate(new Date(t))}
        </text>
      ))}
    </svg>
  );
}
