import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RequirementForm } from "@/components/editor/requirement-form";
import { CitationsEditor } from "@/components/editor/citations-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { getEditorOptions } from "@/lib/editor/options";
import { getRequirementForEdit } from "@/lib/requirements/mutations";
import { listFactCitations } from "@/lib/citations/queries";
import { removeCitationAction, saveRequirementAction } from "@/app/(editor)/edit/actions";

export const metadata: Metadata = { title: "Edit capability need" };

export default async function EditRequirementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("data:write", `/edit/requirements/${id}`);
  const [r, { sources }] = await Promise.all([getRequirementForEdit(id), getEditorOptions()]);
  if (!r) notFound();
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader eyebrow={`Edit · version ${r.version}`} title={r.values.description} />
      <RequirementForm
        action={saveRequirementAction}
        id={r.id}
        version={r.version}
        values={r.values}
        sources={sources}
      />
      <CitationsEditor
        citations={await listFactCitations({ key: "requirementId", id: r.id })}
        removeAction={removeCitationAction}
      />
    </div>
  );
}
