import "server-only";
/**
 * A pledge as the public JSON API and the downloads give it. Its own explicit list of
 * fields, picked from the pledge's field list (./fields.ts), never "all but": a column
 * added there for editors (internal notes, versions) cannot reach the public by
 * inheritance. tests/integration/api.test.ts checks the exact set of keys.
 */
import { keysetPage, type SortKey } from "@/lib/api/cursor";
import { publicCitationSelect } from "@/lib/api/published";
import { db } from "@/lib/db";
import { publicValues } from "@/lib/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishedWhere, type Visibility } from "@/lib/visibility";
import type { ApiPledge } from "./api-schema";
import type { pledgeFields } from "./fields";
import { pledgeWhere, type PledgeFilter } from "./where";

/** The pledge's own columns the public may read. */
const PUBLIC_FIELDS = [
  "id",
  "pledgerNote",
  "domain",
  "description",
  "quantity",
  "unit",
  "amount",
  "currency",
  "status",
  "disclosure",
  "disputeNote",
  "announcedOn",
  "effectiveOn",
  "effectiveUntil",
] as const satisfies readonly (keyof typeof pledgeFields)[];

const select = (visibility: Visibility) =>
  ({
    ...(Object.fromEntries(PUBLIC_FIELDS.map((f) => [f, true])) as {
      [K in (typeof PUBLIC_FIELDS)[number]]: true;
    }),
    coalitionSlug: true,
    country: { select: { code: true, name: true } },
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
  const { id, ...fields } = publicValues(p, PUBLIC_FIELDS);
  return {
    id,
    coalition: p.coalitionSlug,
    country: p.country,
    ...fields,
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
export function listExportPledges(
  filter: PledgeFilter,
  page: { cursor?: string; limit: number },
  visibility: Visibility,
) {
  return listPledgesFor(filter, page, visibility, (p): ExportPledge => ({
    ...toApiPledge(p),
    published: p.published,
  }));
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
  const row = await db.pledge.findFirst({
    where: { id, ...publishedWhere("public") },
    select: select("public"),
  });
  return row && toApiPledge(row);
}
