import { notFound } from "next/navigation";
import { PledgeCard } from "@/components/pledges/pledge-card";
import { ConditionView } from "@/components/views/condition-view";
import { CountryView } from "@/components/views/country-view";
import { DashboardView } from "@/components/views/dashboard-view";
import { WhatIfBoard } from "@/components/what-if/what-if-board";
import { Empty } from "@/components/ui/empty";
import { listFilterNames } from "@/lib/pledges/explorer-queries";
import { describeScenario, describeSharedFilters } from "@/lib/shares/from-url";
import { openShare } from "@/lib/shares/queries";
import { loadSharedView } from "@/lib/shares/view";

function stamp(date: Date) {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * What a share link shows: exactly its view, read-only, as the public sees it.
 * Unknown, revoked and expired tokens all end in the same "no longer active" page.
 */
export async function SharedPage({ token, embed }: { token: string; embed: boolean }) {
  const share = await openShare(token);
  if (!share) notFound();
  const [view, names] = await Promise.all([loadSharedView(share), listFilterNames("public")]);
  const filters = view.scope === "PLEDGES" ? describeSharedFilters(view.filters, names) : "";
  const title =
    view.scope === "DASHBOARD"
      ? (view.d.coalition?.name ?? "Dashboard")
      : view.scope === "COUNTRY"
        ? view.country?.name
        : view.scope === "CONDITION"
          ? view.condition?.name
          : view.scope === "WHAT_IF"
            ? describeScenario(view.met, names)
            : "Pledges";
  if (!title) notFound();
  return (
    <div className={embed ? "p-4" : "mx-auto max-w-6xl px-4 py-6"}>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-3 border-b border-slate-200 pb-4">
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
            Guarantor · shared view · read-only
          </p>
          <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
        </div>
        <p className="rounded-md bg-slate-100 px-3 py-1 text-sm text-slate-700">
          {share.releaseVersion ? (
            <>
              Release <a href={`/releases/${share.releaseVersion}`}>v{share.releaseVersion}</a>: the
              data as published in it
            </>
          ) : share.frozenAt ? (
            `Frozen: as it stood on ${stamp(share.frozenAt)}`
          ) : (
            "Live data"
          )}
        </p>
      </div>
      <div className="space-y-6">
        {view.scope === "DASHBOARD" && view.d.coalition && (
          <DashboardView d={{ ...view.d, coalition: view.d.coalition }} events={view.events} />
        )}
        {view.scope === "COUNTRY" && view.country && (
          <CountryView country={view.country} changes={null} canEdit={false} />
        )}
        {view.scope === "CONDITION" && view.condition && (
          <ConditionView condition={view.condition} canEdit={false} />
        )}
        {view.scope === "WHAT_IF" && (
          <>
            {view.scenario.unknown.length > 0 && (
              <p role="status" className="text-sm text-amber-900">
                Left out, no longer tracked: {view.scenario.unknown.join(", ")}.
              </p>
            )}
            <WhatIfBoard data={view.data} initialMet={[...view.scenario.met].sort()} shared />
          </>
        )}
        {view.scope === "PLEDGES" && (
          <>
            <p className="text-sm text-slate-500" role="status">
              {view.pledges.length} {view.pledges.length === 1 ? "pledge" : "pledges"}
              {filters && ` · ${filters}`}
            </p>
            {view.pledges.length === 0 ? (
              <Empty>No pledge matches.</Empty>
            ) : (
              view.pledges.map((p) => <PledgeCard key={p.id} pledge={p} showCountry />)
            )}
          </>
        )}
      </div>
      <p className="mt-8 border-t border-slate-200 pt-4 text-xs text-slate-500">
        Every fact cites a source and a verbatim quote; what the sources do not say is shown as
        “undisclosed”. Shared from Guarantor.
      </p>
    </div>
  );
}
