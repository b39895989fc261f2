import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import {
  AsOfBanner,
  AsOfNotice,
  AsOfPicker,
  NotYetRecorded,
} from "@/components/history/as-of-banner";
import { can, visibilityFor } from "@/lib/auth/permissions";
import { getViewer, getVisibility } from "@/lib/auth/server";
import { getCondition } from "@/lib/conditions/queries";
import { parseAsOfParam, pastAsOf } from "@/lib/dates/as-of";
import { ConditionView } from "@/components/views/condition-view";
import { ShareButton } from "@/components/share/share-button";
import { FollowLink } from "@/components/feeds/follow-link";
import { feedAlternates, feedPaths } from "@/lib/feeds/links";
import { CONDITION_CATEGORIES } from "@/lib/labels";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ asOf?: string; time?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const condition = await getCondition((await params).slug, { viewer: await getVisibility() });
  return {
    title: condition ? condition.name : "Condition not found",
    ...(condition && {
      alternates: feedAlternates(
        feedPaths.condition(condition.slug),
        `Guarantor: changes for ${condition.name}`,
      ),
    }),
  };
}

export default async function ConditionPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const param = parseAsOfParam(await searchParams);
  const asOf = pastAsOf(param);
  const viewer = await getViewer();
  const visibility = visibilityFor(viewer);
  const condition = await getCondition(slug, { viewer: visibility, at: asOf?.at });
  if (!condition) {
    // Before its first record: say so, rather than that the address may be wrong.
    const live = asOf ? await getCondition(slug, { viewer: visibility }) : null;
    if (!asOf || !live) notFound();
    const list = { href: "/conditions", label: "Conditions" };
    return (
      <NotYetRecorded
        asOf={asOf}
        name={live.name}
        subject="this condition"
        href={`/conditions/${live.slug}`}
        list={list}
      />
    );
  }
  const canEdit = !asOf && can(viewer, "data:write");
  const here = `/conditions/${condition.slug}`;
  return (
    <>
      <AsOfNotice param={param} currentHref={here} />
      {asOf && <AsOfBanner asOf={asOf} currentHref={here} />}
      <div className="mb-2 flex flex-wrap items-center justify-end gap-3">
        {!asOf && <FollowLink href={feedPaths.condition(condition.slug)} what={condition.name} />}
        {!asOf && <ShareButton query={{ scope: "CONDITION", slug: condition.slug }} />}
        <AsOfPicker asOf={asOf} action={here} />
      </div>
      <PageHeader
        eyebrow={
          <>
            <Link href="/conditions">Conditions</Link> /{" "}
            {CONDITION_CATEGORIES[condition.category].label}
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
