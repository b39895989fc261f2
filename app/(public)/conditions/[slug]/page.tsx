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
import { getCondition } from "@/lib/conditions/queries";
import { CONDITION_CATEGORIES, CONDITION_STATUSES } from "@/lib/labels";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const condition = await getCondition((await params).slug);
  return { title: condition ? condition.name : "Condition not found" };
}

export default async function ConditionPage({ params }: Props) {
  const condition = await getCondition((await params).slug);
  if (!condition) notFound();
  return (
    <>
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
          <Card title="Status and evidence">
            <MeaningBadge table={CONDITION_STATUSES} value={condition.status} />
            <p className="mt-3 text-slate-800">{condition.evidence}</p>
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
                  <PledgeCard key={pledge.id} pledge={pledge} showCountry />
                ))}
              </div>
            )}
          </section>
        </div>
        <Card title="Related events">
          <Timeline events={condition.events.map((e) => e.event)} />
        </Card>
      </div>
    </>
  );
}
