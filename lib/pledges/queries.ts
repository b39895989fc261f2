import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Disclosure, PledgeDomain, PledgeStatus } from "@/lib/generated/prisma/enums";
import { citationSelect } from "@/lib/sources/select";
import { publishedWhere, type Visibility } from "@/lib/visibility";

export const pledgeSelect = {
  id: true,
  domain: true,
  description: true,
  quantity: true,
  unit: true,
  amount: true,
  currency: true,
  status: true,
  disclosure: true,
  disputeNote: true,
  pledgerNote: true,
  announcedOn: true,
  effectiveOn: true,
  published: true,
  version: true,
  internalNote: true,
  country: { select: { code: true, name: true } },
  conditions: {
    select: { condition: { select: { slug: true, name: true, status: true, published: true } } },
    orderBy: { condition: { sortOrder: "asc" } },
  },
  citations: citationSelect,
} satisfies Prisma.PledgeSelect;

export type PledgeView = Prisma.PledgeGetPayload<{ select: typeof pledgeSelect }>;

export type PledgeFilter = {
  country?: string | null;
  domain?: PledgeDomain | null;
  status?: PledgeStatus | null;
  disclosure?: Disclosure | null;
  condition?: string | null;
  /** Only pledges waiting on at least one condition that is not met. */
  blocked?: boolean;
};

export function pledgeWhere(f: PledgeFilter): Prisma.PledgeWhereInput {
  return {
    ...(f.country === "undisclosed" ? { countryCode: null } : f.country ? { countryCode: f.country } : {}),
    ...(f.domain ? { domain: f.domain } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.disclosure ? { disclosure: f.disclosure } : {}),
    ...(f.condition ? { conditions: { some: { conditionSlug: f.condition } } } : {}),
    ...(f.blocked ? { conditions: { some: { condition: { status: { not: "MET" } } } } } : {}),
  };
}

export async function listPledges(filter: PledgeFilter = {}, visibility: Visibility = "public"): Promise<PledgeView[]> {
  const rows = await db.pledge.findMany({
    where: { ...pledgeWhere(filter), ...publishedWhere(visibility) },
    select: pledgeSelect,
    orderBy: [{ countryCode: { sort: "asc", nulls: "last" } }, { domain: "asc" }, { id: "asc" }],
  });
  return rows.map((p) => redactPledge(p, visibility));
}

/** The public never receives internal notes, nor conditions still in draft. */
export function redactPledge(p: PledgeView, visibility: Visibility): PledgeView {
  if (visibility === "internal") return p;
  return { ...p, internalNote: null, conditions: p.conditions.filter((c) => c.condition.published) };
}

/** The conditions a pledge waits on that are not met yet. */
export function blockers(p: Pick<PledgeView, "conditions">) {
  return p.conditions.map((c) => c.condition).filter((c) => c.status !== "MET");
}
