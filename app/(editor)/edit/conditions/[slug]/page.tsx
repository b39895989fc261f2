import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConditionForm } from "@/components/editor/condition-form";
import { CitationsEditor } from "@/components/editor/citations-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { getCondition } from "@/lib/conditions/queries";
import { citeDefaults, type CiteSearchParams } from "@/lib/citations/prefill";
import { getEditorOptions } from "@/lib/editor/options";
import { listFactCitations } from "@/lib/citations/queries";
import { removeCitationAction, saveConditionAction } from "@/app/(editor)/edit/actions";

export const metadata: Metadata = { title: "Edit condition" };

export default async function EditConditionPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: CiteSearchParams;
}) {
  const { slug } = await params;
  await requirePagePermission("data:write", `/edit/conditions/${slug}`);
  const [c, { sources }] = await Promise.all([
    getCondition(slug, { viewer: "internal" }),
    getEditorOptions(),
  ]);
  if (!c) notFound();
  const values = {
    ...citeDefaults(await searchParams, sources),
    name: c.name,
    description: c.description,
    category: c.category,
    status: c.status,
    evidence: c.evidence,
    internalNote: c.internalNote ?? "",
  };
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader
        eyebrow={`Edit · version ${c.version}${c.published ? "" : " · draft"}`}
        title={c.name}
      />
      <ConditionForm
        action={saveConditionAction}
        slug={c.slug}
        version={c.version}
        values={values}
        sources={sources}
      />
      <CitationsEditor
        citations={await listFactCitations({ key: "conditionSlug", id: c.slug })}
        removeAction={removeCitationAction}
      />
    </div>
  );
}
