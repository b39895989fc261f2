import "server-only";
/** A condition as it stood at a past moment, rebuilt from history into the live read's shape. */
import { read } from "@/lib/fields";
import type { ConditionCategory, ConditionStatus } from "@/lib/generated/prisma/enums";
import { eventsAt } from "@/lib/events/as-of";
import { citationsOf, listOf, visible, type Dataset } from "@/lib/history/as-of";
import { pledgeFromSnapshot, pledgeSnapshots } from "@/lib/pledges/as-of";
import type { Visibility } from "@/lib/visibility";
import type { ConditionDetail } from "./queries";

export function conditionAt(
  ds: Dataset,
  slug: string,
  visibility: Visibility,
): ConditionDetail | null {
  const c = ds.Condition.get(slug);
  if (!visible(c, visibility)) return null;
  const pledges = pledgeSnapshots(ds, visibility)
    .filter((p) => listOf(p.conditionSlugs).includes(slug))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const events = eventsAt(ds, visibility).filter((e) =>
    e.conditions.some((x) => x.condition.slug === slug),
  );
  return {
    slug: String(c.slug),
    name: String(c.name),
    description: String(c.description),
    category: c.category as ConditionCategory,
    status: c.status as ConditionStatus,
    evidence: String(c.evidence),
    published: read.published(c.published),
    version: read.version(c.version),
    internalNote: visibility === "internal" ? read.optionalText(c.internalNote) : null,
    _count: { pledges: pledges.length, events: events.length },
    citations: citationsOf(ds, "conditionSlug", slug),
    pledges: pledges.map((p) => ({ pledge: pledgeFromSnapshot(ds, p, visibility) })),
    events: events.map((event) => ({ event })),
  };
}
