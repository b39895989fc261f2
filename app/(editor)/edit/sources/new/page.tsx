import type { Metadata } from "next";
import { SourceForm } from "@/components/editor/source-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { saveSourceAction } from "@/app/(editor)/edit/actions";

export const metadata: Metadata = { title: "New source" };

export default async function NewSourcePage() {
  await requirePagePermission("data:write", "/edit/sources/new");
  return (
    <div className="max-w-3xl">
      <PageHeader eyebrow="Edit" title="New source">
        Paste the articleStore the article&apos;s full text: every quote cited from it is checked
        against this text.apos;s full text: every quote cited from it is checked against this text.
        Its page then lets you select passages and cite them.
      </PageHeader>
      <SourceForm action={saveSourceAction} />
    </div>
  );
}
