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
  country: { select: { code: true, name: true } },
  conditions: {
    select: { condition: { select: { slug: true, name: true, status: true } } },
    orderBy: { condition: { sortOrder: "asc" } },
  },
  citations: citationSelect,
} satisfies Prisma.PledgeSelect;

export type PledgeView = Prisma.PledgeGetPayload<{ select: typeof pledgeSelect }>;

type OneOrMany<T> = T | T[] | null | undefined;

export type PledgeFilter = {
  /** ISO alpha-2 codes; "undisclosed" matches pledges whose country no source names. */
  country?: OneOrMany<string>;
  domain?: OneOrMany<PledgeDomain>;
  status?: OneOrMany<PledgeStatus>;
  disclosure?: OneOrMany<Disclosure>;
  /** Pledges waiting on any of these conditions. */
  condition?: OneOrMany<string>;
  /**
   * Only pledges waiting on at least one condition that is not met; with `condition`,
   * only those the named conditions block ("blocked by the US backstop").
   */
  blocked?: boolean;
  /** Words in the description (case-insensitive). */
  q?: string | null;
  /** announcedOn within [from, to], inclusive; pledges without a date then drop out. */
  from?: Date | null;
  to?: Date | null;
};

const many = <T>(v: OneOrMany<T>): T[] => (v === null || v === undefined ? [] : Array.isArray(v) ? v : [v]);
const inList = <T>(values: T[]) => (values.length === 1 ? values[0] : { in: values });

function countryWhere(codes: string[]): Prisma.PledgeWhereInput | null {
  if (!codes.length) return null;
  const named = codes.filter((c) => c !== "undisclosed");
  const anonymous = named.length < codes.length;
  if (!anonymous) return { countryCode: inList(named) as string };
  if (!named.length) return { countryCode: null };
  return { OR: [{ countryCode: null }, { countryCode: { in: named } }] };
}

/** The one place a filter becomes a Prisma where; drafts are dropped unless the viewer may see them. */
export function pledgeWhere(f: PledgeFilter, visibility: Visibility = "public"): Prisma.PledgeWhereInput {
  const conditions = many(f.condition);
  const notMet = { ...publishedWhere(visibility), status: { not: "MET" as const } };
  const and: Prisma.PledgeWhereInput[] = [
    countryWhere(many(f.country)),
    many(f.domain).length ? { domain: inList(many(f.domain)) } : null,
    many(f.status).length ? { status: inList(many(f.status)) } : null,
    many(f.disclosure).length ? { disclosure: inList(many(f.disclosure)) } : null,
    conditions.length && !f.blocked ? { conditions: { some: { conditionSlug: inList(conditions) } } } : null,
    f.blocked
      ? { conditions: { some: { ...(conditions.length ? { conditionSlug: inList(conditions) } : {}), condition: notMet } } }
      : null,
    f.q?.trim() ? { description: { contains: f.q.trim(), mode: "insensitive" as const } } : null,
    f.from || f.to ? { announcedOn: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: f.to } : {}) } } : null,
  ].filter((w): w is Prisma.PledgeWhereInput => w !== null);
  return { ...publishedWhere(visibility), ...(and.length ? { AND: and } : {}) };
}

export async function listPledges(filter: PledgeFilter = {}, visibility: Visibility = "public"): Promise<PledgeView[]> {
  return db.pledge.findMany({
    where: pledgeWhere(filter, visibility),
    select: pledgeSelect,
    orderBy: [{ countryCode: { sort: "asc", nulls: "last" } }, { domain: "asc" }, { id: "asc" }],
  });
}

/** One pledge as its own page shows it, or null (unknown id, or a draft the viewer may not see). */
export async function getPledge(id: string, visibility: Visibility = "public"): Promise<PledgeView | null> {
  if (!/^[\w-]{1,100}$/.test(id)) return null;
  return db.pledge.findFirst({ where: { id, ...publishedWhere(visibility) }, select: pledgeSelect });
}

/** The conditions a pledge waits on that are not met yet. */
export function blockers(p: Pick<PledgeView, "conditions">) {
  return p.conditions.map((c) => c.condition).filter((c) => c.status !== "MET");
}

// ---- The explorer: one sorted page of a filtered list, with the total ----

export type PledgeSort = "country" | "domain" | "status" | "disclosure" | "announced";
export type PageRequest = { sort: PledgeSort; dir: "asc" | "desc"; page: number; pageSize: number };

/**
 * Every order ends on the id, so pages never overlap or skip rows, and descending is
 * exactly ascending reversed. Enum columns sort in declaration order (Announced before
 * Deployed); countries by name, with the pledges of unnamed countries after Z.
 */
function pledgeOrder({ sort, dir }: Pick<PageRequest, "sort" | "dir">): Prisma.PledgeOrderByWithRelationInput[] {
  const first: Prisma.PledgeOrderByWithRelationInput =
    sort === "country" ? { country: { name: dir } } : sort === "announced" ? { announcedOn: dir } : { [sort]: dir };
  return [first, { id: dir }];
}

const pledgeRowSelect = (visibility: Visibility) =>
  ({
    id: true,
    domain: true,
    description: true,
    status: true,
    disclosure: true,
    pledgerNote: true,
    quantity: true,
    unit: true,
    announcedOn: true,
    country: { select: { code: true, name: true } },
    conditions: {
      where: { condition: publishedWhere(visibility) },
      select: { condition: { select: { slug: true, name: true, status: true } } },
      orderBy: { condition: { sortOrder: "asc" } },
    },
  }) satisfies Prisma.PledgeSelect;

export type PledgeRow = Prisma.PledgeGetPayload<{ select: ReturnType<typeof pledgeRowSelect> }>;
export type PledgePage = { rows: PledgeRow[]; total: number; page: number; pageSize: number; pageCount: number };

/** One page of the filtered list and the total; a page past the end shows the last one. */
export async function listPledgePage(filter: PledgeFilter, req: PageRequest, visibility: Visibility = "public"): Promise<PledgePage> {
  const where = pledgeWhere(filter, visibility);
  const fetchPage = (page: number) =>
    db.pledge.findMany({
      where,
      select: pledgeRowSelect(visibility),
      orderBy: pledgeOrder(req),
      skip: (page - 1) * req.pageSize,
      take: req.pageSize,
    });
  // Count and page in parallel; only a page past the end costs a second query.
  const asked = Math.max(1, Math.floor(req.page));
  const [total, askedRows] = await Promise.all([db.pledge.count({ where }), fetchPage(asked)]);
  const pageCount = Math.max(1, Math.ceil(total / req.pageSize));
  const page = Math.min(asked, pageCount);
  const rows = page === asked ? askedRows : await fetchPage(page);
  return { rows, total, page, pageSize: req.pageSize, pageCount };
}

/** What the explorer's filters offer: countries that pledge, and the published conditions. */
export async function listPledgeFilterOptions(visibility: Visibility = "public") {
  const [countries, conditions] = await Promise.all([
    db.country.findMany({
      where: { pledges: { some: publishedWhere(visibility) } },
      select: { code: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.condition.findMany({ where: publishedWhere(visibility), select: { slug: true, name: true }, orderBy: { sortOrder: "asc" } }),
  ]);
  return { countries, conditions };
}
