import "server-only";
import { keysetPage, type SortKey } from "@/lib/api/cursor";
import { decimal, isoDate, publicCitationSelect } from "@/lib/api/published";
import type { ApiPledge } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pledgeWhere, type PledgeFilter } from "@/lib/pledges/queries";
import { publishedWhere, type Visibility } from "@/lib/visibility";

// Its own explicit select, not the site's pledgeSelect: fields added there for editors
// (internal notes, versions) must never reach the public API by inheritance.
const select = (visibility: Visibility) => ({
  id: true,
  coalitionSlug: true,
  country: { select: { code: true, name: true } },
  pledgerNote: true,
  domain: true,
  description: true,
  quantity: true,
  unit: true,
  amount: true,
  currency: true,
  status: true,
  disclosure: true,
  disputeNote: true,
  announcedOn: true,
  effectiveOn: true,
  published: true,
  conditions: {
    where: { condition: publishedWhere(visibility) },
    select: { condition: { select: { slug: true, name: true, status: true } } },
    orderBy: { condition: { sortOrder: "asc" as const } },
  },
  citations: publicCitationSelect,
}) satisfies Prisma.PledgeSelect;

type Row = Prisma.PledgeGetPayload<{ select: ReturnType<typeof select> }>;
/** A pledge as the downloads write it: the API's, and whether it is published (drafts reach signed-in viewers only). */
export type ExportPledge = ApiPledge & { published: boolean };

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
export function listPublicPledges(filter: PledgeFilter, page: { cursor?: string; limit: number }) {
  return listPledgesFor(filter, page, "public", toApiPledge);
}

/** The same page for a download: with drafts for signed-in viewers, each saying whether it is one. */
export function listExportPledges(filter: PledgeFilter, page: { cursor?: string; limit: number }, visibility: Visibility) {
  return listPledgesFor(filter, page, visibility, (p): ExportPledge => ({ ...toApiPledge(p), published: p.published }));
}

function listPledgesFor<T>(
  filter: PledgeFilter,
  page: { cursor?: string; limit: number },
  visibility: Visibility,
  map: (row: Row) => T,
) {
  const where = pledgeWhere(filter, visibility);
  return keysetPage({
    ...page,
    keys,
    find: ({ after, orderBy, take }) =>
      db.pledge.findMany({
        where: { AND: [where, after as Prisma.PledgeWhereInput] },
        orderBy: orderBy as Prisma.PledgeOrderByWithRelationInput[],
        take,
        select: select(visibility),
      }),
    keyOf: (p) => [p.id],
    map,
  });
}

export async function getPublicPledge(id: string): Promise<ApiPledge | null> {
  const row = await db.pledge.findFirst({ where: { id, ...publishedWhere("public") }, select: select("public") });
  return row && toApiPledge(row);
}
