import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProvisionForm } from "@/components/editor/provision-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { getEditorOptions } from "@/lib/editor/options";
import { getFramework } from "@/lib/provisions/queries";
import { saveProvisionAction } from "../actions";

export const metadata: Metadata = { title: "New provision" };

export default async function NewProvisionPage({
  searchParams,
}: {
  searchParams: Promise<{ framework?: string }>;
}) {
  const { framework: slug = "" } = await searchParams;
  await requirePagePermission(
    "data:write",
    `/edit/provisions/new?framework=${encodeURIComponent(slug)}`,
  );
  const [framework, options] = await Promise.all([
    getFramework(slug, "internal"),
    getEditorOptions(),
  ]);
  if (!framework) notFound();
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader eyebrow={framework.name} title="New provision" />
      <ProvisionForm
        action={saveProvisionAction}
        frameworkSlug={framework.slug}
        values={{ status: "UNDER_CONSIDERATION" }}
        options={options}
      />
    </div>
  );
}
