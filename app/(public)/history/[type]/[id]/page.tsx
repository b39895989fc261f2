import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryTimeline } from "@/components/history/history-timeline";
import { PageHeader } from "@/components/ui/page-header";
import { getVisibility } from "@/lib/auth/server";
import { getHistory, parseEntityType } from "@/lib/changes/queries";
import type { EntityType, Snapshot } from "@/lib/changes/snapshot";
import { decodeUrlPart } from "@/lib/security/safe-text";

type Props = { params: Promise<{ type: string; id: string }> };

export const metadata: Metadata = { title: "History", robots: { index: false } };

function describe(type: EntityType, s: Snapshot | null, id: string) {
  const label = String(s?.description ?? s?.title ?? s?.name ?? s?.summary ?? id);
  const href =
    type === "Pledge" && s?.countryCode
      ? `/countries/${s.countryCode}#pledge-${id}`
      : type === "Condition"
        ? `/conditions/${id}`
        : type === "Country"
          ? `/countries/${id}`
          : type === "Membership" && s?.countryCode
            ? `/countries/${s.countryCode}`
            : type === "Source"
              ? `/sources/${id}`
              : type === "Event"
                ? `/events#event-${id}`
                : null;
  return { label, href };
}

export default async function HistoryPage({ params }: Props) {
  const { type: rawType, id } = await params;
  const type = parseEntityType(rawType);
  if (!type) notFound();
  const key = decodeUrlPart(id);
  if (key === null) notFound();
  const history = await getHistory(type, key, await getVisibility());
  if (!history) notFound();
  const { label, href } = describe(type, history.lastKnown, history.id);
  return (
    <div className="max-w-3xl">
      <PageHeader eyebrow={`History · ${type}`} title={label}>
        {history.deleted
          ? "This record has been deleted; its history is kept."
          : href && <Link href={href}>Open the current version</Link>}
      </PageHeader>
      <HistoryTimeline entries={history.entries} />
    </div>
  );
}
