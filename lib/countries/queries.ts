import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PledgeDomain, Posture } from "@/lib/generated/prisma/enums";
import { pledgeSelect, redactPledge } from "@/lib/pledges/fields";
import { pledgeWhere } from "@/lib/pledges/where";
import { loadDatasetAt } from "@/lib/history/as-of";
import {
  publishedWhere,
  type ReadOptions,
  type ViewerOption,
  type Visibility,
} from "@/lib/visibility";
import { countryAt } from "./as-of";
import { eventSelect, redactEvent } from "@/lib/events/queries";
import { citationSelect } from "@/lib/sources/select";
import { matchesCountry } from "@/lib/countries/iso";
import { parseCountryCode } from "@/lib/codes";

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
    memberships: {
      where: publishedWhere(visibility),
      select: { posture: true, isMember: true, summary: true, published: true },
    },
    _count: {
      select: {
        pledges: { where: publishedWhere(visibility) },
        events: { where: { event: publishedWhere(visibility) } },
      },
    },
  } satisfies Prisma.CountrySelect;
}

export type CountrySummary = Prisma.CountryGetPayload<{
  select: ReturnType<typeof countrySummarySelect>;
}>;

/** `q`: words of the name or the ISO code, matched as the ISO list is (case and accents folded). */
export async function listCountries(
  filter: { posture?: Posture | null; q?: string } = {},
  { viewer: visibility = "public" }: ViewerOption = {},
): Promise<CountrySummary[]> {
  const countries = await db.country.findMany({
    where: filter.posture
      ? { memberships: { some: { posture: filter.posture, ...publishedWhere(visibility) } } }
      : {},
    select: countrySummarySelect(visibility),
    orderBy: { name: "asc" },
  });
  return filter.q ? countries.filter((c) => matchesCountry(c, filter.q!)) : countries;
}

/**
 * How many pledges a country page lists before pointing to the explorer. Its counts by
 * domain and its blockers cover all of them: they are counted in the database.
 */
export const COUNTRY_PLEDGE_LIMIT = 50;

export type DomainCount = { domain: PledgeDomain; count: number };
export type Blocker = { slug: string; name: string };

async function readLive(code: string, visibility: Visibility) {
  const upper = parseCountryCode(code);
  if (!upper) return null;
  const country = await db.country.findUnique({
    where: { code: upper },
    select: {
      code: true,
      alpha3: true,
      name: true,
      region: true,
      euMember: true,
      natoMember: true,
      memberships: { where: publishedWhere(visibility), select: membershipSelect },
      // A page, not a dump: at scale a country can hold thousands; the explorer has the rest.
      pledges: {
        where: publishedWhere(visibility),
        select: pledgeSelect,
        orderBy: [{ domain: "asc" }, { id: "asc" }],
        take: COUNTRY_PLEDGE_LIMIT,
      },
      _count: { select: { pledges: { where: publishedWhere(visibility) } } },
      events: {
        where: { event: publishedWhere(visibility) },
        select: { event: { select: eventSelect } },
        orderBy: [
          { event: { occurredOn: { sort: "desc", nulls: "last" } } },
          { event: { sequence: "asc" } },
        ],
      },
    },
  });
  if (!country) return null;
  const [domains, blocking] = await Promise.all([
    countPledgesByDomain(country.code, visibility),
    conditionsBlocking(country.code, visibility),
  ]);
  if (visibility === "internal") return { ...country, domains, blocking };
  return {
    ...country,
    domains,
    blocking,
    memberships: country.memberships.map((m) => ({ ...m, internalNote: null })),
    pledges: country.pledges.map((p) => redactPledge(p, visibility)),
    events: country.events.map((e) => ({ event: redactEvent(e.event, visibility) })),
  };
}

// Cached per request on plain values, so a page and its metadata read the country once.
const readCountry = cache(async function readCountry(
  code: string,
  viewer: Visibility,
  at: number | null,
): Promise<CountryDetail | null> {
  if (at === null) return readLive(code, viewer);
  return parseCountryCode(code) ? countryAt(await loadDatasetAt(new Date(at)), code, viewer) : null;
});

/** A country's page (postures, first pledges, counts, blockers, events), now or as it stood at `at`; null for a code with no record. */
export function getCountry(
  code: string,
  { viewer = "public", at = null }: ReadOptions = {},
): Promise<CountryDetail | null> {
  return readCountry(code, viewer, at ? at.getTime() : null);
}

function countPledgesByDomain(code: string, visibility: Visibility): Promise<DomainCount[]> {
  return db.pledge
    .groupBy({
      by: ["domain"],
      where: pledgeWhere({ country: code }, visibility),
      _count: { _all: true },
      orderBy: { domain: "asc" },
    })
    .then((groups) => groups.map((g) => ({ domain: g.domain, count: g._count._all })));
}

/** Unmet conditions that any of the country's pledges waits on. */
function conditionsBlocking(code: string, visibility: Visibility): Promise<Blocker[]> {
  return db.condition.findMany({
    where: {
      ...publishedWhere(visibility),
      status: { not: "MET" },
      pledges: { some: { pledge: pledgeWhere({ country: code }, visibility) } },
    },
    select: { slug: true, name: true },
    orderBy: { sortOrder: "asc" },
  });
}

export type CountryDetail = NonNullable<Awaited<ReturnType<typeof readLive>>>;
