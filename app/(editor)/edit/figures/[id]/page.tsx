import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CitationsEditor } from "@/components/editor/citations-editor";
import { FigureForm } from "@/components/editor/figure-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { getEditorOptions } from "@/lib/editor/options";
import { getFigureForEdit } from "@/lib/figures/mutations";
import { listFactCitations } from "@/lib/citations/queries";
import { removeCitationAction, saveFigureAction } from "@/app/(editor)/edit/actions";

export const metadata: Metadata = { title: "Edit headline figure" };

export default async function EditFigurePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePagePermission("data:write", `/edit/figures/${id}`);
  const [f, { sources }] = await Promise.all([getFigureForEdit(id), getEditorOptions()]);
  if (!f) notFound();
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader
        eyebrow={
          <>
            Edit · headline figure · version {f.version} ·{" "}
            <Link href={`/history/HeadlineFigure/${f.id}`}>History</Link>
          </>
        }
        title={`${f.values.qualifier ? `${f.values.qualifier} ` : ""}${Number(f.values.value).toLocaleString("en")} ${f.values.unit}`}
      >
        Change it when a source gives a new number, and cite that source. The dashboard shows it at
        once.
      </PageHeader>
      <FigureForm
        action={saveFigureAction}
        id={f.id}
        version={f.version}
        values={f.values}
        sources={sources}
      />
      <CitationsEditor
        citations={await listFactCitations({ key: "figureId", id: f.id })}
        removeAction={removeCitationAction}
      />
    </div>
  );
}
