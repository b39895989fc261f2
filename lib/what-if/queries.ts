import "server-only";
import { untilDataChanges } from "@/lib/data-version";
import { db } from "@/lib/db";
import type { ConditionStatus, PledgeDomain } from "@/lib/generated/prisma/enums";
import type { Need, PledgeGroup } from "./evaluate";

export type WhatIfCondition = { slug: string; name: string; status: ConditionStatus; met: boolean };

export type WhatIfData = {
  conditions: WhatIfCondition[];
  groups: PledgeGroup[];
  needs: Need[];
  /** Country names by code, for the countries that pledge. */
  countries: Record<string, string>;
  /** Each pledge, when there are few enough to list (null above LIST_LIMIT). */
  pledges: ListedPledge[] | null;
};

export type ListedPledge = {
  id: string;
  description: string;
  country: string | null;
  domain: PledgeDomain;
  conditions: string[];
};

/** Above this many pledges the view shows counts and links, not every pledge. */
export const LIST_LIMIT = 500;

type GroupRow = {
  domain: PledgeDomain;
  country: string | null;
  unit: string | null;
  conditions: string[];
  pledges: number;
  sized: number;
  quantity: number;
};

/**
 * What the what-if view needs, for the public (published records only): the pledges
 * grouped by what they wait on, so 100k pledges fold into a few hundred groups the
 * browser can recount on every toggle. Withdrawn pledges are left out, as on the
 * capability page. Kept until the data changes.
 */
export function getWhatIfData(): Promise<WhatIfData> {
  return untilDataChanges("what-if", loadWhatIfData);
}

async function loadWhatIfData(): Promise<WhatIfData> {
  const [conditions, groups, needs, countries] = await Promise.all([
    db.condition.findMany({
      where: { published: true },
      select: { slug: true, name: true, status: true },
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    }),
    db.$queryRaw<GroupRow[]>`
      with waits as (
        select p.id, p.domain, p."countryCode" as country, p.unit, p.quantity,
          coalesce(array_agg(c.slug order by c.slug) filter (where c.slug is not null), '{}') as conditions
        from "Pledge" p
        left join "PledgeCondition" pc on pc."pledgeId" = p.id
        left join "Condition" c on c.slug = pc."conditionSlug" and c.published
        where p.published and p.status <> 'WITHDRAWN'
        group by p.id
      )
      select domain::text as domain, country, unit, conditions,
        count(*)::int as pledges, count(quantity)::int as sized,
        coalesce(sum(quantity), 0)::float8 as quantity
      from waits
      group by domain, country, unit, conditions
      order by domain, country nulls last, unit nulls first, conditions`,
    db.requirement.findMany({
      where: { published: true },
      select: { domain: true, quantity: true, unit: true },
      orderBy: { id: "asc" },
    }),
    db.country.findMany({ where: { pledges: { some: {} } }, select: { code: true, name: true } }),
  ]);
  const total = groups.reduce((n, g) => n + g.pledges, 0);
  return {
    pledges: total <= LIST_LIMIT ? await listPledges() : null,
    conditions: conditions.map((c) => ({ ...c, met: c.status === "MET" })),
    groups: groups.map((g) => ({ ...g, country: g.country?.trim() ?? null })),
    needs: needs.map((n) => ({
      domain: n.domain,
      unit: n.unit,
      quantity: n.quantity === null ? null : Number(n.quantity),
    })),
    countries: Object.fromEntries(countries.map((c) => [c.code, c.name])),
  };
}

async function listPledges(): Promise<ListedPledge[]> {
  const rows = await db.pledge.findMany({
    where: { published: true, status: { not: "WITHDRAWN" } },
    select: {
      id: true,
      description: true,
      countryCode: true,
      domain: true,
      conditions: { where: { condition: { published: true } }, select: { conditionSlug: true } },
    },
    orderBy: { id: "asc" },
    take: LIST_LIMIT,
  });
  return rows.map((p) => ({
    id: p.id,
    description: p.description,
    country: p.countryCode,
    domain: p.domain,
    conditions: p.conditions.map((c) => c.conditionSlug).sort(),
  }));
}
