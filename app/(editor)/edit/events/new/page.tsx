import type { Metadata } from "next";
import { EventForm } from "@/components/editor/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { getEditorOptions } from "@/lib/editor/options";
import { saveEventAction } from "@/app/(editor)/edit/actions";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  await requirePagePermission("data:write", "/edit/events/new");
  return (
    <div className="max-w-3xl">
      <PageHeader eyebrow="Edit" title="New event" />
      <EventForm action={saveEventAction} values={{}} options={await getEditorOptions()} />
    </div>
  );
}
