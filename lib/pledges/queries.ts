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
 * exactly ascending reversed; each has a (column, id) index. Enum columns sort in
 * declaration order (Announced before Deployed); undated pledges come after dated ones.
 */
function pledgeOrder({ sort, dir }: { sort: Exclude<PledgeSort, "country">; dir: "asc" | "desc" }): Prisma.PledgeOrderByWithRelationInput[] {
  return [sort === "announced" ? { announcedOn: dir } : { [sort]: dir }, { id: dir }];
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
  if (req.sort === "country") return countryOrderedPage(where, req, visibility);
  const order = pledgeOrder({ sort: req.sort, dir: req.dir });
  const fetchPage = (page: number) =>
    db.pledge.findMany({
      where,
      select: pledgeRowSelect(visibility),
      orderBy: order,
      skip: (page - 1) * req.pageSize,
      take: req.pageSize,
    });
  // Count and page in parallel; only a page past the end costs a second query.
  const asked = Math.max(1, Math.floor(req.page));
  const [total, askedRows] = await Promise.all([db.pledge.count({ where }), fetchPage(asked)]);
  const { page, pageCount } = clampPage(asked, total, req.pageSize);
  const rows = page === asked ? askedRows : await fetchPage(page);
  return { rows, total, page, pageSize: req.pageSize, pageCount };
}

function clampPage(asked: number, total: number, pageSize: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return { page: Math.min(Math.max(1, Math.floor(asked)), pageCount), pageCount };
}

/**
 * Sorting by country name cannot use an index (names live in Country), and a join
 * would sort every matching pledge for each page. Countries are few: count the
 * matches per country (that count is the total anyway), walk the countries in name
 * order to the page asked for, and read only the one or two slices it spans through
 * the (countryCode, id) index.
 */
async function countryOrderedPage(where: Prisma.PledgeWhereInput, req: PageRequest, visibility: Visibility): Promise<PledgePage> {
  const [groups, countries] = await Promise.all([
    db.pledge.groupBy({ by: ["countryCode"], where, _count: { _all: true } }),
    db.country.findMany({ select: { code: true, name: true } }),
  ]);
  const name = new Map(countries.map((c) => [c.code, c.name]));
  const ordered = groups
    .map((g) => ({ code: g.countryCode, count: g._count._all }))
    // Unnamed pledgers after Z; descending is the exact reverse.
    .sort((a, b) => (a.code === null ? 1 : b.code === null ? -1 : name.get(a.code)!.localeCompare(name.get(b.code)!) || a.code.localeCompare(b.code)));
  if (req.dir === "desc") ordered.reverse();
  const total = ordered.reduce((sum, g) => sum + g.count, 0);
  const { page, pageCount } = clampPage(req.page, total, req.pageSize);
  const slices: { code: string | null; skip: number; take: number }[] = [];
  let skip = (page - 1) * req.pageSize;
  let take = req.pageSize;
  for (const g of ordered) {
    if (take <= 0) break;
    if (skip >= g.count) {
      skip -= g.count;
      continue;
    }
    const n = Math.min(take, g.count - skip);
    slices.push({ code: g.code, skip, take: n });
    take -= n;
    skip = 0;
  }
  const parts = await Promise.all(
    slices.map((s) =>
      db.pledge.findMany({
        where: { AND: [where, { countryCode: s.code }] },
        select: pledgeRowSelect(visibility),
        orderBy: { id: req.dir },
        skip: s.skip,
        take: s.take,
      }),
    ),
  );
  return { rows: parts.flat(), total, page, pageSize: req.pageSize, pageCount };
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
