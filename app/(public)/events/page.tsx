import type { Metadata } from "next";
import { Timeline } from "@/components/events/timeline";
import { FilterChips } from "@/components/ui/filter-chips";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { can, visibilityFor } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/server";
import { listEvents } from "@/lib/events/queries";
import { EVENT_KINDS, keysOf, parseKey } from "@/lib/labels";

export const metadata: Metadata = { title: "Timeline" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const kind = parseKey(EVENT_KINDS, (await searchParams).kind);
  const viewer = await getViewer();
  const events = await listEvents({ kind }, visibilityFor(viewer));
  const canEdit = can(viewer, "data:write");
  return (
    <>
      <PageHeader title="Timeline">
        Summits, statements, incidents and decisions that move the guarantees. The sources give no dates for most of them;
        undated events are listed in the order the sources report them.
        {canEdit && (
          <>
            {" "}
            <Link href="/edit/events/new">Add an event</Link>
          </>
        )}
      </PageHeader>
      <div className="mb-6">
        <FilterChips
          label="Kind"
          chips={[
            { label: "All", href: "/events", active: !kind },
            ...keysOf(EVENT_KINDS).map((k) => ({ label: EVENT_KINDS[k].label, href: `/events?kind=${k}`, active: kind === k })),
          ]}
        />
      </div>
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <Timeline events={events} canEdit={canEdit} />
      </div>
    </>
  );
}
