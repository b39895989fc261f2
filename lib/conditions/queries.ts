import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConditionStatus } from "@/lib/generated/prisma/enums";
import { eventSelect } from "@/lib/events/queries";
import { pledgeSelect } from "@/lib/pledges/queries";
import { citationSelect } from "@/lib/sources/select";

const conditionSummarySelect = {
  slug: true,
  name: true,
  description: true,
  category: true,
  status: true,
  evidence: true,
  _count: { select: { pledges: true, events: true } },
} satisfies Prisma.ConditionSelect;

export type ConditionSummary = Prisma.ConditionGetPayload<{ select: typeof conditionSummarySelect }>;

export async function listConditions(filter: { status?: ConditionStatus | null } = {}): Promise<ConditionSummary[]> {
  return db.condition.findMany({
    where: filter.status ? { status: filter.status } : {},
    select: conditionSummarySelect,
    orderBy: { sortOrder: "asc" },
  });
}

export async function getCondition(slug: string) {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
  return db.condition.findUnique({
    where: { slug },
    select: {
      ...conditionSummarySelect,
      citations: citationSelect,
      pledges: { select: { pledge: { select: pledgeSelect } }, orderBy: { pledgeId: "asc" } },
      events: {
        select: { event: { select: eventSelect } },
        orderBy: [{ event: { occurredOn: { sort: "desc", nulls: "last" } } }, { event: { sequence: "asc" } }],
      },
    },
  });
}
