import "server-only";
import { db } from "@/lib/db";
import type { PledgeDomain } from "@/lib/generated/prisma/enums";
import { DOMAINS, keysOf } from "@/lib/labels";
import { citationSelect } from "@/lib/sources/select";
import { publishedWhere, type Visibility } from "@/lib/visibility";
import { gapOf, type Gap, type QuantityByUnit } from "./gap";

/** Withdrawn pledges add no capacity. */
export const COUNTS_AS_CAPACITY = { status: { not: "WITHDRAWN" as const } };

export type { QuantityByUnit } from "./gap";

export type DomainCapability = {
  domain: PledgeDomain;
  requirements: Awaited<ReturnType<typeof listRequirements>>;
  pledges: number;
  /** Pledges that state no quantity. */
  undisclosedQuantity: number;
  /** Stated quantities summed per unit (troops and aircraft do not add up). */
  pledged: QuantityByUnit[];
  gap: Gap;
};

function listRequirements(visibility: Visibility) {
  return db.requirement.findMany({
    where: publishedWhere(visibility),
    select: {
      id: true,
      domain: true,
      description: true,
      quantity: true,
      unit: true,
      citations: citationSelect,
    },
    orderBy: { id: "asc" },
  });
}

/**
 * What the coalition says it needs in each domain against what is pledged: the
 * number of pledges, and their quantities where a source states one. A gap is only
 * called short or met where a requirement and the pledges name a quantity in the
 * same unit; otherwise it is "unknown", never guessed.
 */
export async function getCapability(
  visibility: Visibility = "public",
): Promise<DomainCapability[]> {
  const where = { ...publishedWhere(visibility), ...COUNTS_AS_CAPACITY };
  const [requirements, counts, sums] = await Promise.all([
    listRequirements(visibility),
    db.pledge.groupBy({ by: ["domain"], where, _count: { _all: true, quantity: true } }),
    db.pledge.groupBy({
      by: ["domain", "unit"],
      where: { ...where, quantity: { not: null } },
      _sum: { quantity: true },
      _count: { _all: true },
    }),
  ]);
  return keysOf(DOMAINS)
    .map((domain): DomainCapability => {
      const count = counts.find((c) => c.domain === domain);
      const pledged = sums
        .filter((s) => s.domain === domain)
        .map((s) => ({
          unit: s.unit,
          quantity: Number(s._sum.quantity ?? 0),
          pledges: s._count._all,
        }));
      const reqs = requirements.filter((r) => r.domain === domain);
      const pledges = count?._count._all ?? 0;
      return {
        domain,
        requirements: reqs,
        pledges,
        undisclosedQuantity: pledges - (count?._count.quantity ?? 0),
        pledged,
        gap: gapOf(reqs, pledges, pledged),
      };
    })
    .filter((d) => d.requirements.length > 0 || d.pledges > 0);
}
