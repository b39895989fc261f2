import Link from "next/link";
import { Citations } from "@/components/citations/citations";
import { MeaningBadge } from "@/components/facts/meaning-badge";
import { Timeline } from "@/components/events/timeline";
import { PledgeCard } from "@/components/pledges/pledge-card";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Empty } from "@/components/ui/empty";
import type { ConditionDetail } from "@/lib/conditions/queries";
import { CONDITION_STATUSES } from "@/lib/labels";

/** A condition's status, evidence, waiting pledges and events (live, past or shared). */
export function ConditionView({
  condition,
  canEdit,
}: {
  condition: ConditionDetail;
  canEdit: boolean;
}) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <Card
          title="Status and evidence"
          action={
            <span className="flex gap-3">
              <Link href={`/history/Condition/${condition.slug}`}>History</Link>
              {canEdit && <Link href={`/edit/conditions/${condition.slug}`}>Edit</Link>}
            </span>
          }
        >
          <MeaningBadge table={CONDITION_STATUSES} value={condition.status} />
          {!condition.published && <Badge tone="amber">Draft</Badge>}
          <p className="mt-3 text-slate-800">{condition.evidence}</p>
          {condition.internalNote && (
            <p className="mt-3 rounded-md bg-slate-100 p-2 text-sm text-slate-700">
              <strong>Internal note:</strong> {condition.internalNote}
            </p>
          )}
          <Citations items={condition.citations} open />
        </Card>
        <section aria-labelledby="waiting-heading">
          <h2 id="waiting-heading" className="mb-3 text-lg font-semibold">
            Pledges waiting on it{" "}
            <span className="text-sm font-normal text-slate-500">({condition.pledges.length})</span>
          </h2>
          {condition.pledges.length === 0 ? (
            <Empty>No recorded pledge depends on this condition.</Empty>
          ) : (
            <div className="space-y-3">
              {condition.pledges.map(({ pledge }) => (
                <PledgeCard key={pledge.id} pledge={pledge} showCountry canEdit={canEdit} />
              ))}
            </div>
          )}
        </section>
      </div>
      <Card title="Related events">
        <Timeline events={condition.events.map((e) => e.event)} canEdit={canEdit} />
      </Card>
    </div>
  );
}
