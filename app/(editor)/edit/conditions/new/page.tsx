import type { Metadata } from "next";
import { ConditionForm } from "@/components/editor/condition-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { citeDefaults, type CiteSearchParams } from "@/lib/citations/prefill";
import { getEditorOptions } from "@/lib/editor/options";
import { saveConditionAction } from "@/app/(editor)/edit/actions";

export const metadata: Metadata = { title: "New condition" };

export default async function NewConditionPage({
  searchParams,
}: {
  searchParams: CiteSearchParams;
}) {
  await requirePagePermission("data:write", "/edit/conditions/new");
  const { sources } = await getEditorOptions();
  return (
    <div className="max-w-3xl">
      <PageHeader eyebrow="Edit" title="New condition" />
      <ConditionForm
        action={saveConditionAction}
        values={citeDefaults(await searchParams, sources)}
        sources={sources}
      />
    </div>
  );
}
