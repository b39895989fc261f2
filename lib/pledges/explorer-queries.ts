import "server-only";
/**
 * The pledge explorer's reads: one sorted page of a filtered list with its total, and
 * what its filters offer. Live data only (the explorer has no past view).
 */
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clampPage } from "@/lib/paging";
import type { FilterNames } from "@/lib/pledges/filter-words";
import { publishedWhere, type Visibility } from "@/lib/visibility";
import { pledgeWhere, type PledgeFilter } from "./where";

export type PledgeSort = "country" | "domain" | "status" | "disclosure" | "announced";
export type PageRequest = { sort: PledgeSort; dir: "asc" | "desc"; page: number; pageSize: number };

/**
 * Every order ends on the id, so pages never overlap or skip rows, and descending is
 * exactly ascending reversed; each has a (column, id) index. Enum columns sort in
 * declaration order (Announced before Deployed); undated pledges come after dated ones.
 */
function pledgeOrder({
  sort,
  dir,
}: {
  sort: Exclude<PledgeSort, "country">;
  dir: "asc" | "desc";
}): Prisma.PledgeOrderByWithRelationInput[] {
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
export type PledgePage = {
  rows: PledgeRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

/** One page of the filtered list and the total; a page past the end shows the last one. */
export async function listPledgePage(
  filter: PledgeFilter,
  req: PageRequest,
  visibility: Visibility = "public",
): Promise<PledgePage> {
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
async function countryOrderedPage(
  where: Prisma.PledgeWhereInput,
  req: PageRequest,
  visibility: Visibility,
): Promise<PledgePage> {
  const [groups, countries] = await Promise.all([
    db.pledge.groupBy({ by: ["countryCode"], where, _count: { _all: true } }),
    db.country.findMany({ select: { code: true, name: true } }),
  ]);
  const name = new Map(countries.map((c) => [c.code, c.name]));
  const ordered = groups
    .map((g) => ({ code: g.countryCode, count: g._count._all }))
    // Unnamed pledgers after Z; descending is the exact reverse.
    .sort((a, b) =>
      a.code === null
        ? 1
        : b.code === null
          ? -1
          : name.get(a.code)!.localeCompare(name.get(b.code)!) || a.code.localeCompare(b.code),
    );
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
  // The slices give the ids in page order; the rows and their relations are then read once
  // for the whole page (a few statements), not once per slice (a few per country).
  const parts = await Promise.all(
    slices.map((s) =>
      db.pledge.findMany({
        where: { AND: [where, { countryCode: s.code }] },
        select: { id: true },
        orderBy: { id: req.dir },
        skip: s.skip,
        take: s.take,
      }),
    ),
  );
  const ids = parts.flat().map((p) => p.id);
  const rows = ids.length
    ? await db.pledge.findMany({ where: { id: { in: ids } }, select: pledgeRowSelect(visibility) })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  // A row deleted between the two reads is left out rather than shown as a hole.
  return {
    rows: ids.flatMap((id) => byId.get(id) ?? []),
    total,
    page,
    pageSize: req.pageSize,
    pageCount,
  };
}

/** What the explorer's filters offer: countries that pledge, and the published conditions. */
export async function listPledgeFilterOptions(visibility: Visibility = "public") {
  const [countries, conditions] = await Promise.all([
    db.country.findMany({
      where: { pledges: { some: publishedWhere(visibility) } },
      select: { code: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.condition.findMany({
      where: publishedWhere(visibility),
      select: { slug: true, name: true, status: true },
      orderBy: { sortOrder: "asc" },
    }),
  ]);
  return { countries, conditions };
}

/** Every country's and condition's name, to say filters in words (share subtitles, the XLSX About sheet). */
export async function listFilterNames(visibility: Visibility = "public"): Promise<FilterNames> {
  const [countries, conditions] = await Promise.all([
    db.country.findMany({ select: { code: true, name: true } }),
    db.condition.findMany({
      where: publishedWhere(visibility),
      select: { slug: true, name: true, status: true },
    }),
  ]);
  return {
    countries: new Map(countries.map((c) => [c.code, c.name])),
    conditions: new Map(conditions.map((c) => [c.slug, c.name])),
    conditionStatuses: new Map(conditions.map((c) => [c.slug, c.status])),
  };
}
