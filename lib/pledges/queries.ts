import "server-only";
import type { FilterNames } from "@/lib/pledges/filter-words";
import { cache } from "react";
import { db } from "@/lib/db";
import { clampPage } from "@/lib/paging";
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
  /** Waiting on any of these conditions (published ones, with a visibility). */
  conditions?: string[];
  /** Blocked by one of these conditions: waiting on it while it is not met. */
  blockedBy?: string[];
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
  if (f.conditions?.length) and.push({ conditions: { some: { conditionSlug: { in: f.conditions }, condition: visible } } });
  if (f.blockedBy?.length) {
    and.push({ conditions: { some: { conditionSlug: { in: f.blockedBy }, condition: { ...visible, status: { not: "MET" } } } } });
  }
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

/** One pledge as its own page shows it, or null (unknown id, or a draft the viewer may not see). */
export const getPledge = cache(async function getPledge(id: string, visibility: Visibility = "public"): Promise<PledgeView | null> {
  if (!/^[\w-]{1,100}$/.test(id)) return null;
  const pledge = await db.pledge.findFirst({ where: { id, ...publishedWhere(visibility) }, select: pledgeSelect });
  return pledge && redactPledge(pledge, visibility);
});

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
    published: true,
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
    db.condition.findMany({ where: publishedWhere(visibility), select: { slug: true, name: true, status: true }, orderBy: { sortOrder: "asc" } }),
  ]);
  return { countries, conditions };
}

/** Every country's and condition's name, to say filters in words (share subtitles, the XLSX About sheet). */
export async function listFilterNames(visibility: Visibility = "public"): Promise<FilterNames> {
  const [countries, conditions] = await Promise.all([
    db.country.findMany({ select: { code: true, name: true } }),
    db.condition.findMany({ where: publishedWhere(visibility), select: { slug: true, name: true, status: true } }),
  ]);
  return {
    countries: new Map(countries.map((c) => [c.code, c.name])),
    conditions: new Map(conditions.map((c) => [c.slug, c.name])),
    conditionStatuses: new Map(conditions.map((c) => [c.slug, c.status])),
  };
}
