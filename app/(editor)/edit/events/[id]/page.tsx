import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/editor/event-form";
import { CitationsEditor } from "@/components/editor/citations-editor";
import { LifecycleForm } from "@/components/editor/lifecycle-form";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { citeDefaults, type CiteSearchParams } from "@/lib/citations/prefill";
import { getEditorOptions } from "@/lib/editor/options";
import { getEventForEdit } from "@/lib/events/queries";
import { listFactCitations } from "@/lib/citations/queries";
import {
  eventLifecycleAction,
  removeCitationAction,
  saveEventAction,
} from "@/app/(editor)/edit/actions";

export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: CiteSearchParams;
}) {
  const { id } = await params;
  const user = await requirePagePermission("data:write", `/edit/events/${id}`);
  const [event, options] = await Promise.all([getEventForEdit(id), getEditorOptions()]);
  if (!event) notFound();
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader
        eyebrow={`Edit · version ${event.version}${event.published ? "" : " · draft"}`}
        title={String(event.values.title)}
      />
      <EventForm
        action={saveEventAction}
        id={event.id}
        version={event.version}
        values={{ ...event.values, ...citeDefaults(await searchParams, options.sources) }}
        options={options}
      />
      <CitationsEditor
        citations={await listFactCitations({ key: "eventId", id: event.id })}
        removeAction={removeCitationAction}
      />
      {can(user, "data:publish") && (
        <Card title="Delete this event">
          <LifecycleForm
            action={eventLifecycleAction}
            id={event.id}
            version={event.version}
            canPublish={false}
            what="event"
            editHref={`/edit/events/${event.id}`}
          />
        </Card>
      )}
    </div>
  );
}
