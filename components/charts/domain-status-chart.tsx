import { ChartFigure } from "@/components/charts/chart-figure";
import type { ChartData } from "@/components/charts/chart-data";
import { PLEDGE_STATUS_COLORS } from "@/components/charts/palette";
import { StackedBars } from "@/components/charts/stacked-bars";
import { plural } from "@/components/facts/format";
import type { DomainStatusCount } from "@/lib/charts/queries";
import { DOMAINS, keysOf, PLEDGE_STATUSES } from "@/lib/labels";

export function domainStatusData(counts: DomainStatusCount[]): ChartData {
  return {
    series: keysOf(PLEDGE_STATUSES).map((s) => ({
      key: s,
      label: PLEDGE_STATUSES[s].label,
      color: PLEDGE_STATUS_COLORS[s],
    })),
    rows: keysOf(DOMAINS)
      .map((d) => ({
        key: d,
        label: DOMAINS[d].label,
        values: Object.fromEntries(
          counts.filter((c) => c.domain === d).map((c) => [c.status, c.count]),
        ),
      }))
      .filter((r) => Object.keys(r.values).length > 0),
  };
}

/** Pledges by domain, stacked by status. */
export function DomainStatusChart({
  counts,
  id = "chart-domain-status",
  title = "Pledges by domain and status",
}: {
  counts: DomainStatusCount[];
  id?: string;
  title?: string;
}) {
  const data = domainStatusData(counts);
  const total = counts.reduce((a, c) => a + c.count, 0);
  const top = [...data.rows].sort((a, b) => sum(b.values) - sum(a.values))[0];
  const summary = total
    ? `${plural(total, "pledge")} in ${plural(data.rows.length, "domain")}; the most in ${top!.label} (${sum(top!.values)}).`
    : "No pledge matches.";
  return (
    <ChartFigure id={id} title={title} summary={summary} data={data} categoryLabel="Domain">
      {total > 0 && (
        <>
          <StackedBars data={data} className="max-sm:hidden" />
          <StackedBars data={data} width={340} labelWidth={168} className="sm:hidden" />
        </>
      )}
    </ChartFigure>
  );
}

const sum = (v: Record<string, number>) => Object.values(v).reduce((a, b) => a + b, 0);
