import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostureForm } from "@/components/editor/posture-form";
import { CitationsEditor } from "@/components/editor/citations-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { getCountry } from "@/lib/countries/queries";
import { citeDefaults, type CiteSearchParams } from "@/lib/citations/prefill";
import { getEditorOptions } from "@/lib/editor/options";
import { listFactCitations } from "@/lib/citations/queries";
import { removeCitationAction, savePostureAction } from "@/app/(editor)/edit/actions";

export const metadata: Metadata = { title: "Edit posture" };

export default async function EditPosturePage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: CiteSearchParams;
}) {
  const { code } = await params;
  await requirePagePermission("data:write", `/edit/postures/${code}`);
  const [country, options] = await Promise.all([
    getCountry(code, { viewer: "internal" }),
    getEditorOptions(),
  ]);
  if (!country) notFound();
  const m = country.memberships[0];
  const values: Record<string, string> = m
    ? {
        posture: m.posture,
        isMember: m.isMember ? "on" : "",
        summary: m.summary,
        conditionsInOwnWords: m.conditionsInOwnWords ?? "",
        internalNote: m.internalNote ?? "",
      }
    : { isMember: "on" };
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader
        eyebrow={`Edit · ${country.name}${m ? ` · version ${m.version}` : ""}`}
        title={`${country.name}: posture`}
      />
      <PostureForm
        action={savePostureAction}
        countryCode={country.code}
        version={m?.version ?? null}
        values={{ ...values, ...citeDefaults(await searchParams, options.sources) }}
        sources={options.sources}
      />
      {m && (
        <CitationsEditor
          citations={await listFactCitations({ key: "membershipId", id: m.id })}
          removeAction={removeCitationAction}
        />
      )}
    </div>
  );
}
