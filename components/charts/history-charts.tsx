import { ChartFigure } from "@/components/charts/chart-figure";
import type { ChartData } from "@/components/charts/chart-data";
import { CONDITION_STATUS_COLORS, PLEDGE_STATUS_COLORS } from "@/components/charts/palette";
import { StackedTimeline } from "@/components/charts/stacked-bars";
import { formatDate, formatShortDate } from "@/components/facts/format";
import type { DateBasis, StatusPoint } from "@/lib/charts/queries";
import { thinSeries, type Granularity } from "@/lib/charts/thin";
import type { ConditionStatus, PledgeStatus } from "@/lib/labels";
import { CONDITION_STATUSES, keysOf, PLEDGE_STATUSES, type Meaning } from "@/lib/labels";

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
const days = (n: number) => `${n} ${n === 1 ? "day" : "days"} with changes`;

/** Which date each change is drawn on, said plainly: no history is made up. */
export function basisNote({ dated, total }: DateBasis): string {
  if (dated === 0)
    return "By date recorded: no source dates these changes, so each is placed on the day it was entered here, not when it happened.";
  if (dated === total) return "By the date each change happened, as its source states it.";
  return `By the date each change happened where its source states it (${dated.toLocaleString("en")} of ${total.toLocaleString("en")} changes); the others by the date they were recorded here.`;
}

/** Said plainly when the history is too short to be a trend, or drawn thinned. */
function historyNote(points: StatusPoint<string>[], granularity: Granularity, filtered: boolean) {
  if (points.length === 0) return filtered ? undefined : "No history recorded yet.";
  if (granularity !== "day")
    return `Too many days to show one by one (${points.length.toLocaleString("en")} with changes), so one per ${granularity}: each point is how things stood at the end of that ${granularity}'s last day with a change.`;
  if (points.length > 1) return undefined;
  return `The history starts on ${formatDate(asDate(points[0]!.day))}: one day, so one bar, not yet a trend. Each later change adds a day.`;
}

/** Records per status per day, stacked, with its table and an honest note on short histories. */
function StatusHistoryChart<S extends string>(props: {
  id: string;
  title: string;
  points: StatusPoint<S>[];
  table: Record<S, Meaning>;
  colors: Record<S, string>;
  summarise: (last: StatusPoint<S>) => string;
  basis: DateBasis;
  /** A filtered view: an empty history means nothing matches, not that nothing happened. */
  empty?: string;
}) {
  const { points, table, colors, basis } = props;
  const thinned = thinSeries(points);
  const data: ChartData = {
    series: keysOf(table).map((s) => ({ key: s, label: table[s].label, color: colors[s] })),
    rows: thinned.points.map((p) => ({
      key: p.day,
      label: formatShortDate(asDate(p.day)),
      values: p.counts,
    })),
  };
  const last = points.at(-1);
  return (
    <ChartFigure
      id={props.id}
      title={props.title}
      summary={`${basisNote(basis)} ${last ? `${props.summarise(last)}; ${days(points.length)}.` : (props.empty ?? "No history recorded.")}`}
      data={data}
      categoryLabel={basis.dated === 0 ? "Day recorded" : "Day"}
      note={historyNote(points, thinned.granularity, props.empty !== undefined)}
    >
      {points.length > 0 && <StackedTimeline data={data} />}
    </ChartFigure>
  );
}

export function PledgeStatusHistoryChart({
  points,
  basis,
  filtered = false,
}: {
  points: StatusPoint<PledgeStatus>[];
  basis: DateBasis;
  filtered?: boolean;
}) {
  return (
    <StatusHistoryChart
      basis={basis}
      id="chart-pledge-status-history"
      title={filtered ? "The pledges above: status over time" : "Pledge status over time"}
      empty={filtered ? "No pledge matches these filters." : undefined}
      points={points}
      table={PLEDGE_STATUSES}
      colors={PLEDGE_STATUS_COLORS}
      summarise={(last) =>
        `On ${formatDate(asDate(last.day))}: ${keysOf(PLEDGE_STATUSES)
          .filter((s) => last.counts[s] > 0)
          .map(
            (s) =>
              `${last.counts[s].toLocaleString("en")} ${PLEDGE_STATUSES[s].label.toLowerCase()}`,
          )
          .join(", ")}`
      }
    />
  );
}

export function ConditionsMetHistoryChart({
  points,
  basis,
  filtered = false,
}: {
  points: StatusPoint<ConditionStatus>[];
  basis: DateBasis;
  filtered?: boolean;
}) {
  return (
    <StatusHistoryChart
      basis={basis}
      id="chart-conditions-history"
      title={filtered ? "The conditions they wait on: met over time" : "Conditions met over time"}
      empty={filtered ? "The pledges these filters match wait on no condition." : undefined}
      points={points}
      table={CONDITION_STATUSES}
      colors={CONDITION_STATUS_COLORS}
      summarise={(last) =>
        `${last.counts.MET} of ${last.total} conditions met on ${formatDate(asDate(last.day))}`
      }
    />
  );
}
