import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConditionStatus } from "@/lib/generated/prisma/enums";
import { eventSelect, redactEvent } from "@/lib/events/queries";
import { pledgeSelect, redactPledge } from "@/lib/pledges/queries";
import { publishedWhere, type Visibility } from "@/lib/visibility";
import { citationSelect } from "@/lib/sources/select";

const conditionSummarySelect = {
  slug: true,
  name: true,
  description: true,
  category: true,
  status: true,
  evidence: true,
  published: true,
  version: true,
  internalNote: true,
} satisfies Prisma.ConditionSelect;

function counts(visibility: Visibility) {
  return {
    _count: {
      select: { pledges: { where: { pledge: publishedWhere(visibility) } }, events: { where: { event: publishedWhere(visibility) } } },
    },
  } satisfies Prisma.ConditionSelect;
}

export type ConditionSummary = Prisma.ConditionGetPayload<{ select: typeof conditionSummarySelect & ReturnType<typeof counts> }>;

export async function listConditions(filter: { status?: ConditionStatus | null } = {}, visibility: Visibility = "public"): Promise<ConditionSummary[]> {
  const rows = await db.condition.findMany({
    where: { ...(filter.status ? { status: filter.status } : {}), ...publishedWhere(visibility) },
    select: { ...conditionSummarySelect, ...counts(visibility) },
    orderBy: { sortOrder: "asc" },
  });
  return visibility === "internal" ? rows : rows.map((c) => ({ ...c, internalNote: null }));
}

export const getCondition = cache(async function getCondition(slug: string, visibility: Visibility = "public") {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
  const condition = await db.condition.findFirst({
    where: { slug, ...publishedWhere(visibility) },
    select: {
      ...conditionSummarySelect,
      ...counts(visibility),
      citations: citationSelect,
      pledges: { where: { pledge: publishedWhere(visibility) }, select: { pledge: { select: pledgeSelect } }, orderBy: { pledgeId: "asc" } },
      events: {
        where: { event: publishedWhere(visibility) },
        select: { event: { select: eventSelect } },
        orderBy: [{ event: { occurredOn: { sort: "desc", nulls: "last" } } }, { event: { sequence: "asc" } }],
      },
    },
  });
  if (!condition || visibility === "internal") return condition;
  return {
    ...condition,
    internalNote: null,
    pledges: condition.pledges.map((p) => ({ pledge: redactPledge(p.pledge, visibility) })),
    events: condition.events.map((e) => ({ event: redactEvent(e.event, visibility) })),
  };
});

export type ConditionDetail = NonNullable<Awaited<ReturnType<typeof getCondition>>>;
