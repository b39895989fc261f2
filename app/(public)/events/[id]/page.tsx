import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventEntry } from "@/components/events/timeline";
import {
  AsOfBanner,
  AsOfNotice,
  AsOfPicker,
  NotYetRecorded,
} from "@/components/history/as-of-banner";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, visibilityFor } from "@/lib/auth/permissions";
import { getViewer, getVisibility } from "@/lib/auth/server";
import { parseAsOfParam, pastAsOf } from "@/lib/dates/as-of";
import { getEvent } from "@/lib/events/queries";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ asOf?: string; time?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEvent((await params).id, { viewer: await getVisibility() });
  return { title: event ? event.title : "Event not found" };
}

/** One event of the timeline, with its quotes: the address a feed entry or a citation links to. */
export default async function EventPage({ params, searchParams }: Props) {
  const { id } = await params;
  const param = parseAsOfParam(await searchParams);
  const asOf = pastAsOf(param);
  const viewer = await getViewer();
  const visibility = visibilityFor(viewer);
  const event = await getEvent(id, { viewer: visibility, at: asOf?.at });
  const here = `/events/${encodeURIComponent(id)}`;
  const list = { href: "/events", label: "Timeline" };
  if (!event) {
    // Before the event was recorded: say so, rather than that the address may be wrong.
    const live = asOf ? await getEvent(id, { viewer: visibility }) : null;
    if (!asOf || !live) notFound();
    return (
      <NotYetRecorded asOf={asOf} name={live.title} subject="this event" href={here} list={list} />
    );
  }
  return (
    <>
      <AsOfNotice param={param} currentHref={here} />
      {asOf && <AsOfBanner asOf={asOf} currentHref={here} />}
      <div className="mb-4 flex flex-wrap items-start justify-between gap-4">
        <PageHeader eyebrow={<Link href={list.href}>{list.label}</Link>} title={event.title} />
        <AsOfPicker asOf={asOf} action={here} />
      </div>
      <div className="max-w-3xl">
        <Card>
          <EventEntry event={event} page canEdit={!asOf && can(viewer, "data:write")} />
        </Card>
      </div>
    </>
  );
}
