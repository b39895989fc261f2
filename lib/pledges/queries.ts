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
  /** Any of these (ISO alpha-2, or "undisclosed" for no named country); empty = no filter. */
  countries?: string[];
  domains?: PledgeDomain[];
  statuses?: PledgeStatus[];
  disclosures?: Disclosure[];
  /** Words in the description, case-insensitive. */
  q?: string | null;
  /** announcedOn bounds, inclusive, as YYYY-MM-DD. */
  from?: string | null;
  to?: string | null;
};

function countryWhere(codes: string[]): Prisma.PledgeWhereInput {
  const named = codes.filter((c) => c !== "undisclosed");
  const anonymous = named.length < codes.length;
  if (!anonymous) return { countryCode: { in: named } };
  return named.length ? { OR: [{ countryCode: { in: named } }, { countryCode: null }] } : { countryCode: null };
}

const utcDate = (day: string) => new Date(`${day}T00:00:00Z`);

// Prisma passes `contains` to ILIKE as is: a typed % or _ must match itself.
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The one place a filter becomes a Prisma where. Every part is ANDed. With a
 * `visibility`, drafts are left out, and only published conditions count for
 * `condition` and `blocked`; without one, nothing is hidden (as before).
 */
export function pledgeWhere(f: PledgeFilter, visibility?: Visibility): Prisma.PledgeWhereInput {
  const visible = visibility ? publishedWhere(visibility) : {};
  const and: Prisma.PledgeWhereInput[] = [visible];
  if (f.country === "undisclosed") and.push({ countryCode: null });
  else if (f.country) and.push({ countryCode: f.country });
  if (f.countries?.length) and.push(countryWhere(f.countries));
  if (f.domain) and.push({ domain: f.domain });
  if (f.domains?.length) and.push({ domain: { in: f.domains } });
  if (f.status) and.push({ status: f.status });
  if (f.statuses?.length) and.push({ status: { in: f.statuses } });
  if (f.disclosure) and.push({ disclosure: f.disclosure });
  if (f.disclosures?.length) and.push({ disclosure: { in: f.disclosures } });
  if (f.condition) and.push({ conditions: { some: { conditionSlug: f.condition, condition: visible } } });
  if (f.blocked) and.push({ conditions: { some: { condition: { ...visible, status: { not: "MET" } } } } });
  if (f.q) and.push({ description: { contains: likeLiteral(f.q), mode: "insensitive" } });
  if (f.from || f.to) {
    and.push({ announcedOn: { ...(f.from ? { gte: utcDate(f.from) } : {}), ...(f.to ? { lte: utcDate(f.to) } : {}) } });
  }
  return { AND: and };
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
