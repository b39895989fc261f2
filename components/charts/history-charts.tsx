import { ChartFigure } from "@/components/charts/chart-figure";
import type { ChartData } from "@/components/charts/chart-data";
import { CONDITION_STATUS_COLORS, PLEDGE_STATUS_COLORS } from "@/components/charts/palette";
import { StackedTimeline } from "@/components/charts/stacked-bars";
import { formatDate } from "@/components/facts/format";
import type { StatusPoint } from "@/lib/charts/queries";
import { CONDITION_STATUSES, keysOf, PLEDGE_STATUSES, type Meaning } from "@/lib/labels";

function timelineData<S extends string>(
  points: StatusPoint<S>[],
  table: Record<S, Meaning>,
  colors: Record<S, string>,
): ChartData {
  const dayLabel = (day: string) =>
    new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
  return {
    series: keysOf(table).map((s) => ({ key: s, label: table[s].label, color: colors[s] })),
    rows: points.map((p) => ({ key: p.day, label: dayLabel(p.day), values: p.counts })),
  };
}

/** Said plainly when the history is too short to be a trend. */
function historyNote(points: StatusPoint<string>[]) {
  if (points.length === 0) return "No history recorded yet.";
  if (points.length > 1) return undefined;
  return `The history starts on ${formatDate(new Date(`${points[0]!.day}T00:00:00Z`))}, when every record was entered at once: one day, so one bar, not yet a trend. Each later change adds a day.`;
}

export function PledgeStatusHistoryChart({
  points,
}: {
  points: StatusPoint<keyof typeof PLEDGE_STATUSES>[];
}) {
  const last = points.at(-1);
  const summary = last
    ? `On ${formatDate(new Date(`${last.day}T00:00:00Z`))}: ${keysOf(PLEDGE_STATUSES)
        .filter((s) => last.counts[s] > 0)
        .map((s) => `${last.counts[s]} ${PLEDGE_STATUSES[s].label.toLowerCase()}`)
        .join(", ")}; ${points.length} ${points.length === 1 ? "day" : "days"} of history.`
    : "No history recorded.";
  return (
    <ChartFigure
      id="chart-pledge-status-history"
      title="Pledge status over time"
      summary={summary}
      data={timelineData(points, PLEDGE_STATUSES, PLEDGE_STATUS_COLORS)}
      categoryLabel="Day"
      note={historyNote(points)}
    >
      {points.length > 0 && (
        <StackedTimeline data={timelineData(points, PLEDGE_STATUSES, PLEDGE_STATUS_COLORS)} />
      )}
    </ChartFigure>
  );
}

export function ConditionsMetHistoryChart({
  points,
}: {
  points: StatusPoint<keyof typeof CONDITION_STATUSES>[];
}) {
  const last = points.at(-1);
  const summary = last
    ? `${last.counts.MET} of ${last.total} conditions met on ${formatDate(new Date(`${last.day}T00:00:00Z`))}; ${points.length} ${points.length === 1 ? "day" : "days"} of history.`
    : "No history recorded.";
  return (
    <ChartFigure
      id="chart-conditions-history"
      title="Conditions met over time"
      summary={summary}
      data={timelineData(points, CONDITION_STATUSES, CONDITION_STATUS_COLORS)}
      categoryLabel="Day"
      note={historyNote(points)}
    >
      {points.length > 0 && (
        <StackedTimeline data={timelineData(points, CONDITION_STATUSES, CONDITION_STATUS_COLORS)} />
      )}
    </ChartFigure>
  );
}
