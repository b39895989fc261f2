import type { Metadata } from "next";
import Link from "next/link";
import { MeaningBadge } from "@/components/facts/meaning-badge";
import { plural } from "@/components/facts/format";
import { Empty } from "@/components/ui/empty";
import { FilterChips } from "@/components/ui/filter-chips";
import { PageHeader } from "@/components/ui/page-header";
import { can, visibilityFor } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/server";
import { listConditions } from "@/lib/conditions/queries";
import { CONDITION_CATEGORIES, CONDITION_STATUSES, keysOf, parseKey } from "@/lib/labels";

export const metadata: Metadata = { title: "Conditions" };

export default async function ConditionsPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string }>;
}) {
  const status = parseKey(CONDITION_STATUSES, (await searchParams).status);
  const viewer = await getViewer();
  const conditions = await listConditions({ status }, { viewer: visibilityFor(viewer) });
  return (
    <>
      <PageHeader title="Ceasefire and deployment conditions">
        What the pledges hang on. Each condition&apos;s status is backed by evidence from the
        sources.
        {can(viewer, "data:write") && (
          <>
            {" "}
            <Link href="/edit/conditions/new">Add a condition</Link>
          </>
        )}
      </PageHeader>
      <div className="mb-4">
        <FilterChips
          label="Status"
          chips={[
            { label: "All", href: "/conditions", active: !status },
            ...keysOf(CONDITION_STATUSES).map((s) => ({
              label: CONDITION_STATUSES[s].label,
              href: `/conditions?status=${s}`,
              active: status === s,
            })),
          ]}
        />
      </div>
      {conditions.length === 0 ? (
        <Empty>No condition has this status.</Empty>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {conditions.map((c) => (
            <li key={c.slug} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <div className="flex items-start justify-between gap-3">
                <h2 className="font-semibold">
                  <Link href={`/conditions/${c.slug}`}>{c.name}</Link>
                </h2>
                <MeaningBadge table={CONDITION_STATUSES} value={c.status} />
              </div>
              <p className="mt-1 text-xs text-slate-500">
                {CONDITION_CATEGORIES[c.category].label}
              </p>
              <p className="mt-2 text-sm text-slate-700">{c.description}</p>
              <p className="mt-2 text-sm text-slate-600">
                <span className="font-medium">Evidence:</span> {c.evidence}
              </p>
              <p className="mt-3 text-xs text-slate-500">
                <Link href={`/pledges?condition=${c.slug}`}>
                  {plural(c._count.pledges, "pledge")} waiting
                </Link>{" "}
                · {plural(c._count.events, "related event")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
