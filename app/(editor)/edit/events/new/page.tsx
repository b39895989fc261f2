import type { Metadata } from "next";
import { EventForm } from "@/components/editor/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { citeDefaults, type CiteSearchParams } from "@/lib/citations/prefill";
import { getEditorOptions } from "@/lib/editor/options";
import { saveEventAction } from "@/app/(editor)/edit/actions";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage({ searchParams }: { searchParams: CiteSearchParams }) {
  await requirePagePermission("data:write", "/edit/events/new");
  const options = await getEditorOptions();
  return (
    <div className="max-w-3xl">
      <PageHeader eyebrow="Edit" title="New event" />
      <EventForm
        action={saveEventAction}
        values={citeDefaults(await searchParams, options.sources)}
        options={options}
      />
    </div>
  );
}
