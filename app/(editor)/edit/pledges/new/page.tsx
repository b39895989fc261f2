import type { Metadata } from "next";
import { PledgeForm } from "@/components/editor/pledge-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/server";
import { citeDefaults } from "@/lib/citations/prefill";
import { getEditorOptions } from "@/lib/editor/options";
import { savePledgeAction } from "@/app/(editor)/edit/pledges/actions";

export const metadata: Metadata = { title: "New pledge" };

export default async function NewPledgePage({
  searchParams,
}: {
  searchParams: Promise<{
    country?: string;
    sourceId?: string | string[];
    quote?: string | string[];
  }>;
}) {
  const params = await searchParams;
  const { country } = params;
  await requirePagePermission(
    "data:write",
    `/edit/pledges/new${country ? `?country=${country}` : ""}`,
  );
  const options = await getEditorOptions();
  const countryCode = options.countries.find((c) => c.code === country?.toUpperCase())?.code ?? "";
  return (
    <div className="max-w-3xl">
      <PageHeader eyebrow="Edit" title="New pledge">
        Record a pledge with the quote that backs it. Save it as a draft to keep it from the public
        until it is checked.
      </PageHeader>
      <PledgeForm
        action={savePledgeAction}
        options={options}
        defaults={{ countryCode, ...citeDefaults(params, options.sources) }}
      />
    </div>
  );
}
