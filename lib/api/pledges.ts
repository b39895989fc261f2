import "server-only";
import { keysetPage, type SortKey } from "@/lib/api/cursor";
import { decimal, isoDate, publicCitationSelect } from "@/lib/api/published";
import type { ApiPledge } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pledgeSelect, pledgeWhere, type PledgeFilter } from "@/lib/pledges/queries";
import { publishedWhere } from "@/lib/visibility";

// The site's pledge shape, with drafts and unpublished sources filtered out of it.
const select = {
  ...pledgeSelect,
  coalitionSlug: true,
  conditions: {
    ...pledgeSelect.conditions,
    where: { condition: publishedWhere("public") },
  },
  citations: publicCitationSelect,
} satisfies Prisma.PledgeSelect;

type Row = Prisma.PledgeGetPayload<{ select: typeof select }>;

function toApiPledge(p: Row): ApiPledge {
  const conditions = p.conditions.map((c) => c.condition);
  return {
    id: p.id,
    coalition: p.coalitionSlug,
    country: p.country,
    pledgerNote: p.pledgerNote,
    domain: p.domain,
    description: p.description,
    quantity: decimal(p.quantity),
    unit: p.unit,
    amount: decimal(p.amount),
    currency: p.currency,
    status: p.status,
    disclosure: p.disclosure,
    disputeNote: p.disputeNote,
    announcedOn: isoDate(p.announcedOn),
    effectiveOn: isoDate(p.effectiveOn),
    conditions,
    blockedBy: conditions.filter((c) => c.status !== "MET").map((c) => c.slug),
    citations: p.citations,
  };
}

// The primary key: a unique, indexed order however many pledges there are.
const keys: SortKey[] = [{ field: "id", dir: "asc", type: "string" }];

/** One page of the published pledges matching `filter`, in id order. */
export async function listPublicPledges(
  filter: PledgeFilter,
  page: { cursor?: string; limit: number },
) {
  const where = pledgeWhere(filter, "public");
  return keysetPage({
    ...page,
    keys,
    find: ({ after, orderBy, take }) =>
      db.pledge.findMany({
        where: { AND: [where, after as Prisma.PledgeWhereInput] },
        orderBy: orderBy as Prisma.PledgeOrderByWithRelationInput[],
        take,
        select,
      }),
    keyOf: (p) => [p.id],
    map: toApiPledge,
  });
}

export async function getPublicPledge(id: string): Promise<ApiPledge | null> {
  const row = await db.pledge.findFirst({ where: { id, ...publishedWhere("public") }, select });
  return row && toApiPledge(row);
}
