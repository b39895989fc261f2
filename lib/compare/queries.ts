import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type {
  ConditionStatus,
  Disclosure,
  PledgeDomain,
  PledgeStatus,
} from "@/lib/generated/prisma/enums";
import { citationSelect } from "@/lib/sources/select";
import { publishedWhere, type Visibility } from "@/lib/visibility";

/** How many pledges a cell of the grid lists; the rest are counted and linked. */
export const PLEDGES_PER_CELL = 3;

const countrySelect = (visibility: Visibility) =>
  ({
    code: true,
    name: true,
    region: true,
    euMember: true,
    natoMember: true,
    memberships: {
      where: publishedWhere(visibility),
      select: {
        posture: true,
        isMember: true,
        summary: true,
        conditionsInOwnWords: true,
        citations: citationSelect,
      },
    },
  }) satisfies Prisma.CountrySelect;

export type ComparedPledge = {
  id: string;
  domain: PledgeDomain;
  description: string;
  status: PledgeStatus;
  disclosure: Disclosure;
};
export type ComparedCountry = Prisma.CountryGetPayload<{
  select: ReturnType<typeof countrySelect>;
}> & {
  /** Pledges per domain and status. */
  counts: { domain: PledgeDomain; status: PledgeStatus; count: number }[];
  /** The first few pledges of each domain. */
  pledges: ComparedPledge[];
  /** The conditions its pledges wait on, with how many pledges wait on each. */
  waits: { slug: string; name: string; status: ConditionStatus; pledges: number }[];
};

/**
 * The countries asked for, in the order asked, and the codes no country has. Sized
 * for any number of pledges: counts come grouped, and only a few pledges per cell
 * are loaded.
 */
export async function getComparison(codes: string[], visibility: Visibility = "public") {
  const published = publishedWhere(visibility);
  const [found, counts, firstPledges, waits, conditions] = await Promise.all([
    db.country.findMany({ where: { code: { in: codes } }, select: countrySelect(visibility) }),
    db.pledge.groupBy({
      by: ["countryCode", "domain", "status"],
      where: { countryCode: { in: codes }, ...published },
      _count: { _all: true },
    }),
    // The first few of each (country, domain), each an index range: cheap at any size.
    db.$queryRaw<(ComparedPledge & { countryCode: string })[]>`
      SELECT x.id, c.code AS "countryCode", d.domain::text AS domain, x.description,
             x.status::text AS status, x.disclosure::text AS disclosure
      FROM unnest(${codes}::text[]) c(code)
      CROSS JOIN unnest(enum_range(NULL::"PledgeDomain")) d(domain)
      CROSS JOIN LATERAL (
        SELECT id, description, status, disclosure FROM "Pledge" p
        WHERE p."countryCode" = c.code AND p.domain = d.domain
          ${visibility === "public" ? Prisma.sql`AND p.published` : Prisma.empty}
        ORDER BY id LIMIT ${PLEDGES_PER_CELL}
      ) x
      ORDER BY x.id`,
    db.$queryRaw<{ countryCode: string; conditionSlug: string; pledges: number }[]>`
      SELECT p."countryCode", pc."conditionSlug", count(*)::int AS pledges
      FROM "PledgeCondition" pc JOIN "Pledge" p ON p.id = pc."pledgeId"
      WHERE p."countryCode" = ANY(${codes}::text[]) ${visibility === "public" ? Prisma.sql`AND p.published` : Prisma.empty}
      GROUP BY 1, 2`,
    db.condition.findMany({
      where: published,
      select: { slug: true, name: true, status: true },
      orderBy: { sortOrder: "asc" },
    }),
  ]);
  const byCode = new Map(found.map((c) => [c.code, c]));
  const countries: ComparedCountry[] = codes.flatMap((code) => {
    const country = byCode.get(code);
    if (!country) return [];
    return {
      ...country,
      counts: counts
        .filter((c) => c.countryCode === code)
        .map((c) => ({ domain: c.domain, status: c.status, count: c._count._all })),
      pledges: firstPledges.filter((p) => p.countryCode === code),
      // In the conditions' own order; a draft condition (for the public) drops out here.
      waits: conditions.flatMap((c) => {
        const w = waits.find((x) => x.countryCode === code && x.conditionSlug === c.slug);
        return w ? [{ ...c, pledges: w.pledges }] : [];
      }),
    };
  });
  return { countries, unknown: codes.filter((code) => !byCode.has(code)) };
}

/** Every country, for the pickers. */
export function listCountryChoices() {
  return db.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
}

/** With nothing chosen: the (up to) three coalition members with the most pledges. */
export async function defaultComparison(visibility: Visibility = "public"): Promise<string[]> {
  const members = await db.country.findMany({
    where: { memberships: { some: { isMember: true, ...publishedWhere(visibility) } } },
    select: {
      code: true,
      name: true,
      _count: { select: { pledges: { where: publishedWhere(visibility) } } },
    },
  });
  return members
    .sort((a, b) => b._count.pledges - a._count.pledges || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((c) => c.code);
}
