"use client";
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartData } from "@/components/charts/chart-data";

const TICK = { fontSize: 11, fill: "#475569" };
/** One bar segment per series, stacked (called as a function: Recharts reads its direct children). */
const stackedBars = (data: ChartData) =>
  data.series.map((s) => (
    <Bar
      key={s.key}
      dataKey={s.key}
      name={s.label}
      stackId="all"
      fill={s.color}
      isAnimationActive={false}
    />
  ));
const flatten = (data: ChartData) => data.rows.map((r) => ({ label: r.label, ...r.values }));

/** Horizontal bars, one per category, stacked by series. */
export function StackedBars({ data, labelWidth = 150 }: { data: ChartData; labelWidth?: number }) {
  const height = 48 + data.rows.length * 30;
  return (
    <BarChart
      layout="vertical"
      data={flatten(data)}
      responsive
      style={{ width: "100%", height }}
      accessibilityLayer={false}
      margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
    >
      <CartesianGrid horizontal={false} stroke="#e2e8f0" />
      <XAxis type="number" allowDecimals={false} tick={TICK} />
      <YAxis type="category" dataKey="label" width={labelWidth} tick={TICK} interval={0} />
      <Tooltip cursor={{ fill: "#f1f5f9" }} />
      {stackedBars(data)}
    </BarChart>
  );
}

const compact = new Intl.NumberFormat("en", { notation: "compact" });
const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const formatDay = (t: unknown) => dayFormat.format(new Date(Number(t)));

/**
 * Counts over time, stacked by series, on a true time axis (row keys are ISO days).
 * Steps, because a status holds until the next recorded change; with one or two days
 * of history, bars (a line needs a trend).
 */
export function StackedTimeline({ data, height = 220 }: { data: ChartData; height?: number }) {
  const common = {
    responsive: true,
    style: { width: "100%", height },
    accessibilityLayer: false,
    margin: { top: 8, right: 16, bottom: 4, left: 0 },
  };
  const yAxis = <YAxis allowDecimals={false} tick={TICK} width={44} tickFormatter={(n: number) => compact.format(n)} />;
  if (data.rows.length <= 2) {
    return (
      <BarChart {...common} data={flatten(data)} barCategoryGap="30%" maxBarSize={64}>
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={TICK} />
        {yAxis}
        <Tooltip />
        {stackedBars(data)}
      </BarChart>
    );
  }
  const rows = data.rows.map((r) => ({ t: Date.parse(`${r.key}T00:00:00Z`), ...r.values }));
  return (
    <AreaChart {...common} data={rows}>
      <CartesianGrid vertical={false} stroke="#e2e8f0" />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={["dataMin", "dataMax"]}
        tick={TICK}
        tickFormatter={formatDay}
        minTickGap={32}
      />
      {yAxis}
      <Tooltip labelFormatter={formatDay} />
      {data.series.map((s) => (
        <Area
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stackId="all"
          type="stepAfter"
          stroke={s.color}
          fill={s.color}
          fillOpacity={0.75}
          isAnimationActive={false}
        />
      ))}
    </AreaChart>
  );
}
