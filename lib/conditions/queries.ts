import "server-only";
import { SLUG } from "@/lib/codes";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConditionStatus } from "@/lib/generated/prisma/enums";
import { linkedEvents, redactEvent } from "@/lib/events/queries";
import { pledgeSelect, redactPledge } from "@/lib/pledges/fields";
import { loadDatasetAt } from "@/lib/history/as-of";
import {
  publishedWhere,
  type ReadOptions,
  type ViewerOption,
  type Visibility,
} from "@/lib/visibility";
import { conditionAt } from "./as-of";
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
      select: {
        pledges: { where: { pledge: publishedWhere(visibility) } },
        events: { where: { event: publishedWhere(visibility) } },
      },
    },
  } satisfies Prisma.ConditionSelect;
}

export type ConditionSummary = Prisma.ConditionGetPayload<{
  select: typeof conditionSummarySelect & ReturnType<typeof counts>;
}>;

export async function listConditions(
  filter: { status?: ConditionStatus | null } = {},
  { viewer: visibility = "public" }: ViewerOption = {},
): Promise<ConditionSummary[]> {
  const rows = await db.condition.findMany({
    where: { ...(filter.status ? { status: filter.status } : {}), ...publishedWhere(visibility) },
    select: { ...conditionSummarySelect, ...counts(visibility) },
    orderBy: { sortOrder: "asc" },
  });
  return visibility === "internal" ? rows : rows.map((c) => ({ ...c, internalNote: null }));
}

async function readLive(slug: string, visibility: Visibility) {
  if (!SLUG.test(slug)) return null;
  const condition = await db.condition.findFirst({
    where: { slug, ...publishedWhere(visibility) },
    select: {
      ...conditionSummarySelect,
      ...counts(visibility),
      citations: citationSelect,
      pledges: {
        where: { pledge: publishedWhere(visibility) },
        select: { pledge: { select: pledgeSelect } },
        orderBy: { pledgeId: "asc" },
      },
      events: linkedEvents(visibility),
    },
  });
  if (!condition || visibility === "internal") return condition;
  return {
    ...condition,
    internalNote: null,
    pledges: condition.pledges.map((p) => ({ pledge: redactPledge(p.pledge, visibility) })),
    events: condition.events.map((e) => ({ event: redactEvent(e.event, visibility) })),
  };
}

export type ConditionDetail = NonNullable<Awaited<ReturnType<typeof readLive>>>;

// Cached per request on plain values, so a page and its metadata read the condition once.
const readCondition = cache(async function readCondition(
  slug: string,
  viewer: Visibility,
  at: number | null,
): Promise<ConditionDetail | null> {
  return at === null
    ? readLive(slug, viewer)
    : conditionAt(await loadDatasetAt(new Date(at)), slug, viewer);
});

/** One condition with its pledges and events, now or as it stood at `at`; null if the viewer may not see it (or it was not recorded yet). */
export function getCondition(
  slug: string,
  { viewer = "public", at = null }: ReadOptions = {},
): Promise<ConditionDetail | null> {
  return readCondition(slug, viewer, at ? at.getTime() : null);
}
