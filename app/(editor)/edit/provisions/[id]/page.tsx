import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CitationsEditor } from "@/components/editor/citations-editor";
import { ProvisionForm } from "@/components/editor/provision-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { getEditorOptions } from "@/lib/editor/options";
import { getProvisionForEdit } from "@/lib/provisions/queries";
import { saveProvisionAction } from "../actions";
import { listFactCitations } from "@/lib/citations/queries";
import { removeCitationAction } from "@/app/(editor)/edit/actions";

export const metadata: Metadata = { title: "Edit provision" };

export default async function EditProvisionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("data:write", `/edit/provisions/${id}`);
  const [p, options] = await Promise.all([getProvisionForEdit(id), getEditorOptions()]);
  if (!p) notFound();
  const values = {
    name: p.name,
    description: p.description,
    status: p.status,
    conditionSlugs: p.conditions.map((c) => c.conditionSlug),
    internalNote: p.internalNote ?? "",
  };
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader
        eyebrow={`Edit provision · version ${p.version}${p.published ? "" : " · draft"}`}
        title={p.name}
      >
        A change of status needs a quote that backs it, and the date it happened if the source gives
        one: the framework page shows each provision&apos;s status over time from these changes.
      </PageHeader>
      <ProvisionForm
        action={saveProvisionAction}
        frameworkSlug={p.frameworkSlug}
        id={p.id}
        version={p.version}
        values={values}
        options={options}
      />
      <CitationsEditor
        citations={await listFactCitations({ key: "provisionId", id: p.id })}
        removeAction={removeCitationAction}
      />
    </div>
  );
}
