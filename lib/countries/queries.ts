import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Posture } from "@/lib/generated/prisma/enums";
import { pledgeSelect } from "@/lib/pledges/queries";
import { eventSelect } from "@/lib/events/queries";
import { citationSelect } from "@/lib/sources/select";

const membershipSelect = {
  id: true,
  isMember: true,
  posture: true,
  summary: true,
  conditionsInOwnWords: true,
  citations: citationSelect,
} satisfies Prisma.MembershipSelect;

const countrySummarySelect = {
  code: true,
  name: true,
  region: true,
  euMember: true,
  natoMember: true,
  memberships: { select: { posture: true, isMember: true, summary: true } },
  _count: { select: { pledges: true, events: true } },
} satisfies Prisma.CountrySelect;

export type CountrySummary = Prisma.CountryGetPayload<{ select: typeof countrySummarySelect }>;

export async function listCountries(filter: { posture?: Posture | null } = {}): Promise<CountrySummary[]> {
  return db.country.findMany({
    where: filter.posture ? { memberships: { some: { posture: filter.posture } } } : {},
    select: countrySummarySelect,
    orderBy: { name: "asc" },
  });
}

export async function getCountry(code: string) {
  if (!/^[A-Za-z]{2}$/.test(code)) return null;
  return db.country.findUnique({
    where: { code: code.toUpperCase() },
    select: {
      code: true,
      alpha3: true,
      name: true,
      region: true,
      euMember: true,
      natoMember: true,
      memberships: { select: membershipSelect },
      pledges: { select: pledgeSelect, orderBy: [{ domain: "asc" }, { id: "asc" }] },
      events: {
        select: { event: { select: eventSelect } },
        orderBy: [{ event: { occurredOn: { sort: "desc", nulls: "last" } } }, { event: { sequence: "asc" } }],
      },
    },
  });
}

export type CountryDetail = NonNullable<Awaited<ReturnType<typeof getCountry>>>;
