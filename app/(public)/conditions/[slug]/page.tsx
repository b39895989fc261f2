import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { AsOfBanner, AsOfError, AsOfPicker } from "@/components/history/as-of-banner";
import { can, visibilityFor } from "@/lib/auth/permissions";
import { getViewer, getVisibility } from "@/lib/auth/server";
import { getCondition } from "@/lib/conditions/queries";
import { conditionAt, loadAsOf, parseAsOf } from "@/lib/history/as-of";
import { ConditionView } from "@/components/views/condition-view";
import { ShareButton } from "@/components/share/share-button";
import { CONDITION_CATEGORIES } from "@/lib/labels";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ asOf?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const condition = await getCondition((await params).slug, await getVisibility());
  return { title: condition ? condition.name : "Condition not found" };
}

export default async function ConditionPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const parsed = parseAsOf((await searchParams).asOf);
  const asOf = parsed === "invalid" ? null : parsed;
  const viewer = await getViewer();
  const visibility = visibilityFor(viewer);
  const condition = asOf ? conditionAt(await loadAsOf(asOf), slug, visibility) : await getCondition(slug, visibility);
  if (!condition) notFound();
  const canEdit = !asOf && can(viewer, "data:write");
  const here = `/conditions/${condition.slug}`;
  return (
    <>
      {parsed === "invalid" && <AsOfError currentHref={here} />}
      {asOf && <AsOfBanner date={asOf} currentHref={here} />}
      <div className="mb-2 flex items-center justify-end gap-3">
        {!asOf && <ShareButton query={{ scope: "CONDITION", slug: condition.slug }} />}
        <AsOfPicker value={asOf} action={here} />
      </div>
      <PageHeader
        eyebrow={
          <>
            <Link href="/conditions">Conditions</Link> / {CONDITION_CATEGORIES[condition.category].label}
          </>
        }
        title={condition.name}
      >
        {condition.description}
      </PageHeader>
      <ConditionView condition={condition} canEdit={canEdit} />
    </>
  );
}
