import type { Metadata } from "next";
import { Timeline } from "@/components/events/timeline";
import { NoPastView } from "@/components/history/as-of-banner";
import { FilterChips } from "@/components/ui/filter-chips";
import { PageHeader } from "@/components/ui/page-header";
import { PageNav } from "@/components/ui/page-nav";
import Link from "next/link";
import { can, visibilityFor } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/server";
import { parseAsOfParam } from "@/lib/dates/as-of";
import { listEventPage } from "@/lib/events/queries";
import { EVENT_KINDS, keysOf, parseKey } from "@/lib/labels";

export const metadata: Metadata = { title: "Timeline" };

const href = (kind: string | null, page = 1) => {
  const query = new URLSearchParams({
    ...(kind ? { kind } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  }).toString();
  return query ? `/events?${query}` : "/events";
};

export default async function EventsPage({
  searchParams,
}: {
  searchParams: Promise<{ kind?: string; page?: string; asOf?: string; time?: string }>;
}) {
  const params = await searchParams;
  const kind = parseKey(EVENT_KINDS, params.kind);
  const viewer = await getViewer();
  const { events, total, page, pageCount, pageSize } = await listEventPage(
    { kind },
    Number(params.page ?? 1) || 1,
    { viewer: visibilityFor(viewer) },
  );
  const canEdit = can(viewer, "data:write");
  return (
    <>
      <NoPastView param={parseAsOfParam(params)} what="The timeline" currentHref="/events" />
      <PageHeader title="Timeline">
        Summits, statements, incidents and decisions that move the guarantees. The sources give no
        dates for most of them; undated events are listed in the order the sources report them.
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
            { label: "All", href: href(null), active: !kind },
            ...keysOf(EVENT_KINDS).map((k) => ({
              label: EVENT_KINDS[k].label,
              href: href(k),
              active: kind === k,
            })),
          ]}
        />
      </div>
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <Timeline events={events} canEdit={canEdit} />
      </div>
      {pageCount > 1 && (
        <PageNav
          page={page}
          pageCount={pageCount}
          pageSize={pageSize}
          total={total}
          link={(p, label, props) => (
            <Link href={href(kind, p)} {...props}>
              {label}
            </Link>
          )}
        />
      )}
    </>
  );
}
