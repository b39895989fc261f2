import Link from "next/link";
import {
  ConditionsMetHistoryChart,
  PledgeStatusHistoryChart,
} from "@/components/charts/history-charts";
import { Card } from "@/components/ui/card";
import {
  conditionStatusHistory,
  pledgeStatusHistory,
  statusHistoryBasis,
  type DateBasis,
  type StatusPoint,
} from "@/lib/charts/queries";
import type { ConditionStatus, PledgeStatus } from "@/lib/labels";
import type { Visibility } from "@/lib/visibility";

export type Trends = {
  pledges: StatusPoint<PledgeStatus>[];
  conditions: StatusPoint<ConditionStatus>[];
  /** Which dates the changes are drawn on (world date where a source states it). */
  pledgeBasis: DateBasis;
  conditionBasis: DateBasis;
};

/** The trend charts, rebuilt from the edit history; `filtered`: they follow the explorer's filters. */
export function TrendsCard({
  trends,
  filtered = false,
  linkToExplorer = false,
}: {
  trends: Trends;
  filtered?: boolean;
  linkToExplorer?: boolean;
}) {
  return (
    <Card
      id="trends"
      title="Over time"
      action={linkToExplorer ? <Link href="/pledges#charts">Explore pledges</Link> : undefined}
    >
      <div className="grid gap-6 lg:grid-cols-2">
        <PledgeStatusHistoryChart
          points={trends.pledges}
          basis={trends.pledgeBasis}
          filtered={filtered}
        />
        <ConditionsMetHistoryChart
          points={trends.conditions}
          basis={trends.conditionBasis}
          filtered={filtered}
        />
      </div>
    </Card>
  );
}

/** The dashboard's trend charts (self-contained: it loads its own data). */
export async function TrendsSection({
  linkToExplorer = false,
  visibility = "public",
}: {
  linkToExplorer?: boolean;
  visibility?: Visibility;
}) {
  const [pledges, conditions, pledgeBasis, conditionBasis] = await Promise.all([
    pledgeStatusHistory(visibility),
    conditionStatusHistory(visibility),
    statusHistoryBasis("Pledge", visibility),
    statusHistoryBasis("Condition", visibility),
  ]);
  return (
    <TrendsCard
      trends={{ pledges, conditions, pledgeBasis, conditionBasis }}
      linkToExplorer={linkToExplorer}
    />
  );
}
