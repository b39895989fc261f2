import { notFound } from "next/navigation";
import { Citations } from "@/components/citations/citations";
import { AsOfBanner, AsOfNotice, AsOfPicker } from "@/components/history/as-of-banner";
import { Empty } from "@/components/ui/empty";
import { getDashboard } from "@/lib/dashboard/queries";
import { listEvents } from "@/lib/events/queries";
import { can } from "@/lib/auth/permissions";
import { getViewer, getVisibility } from "@/lib/auth/server";
import { parseAsOfParam, pastAsOf, type AsOf } from "@/lib/dates/as-of";
import { DashboardView } from "@/components/views/dashboard-view";
import { ShareButton } from "@/components/share/share-button";
import { TrendsSection } from "@/components/charts/trends-section";
import { FollowLink } from "@/components/feeds/follow-link";
import { feedAlternates, feedPaths } from "@/lib/feeds/links";

export const metadata = {
  alternates: feedAlternates(feedPaths.all, "Guarantor: published changes"),
};

async function load(asOf: AsOf | null) {
  const options = { viewer: await getVisibility(), at: asOf?.at };
  return Promise.all([getDashboard(options), listEvents({ limit: 5 }, options)]);
}

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ asOf?: string; time?: string }>;
}) {
  const param = parseAsOfParam(await searchParams);
  const asOf = pastAsOf(param);
  const [d, events] = await load(asOf);
  if (!d.coalition) {
    if (!asOf) notFound();
    return (
      <>
        <AsOfBanner asOf={asOf} currentHref="/" />
        <Empty>Nothing had been recorded yet at {asOf.label}.</Empty>
      </>
    );
  }
  return (
    <div className="space-y-6">
      <AsOfNotice param={param} currentHref="/" />
      {asOf && <AsOfBanner asOf={asOf} currentHref="/" />}
      <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm font-medium text-slate-500">Security guarantees for Ukraine</p>
          <h1 className="text-3xl font-semibold tracking-tight">{d.coalition.name}</h1>
          <p className="mt-2 max-w-3xl text-slate-600">{d.coalition.description}</p>
          <Citations items={d.coalition.citations} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {!asOf && <FollowLink href={feedPaths.all} what="the whole dataset" />}
          {!asOf && <ShareButton query={{ scope: "DASHBOARD" }} />}
          <AsOfPicker asOf={asOf} action="/" />
        </div>
      </div>

      <DashboardView
        d={{ ...d, coalition: d.coalition }}
        events={events}
        canEdit={!asOf && can(await getViewer(), "data:write")}
      />
      {!asOf && <TrendsSection linkToExplorer visibility={await getVisibility()} />}
    </div>
  );
}
