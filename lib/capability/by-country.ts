import "server-only";
import { db } from "@/lib/db";
import type { PledgeDomain, Posture } from "@/lib/generated/prisma/enums";
import { COUNTS_AS_CAPACITY } from "@/lib/capability/queries";
import { publishedWhere, type Visibility } from "@/lib/visibility";

export type CountryStance = {
  code: string;
  name: string;
  numeric: string;
  posture: Posture | null;
  isMember: boolean | null;
  pledges: number;
  /** Stated quantities, per unit; pledges with no stated quantity are only counted. */
  quantities: { unit: string | null; quantity: number }[];
};

/**
 * Every country with its recorded posture (null: no source gives one) and the pledges
 * it makes that add capacity, in one domain or in all. Also how many such pledges no
 * named country makes, so a map of countries can say what it leaves out.
 */
export async function listCountryStances(
  domain: PledgeDomain | null,
  visibility: Visibility = "public",
) {
  const where = {
    ...publishedWhere(visibility),
    ...COUNTS_AS_CAPACITY,
    ...(domain ? { domain } : {}),
  };
  const [countries, counts, sums] = await Promise.all([
    db.country.findMany({
      select: {
        code: true,
        name: true,
        numeric: true,
        memberships: {
          where: publishedWhere(visibility),
          select: { posture: true, isMember: true },
        },
      },
      orderBy: { name: "asc" },
    }),
    db.pledge.groupBy({ by: ["countryCode"], where, _count: { _all: true } }),
    db.pledge.groupBy({
      by: ["countryCode", "unit"],
      where: { ...where, quantity: { not: null } },
      _sum: { quantity: true },
    }),
  ]);
  const stances: CountryStance[] = countries.map((c) => ({
    code: c.code,
    name: c.name,
    numeric: c.numeric,
    posture: c.memberships[0]?.posture ?? null,
    isMember: c.memberships[0]?.isMember ?? null,
    pledges: counts.find((n) => n.countryCode === c.code)?._count._all ?? 0,
    quantities: sums
      .filter((s) => s.countryCode === c.code)
      .map((s) => ({ unit: s.unit, quantity: Number(s._sum.quantity ?? 0) })),
  }));
  const unnamedPledges = counts.find((n) => n.countryCode === null)?._count._all ?? 0;
  return { stances, unnamedPledges };
}
