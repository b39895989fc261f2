import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProvisionCard } from "@/components/frameworks/provision-card";
import { ProvisionMatrix } from "@/components/frameworks/provision-matrix";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, visibilityFor } from "@/lib/auth/permissions";
import { getViewer, getVisibility } from "@/lib/auth/server";
import { getFramework } from "@/lib/provisions/queries";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const framework = await getFramework((await params).slug, await getVisibility());
  return { title: framework ? framework.name : "Framework not found" };
}

export default async function FrameworkPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getViewer();
  const framework = await getFramework(slug, visibilityFor(viewer));
  if (!framework) notFound();
  const canEdit = can(viewer, "data:write");
  return (
    <>
      <PageHeader eyebrow="Peace framework" title={framework.name}>
        {framework.description} Set out in{" "}
        <Link href={`/sources/${framework.source.id}`}>{framework.source.title}</Link>. Each
        provision is tracked on the Peace Accords Matrix&apos;s scale (not started, minimal,
        intermediate, full), with a stage before it: under consideration, not yet agreed. Every
        status is quoted; each change is kept with its date.
        {canEdit && (
          <>
            {" "}
            <Link href={`/edit/provisions/new?framework=${framework.slug}`}>Add a provision</Link>
          </>
        )}
      </PageHeader>
      <Card title="Provisions by status" className="mb-6">
        <ProvisionMatrix provisions={framework.provisions} />
      </Card>
      <h2 className="mb-3 text-lg font-semibold text-slate-900">Each provision, with its quotes</h2>
      <div className="space-y-4">
        {framework.provisions.map((p) => (
          <ProvisionCard key={p.id} p={p} canEdit={canEdit} />
        ))}
      </div>
    </>
  );
}
