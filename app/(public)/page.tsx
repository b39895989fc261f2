import { notFound } from "next/navigation";
import { Citations } from "@/components/citations/citations";
import { AsOfBanner, AsOfError, AsOfPicker } from "@/components/history/as-of-banner";
import { Empty } from "@/components/ui/empty";
import { getDashboard } from "@/lib/dashboard/queries";
import { listEvents } from "@/lib/events/queries";
import { can } from "@/lib/auth/permissions";
import { getViewer, getVisibility } from "@/lib/auth/server";
import { dashboardAt, eventsAt, loadAsOf, parseAsOf } from "@/lib/history/as-of";
import { DashboardView } from "@/components/views/dashboard-view";
import { ShareButton } from "@/components/share/share-button";
import { TrendsSection } from "@/components/charts/trends-section";

async function load(asOf: string | null) {
  const visibility = await getVisibility();
  if (asOf) {
    const ds = await loadAsOf(asOf);
    return [dashboardAt(ds, visibility), eventsAt(ds, visibility, 5)] as const;
  }
  return Promise.all([getDashboard(visibility), listEvents({ limit: 5 }, visibility)]);
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ asOf?: string }> }) {
  const parsed = parseAsOf((await searchParams).asOf);
  const asOf = parsed === "invalid" ? null : parsed;
  const [d, events] = await load(asOf);
  if (!d.coalition) {
    if (!asOf) notFound();
    return (
      <>
        <AsOfBanner date={asOf} currentHref="/" />
        <Empty>Nothing had been recorded by the end of {asOf}.</Empty>
      </>
    );
  }
  return (
    <div className="space-y-6">
      {parsed === "invalid" && <AsOfError currentHref="/" />}
      {asOf && <AsOfBanner date={asOf} currentHref="/" />}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
        <p className="text-sm font-medium text-slate-500">Security guarantees for Ukraine</p>
        <h1 className="text-3xl font-semibold tracking-tight">{d.coalition.name}</h1>
        <p className="mt-2 max-w-3xl text-slate-600">{d.coalition.description}</p>
        <Citations items={d.coalition.citations} />
        </div>
        <div className="flex items-center gap-3">
          {!asOf && <ShareButton query={{ scope: "DASHBOARD" }} />}
          <AsOfPicker value={asOf} action="/" />
        </div>
      </div>

      <DashboardView d={{ ...d, coalition: d.coalition }} events={events} canEdit={!asOf && can(await getViewer(), "data:write")} />
      {!asOf && <TrendsSection linkToExplorer visibility={await getVisibility()} />}
    </div>
  );
}
