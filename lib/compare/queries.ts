import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { citationSelect } from "@/lib/sources/select";
import { publishedWhere, type Visibility } from "@/lib/visibility";

const comparedSelect = (visibility: Visibility) =>
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
        citations: { ...citationSelect, where: { source: publishedWhere(visibility) } },
      },
    },
    pledges: {
      where: publishedWhere(visibility),
      select: {
        id: true,
        domain: true,
        description: true,
        status: true,
        disclosure: true,
        conditions: {
          where: { condition: publishedWhere(visibility) },
          select: {
            condition: { select: { slug: true, name: true, status: true, sortOrder: true } },
          },
        },
      },
      orderBy: [{ domain: "asc" }, { id: "asc" }],
    },
  }) satisfies Prisma.CountrySelect;

export type ComparedCountry = Prisma.CountryGetPayload<{
  select: ReturnType<typeof comparedSelect>;
}>;

/** The countries asked for, in the order asked, and the codes no country has. */
export async function getComparison(codes: string[], visibility: Visibility = "public") {
  const found = await db.country.findMany({
    where: { code: { in: codes } },
    select: comparedSelect(visibility),
  });
  const byCode = new Map(found.map((c) => [c.code, c]));
  return {
    countries: codes.flatMap((code) => byCode.get(code) ?? []),
    unknown: codes.filter((code) => !byCode.has(code)),
  };
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
