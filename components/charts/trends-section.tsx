import Link from "next/link";
import {
  ConditionsMetHistoryChart,
  PledgeStatusHistoryChart,
} from "@/components/charts/history-charts";
import { Card } from "@/components/ui/card";
import { conditionStatusHistory, pledgeStatusHistory, statusHistoryBasis } from "@/lib/charts/queries";
import type { Visibility } from "@/lib/visibility";

/** The dashboard's trend charts, rebuilt from the edit history (self-contained: it loads its own data). */
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
    <Card
      id="trends"
      title="Over time"
      action={linkToExplorer ? <Link href="/pledges#charts">Explore pledges</Link> : undefined}
    >
      <div className="grid gap-6 lg:grid-cols-2">
        <PledgeStatusHistoryChart points={pledges} basis={pledgeBasis} />
        <ConditionsMetHistoryChart points={conditions} basis={conditionBasis} />
      </div>
    </Card>
  );
}
