import type { Metadata } from "next";
import { RequirementForm } from "@/components/editor/requirement-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { getEditorOptions } from "@/lib/editor/options";
import { saveRequirementAction } from "@/app/(editor)/edit/actions";

export const metadata: Metadata = { title: "New capability need" };

export default async function NewRequirementPage() {
  await requirePagePermission("data:write", "/edit/requirements/new");
  const { sources } = await getEditorOptions();
  return (
    <div className="max-w-3xl">
      <PageHeader eyebrow="Edit" title="New capability need">
        What the coalition says it needs, with the quote that says so.
      </PageHeader>
      <RequirementForm action={saveRequirementAction} values={{}} sources={sources} />
    </div>
  );
}
