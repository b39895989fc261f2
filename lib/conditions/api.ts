import "server-only";
import type { z } from "zod";
import { keysetPage, type SortKey } from "@/lib/api/cursor";
import { publicCitationSelect } from "@/lib/api/published";
import type { conditionQuerySchema } from "@/lib/api/query-schemas";
import type { ApiCondition } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishedWhere } from "@/lib/visibility";

const published = publishedWhere("public");

const select = {
  slug: true,
  name: true,
  description: true,
  category: true,
  status: true,
  evidence: true,
  sortOrder: true,
  citations: publicCitationSelect,
  _count: { select: { pledges: { where: { pledge: published } } } },
} satisfies Prisma.ConditionSelect;

type Row = Prisma.ConditionGetPayload<{ select: typeof select }>;

function toApiCondition({ _count, ...condition }: Row): ApiCondition {
  return { ...condition, pledgeCount: _count.pledges };
}

export type ConditionQuery = Omit<z.output<typeof conditionQuerySchema>, "cursor" | "limit">;

// The order the site lists conditions in; the slug breaks ties.
const keys: SortKey[] = [
  { field: "sortOrder", dir: "asc", type: "int" },
  { field: "slug", dir: "asc", type: "string" },
];

export async function listPublicConditions(
  query: ConditionQuery,
  page: { cursor?: string; limit: number },
) {
  const where: Prisma.ConditionWhereInput = {
    ...published,
    ...(query.status ? { status: { in: query.status } } : {}),
    ...(query.category ? { category: { in: query.category } } : {}),
  };
  return keysetPage({
    ...page,
    keys,
    find: ({ after, orderBy, take }) =>
      db.condition.findMany({
        where: { AND: [where, after as Prisma.ConditionWhereInput] },
        orderBy: orderBy as Prisma.ConditionOrderByWithRelationInput[],
        take,
        select,
      }),
    keyOf: (c) => [c.sortOrder, c.slug],
    map: toApiCondition,
  });
}

export async function getPublicCondition(slug: string): Promise<ApiCondition | null> {
  const row = await db.condition.findFirst({ where: { slug, ...published }, select });
  return row && toApiCondition(row);
}
