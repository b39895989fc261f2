import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Posture } from "@/lib/generated/prisma/enums";
import { pledgeSelect, redactPledge } from "@/lib/pledges/queries";
import { publishedWhere, type Visibility } from "@/lib/visibility";
import { eventSelect, redactEvent } from "@/lib/events/queries";
import { citationSelect } from "@/lib/sources/select";

const membershipSelect = {
  id: true,
  isMember: true,
  posture: true,
  summary: true,
  conditionsInOwnWords: true,
  published: true,
  version: true,
  internalNote: true,
  citations: citationSelect,
} satisfies Prisma.MembershipSelect;

function countrySummarySelect(visibility: Visibility) {
  return {
    code: true,
    name: true,
    region: true,
    euMember: true,
    natoMember: true,
    memberships: { where: publishedWhere(visibility), select: { posture: true, isMember: true, summary: true, published: true } },
    _count: {
      select: {
        pledges: { where: publishedWhere(visibility) },
        events: { where: { event: publishedWhere(visibility) } },
      },
    },
  } satisfies Prisma.CountrySelect;
}

export type CountrySummary = Prisma.CountryGetPayload<{ select: ReturnType<typeof countrySummarySelect> }>;

export async function listCountries(filter: { posture?: Posture | null } = {}, visibility: Visibility = "public"): Promise<CountrySummary[]> {
  return db.country.findMany({
    where: filter.posture ? { memberships: { some: { posture: filter.posture, ...publishedWhere(visibility) } } } : {},
    select: countrySummarySelect(visibility),
    orderBy: { name: "asc" },
  });
}

/** How many pledges a country page lists before pointing to the explorer. */
export const COUNTRY_PLEDGE_LIMIT = 200;

export async function getCountry(code: string, visibility: Visibility = "public") {
  if (!/^[A-Za-z]{2}$/.test(code)) return null;
  const country = await db.country.findUnique({
    where: { code: code.toUpperCase() },
    select: {
      code: true,
      alpha3: true,
      name: true,
      region: true,
      euMember: true,
      natoMember: true,
      memberships: { where: publishedWhere(visibility), select: membershipSelect },
      // A page, not a dump: at scale a country can hold thousands; the explorer has the rest.
      pledges: { where: publishedWhere(visibility), select: pledgeSelect, orderBy: [{ domain: "asc" }, { id: "asc" }], take: COUNTRY_PLEDGE_LIMIT },
      _count: { select: { pledges: { where: publishedWhere(visibility) } } },
      events: {
        where: { event: publishedWhere(visibility) },
        select: { event: { select: eventSelect } },
        orderBy: [{ event: { occurredOn: { sort: "desc", nulls: "last" } } }, { event: { sequence: "asc" } }],
      },
    },
  });
  if (!country || visibility === "internal") return country;
  return {
    ...country,
    memberships: country.memberships.map((m) => ({ ...m, internalNote: null })),
    pledges: country.pledges.map((p) => redactPledge(p, visibility)),
    events: country.events.map((e) => ({ event: redactEvent(e.event, visibility) })),
  };
}

export type CountryDetail = NonNullable<Awaited<ReturnType<typeof getCountry>>>;
