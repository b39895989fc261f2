import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Citations } from "@/components/citations/citations";
import { MeaningBadge } from "@/components/facts/meaning-badge";
import { Timeline } from "@/components/events/timeline";
import { PledgeCard } from "@/components/pledges/pledge-card";
import { Card } from "@/components/ui/card";
import { Empty } from "@/components/ui/empty";
import { PageHeader } from "@/components/ui/page-header";
import { AsOfBanner, AsOfError, AsOfPicker } from "@/components/history/as-of-banner";
import { Badge } from "@/components/ui/badge";
import { can, visibilityFor } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/server";
import { getCondition } from "@/lib/conditions/queries";
import { conditionAt, loadAsOf, parseAsOf } from "@/lib/history/as-of";
import { CONDITION_CATEGORIES, CONDITION_STATUSES } from "@/lib/labels";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ asOf?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const condition = await getCondition((await params).slug);
  return { title: condition ? condition.name : "Condition not found" };
}

export default async function ConditionPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const parsed = parseAsOf((await searchParams).asOf);
  const asOf = parsed === "invalid" ? null : parsed;
  const viewer = await getViewer();
  const visibility = visibilityFor(viewer);
  const condition = asOf ? conditionAt(await loadAsOf(asOf), slug, visibility) : await getCondition(slug, visibility);
  if (!condition) notFound();
  const canEdit = !asOf && can(viewer, "data:write");
  const here = `/conditions/${condition.slug}`;
  return (
    <>
      {parsed === "invalid" && <AsOfError currentHref={here} />}
      {asOf && <AsOfBanner date={asOf} currentHref={here} />}
      <div className="mb-2 flex justify-end">
        <AsOfPicker value={asOf} action={here} />
      </div>
      <PageHeader
        eyebrow={
          <>
            <Link href="/conditions">Conditions</Link> / {CONDITION_CATEGORIES[condition.category].label}
          </>
        }
        title={condition.name}
      >
        {condition.description}
      </PageHeader>
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
              Pledges waiting on it <span className="text-sm font-normal text-slate-500">({condition.pledges.length})</span>
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
    </>
  );
}
