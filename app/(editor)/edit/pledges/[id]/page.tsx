import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LifecycleForm } from "@/components/editor/lifecycle-form";
import { CitationsEditor } from "@/components/editor/citations-editor";
import { PledgeForm } from "@/components/editor/pledge-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/server";
import { citeDefaults, type CiteSearchParams } from "@/lib/citations/prefill";
import { getEditorOptions } from "@/lib/editor/options";
import { getPledgeForEdit } from "@/lib/pledges/queries";
import { pledgeLifecycleAction, savePledgeAction } from "../actions";
import { listFactCitations } from "@/lib/citations/queries";
import { removeCitationAction } from "@/app/(editor)/edit/actions";

export const metadata: Metadata = { title: "Edit pledge" };

export default async function EditPledgePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: CiteSearchParams;
}) {
  const { id } = await params;
  const user = await requirePagePermission("data:write", `/edit/pledges/${id}`);
  const [pledge, options] = await Promise.all([getPledgeForEdit(id), getEditorOptions()]);
  if (!pledge) notFound();
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader
        eyebrow={
          <>
            Edit · {pledge.countryName ?? "Undisclosed country"} · version {pledge.version}
            {!pledge.published && " · draft"} ·{" "}
            <Link href={`/history/Pledge/${pledge.id}`}>History</Link>
          </>
        }
        title="Edit pledge"
      />
      <PledgeForm
        action={savePledgeAction}
        pledge={{
          ...pledge,
          values: { ...pledge.values, ...citeDefaults(await searchParams, options.sources) },
        }}
        options={options}
      />
      <CitationsEditor
        citations={await listFactCitations({ key: "pledgeId", id: pledge.id })}
        removeAction={removeCitationAction}
      />
      {can(user, "data:publish") && (
        <Card title={pledge.published ? "Delete this pledge" : "Publish or delete this draft"}>
          <LifecycleForm
            action={pledgeLifecycleAction}
            id={pledge.id}
            version={pledge.version}
            canPublish={!pledge.published}
            what="pledge"
            editHref={`/edit/pledges/${pledge.id}`}
          />
        </Card>
      )}
    </div>
  );
}
