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
import { linkedEvents, redactEvent } from "@/lib/events/queries";
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
 * How many pledges of each domain a country page lists before pointing to the explorer:
 * a sample of every kind of commitment rather than a long run of the first domain. Its
 * counts by domain and its blockers cover all of them: they are counted in the database.
 */
export const COUNTRY_PLEDGES_PER_DOMAIN = 3;

export type DomainCount = { domain: PledgeDomain; count: number };
export type Blocker = { slug: string; name: string };

async function readLive(code: string, visibility: Visibility) {
  const upper = parseCountryCode(code);
  if (!upper) return null;
  const [country, sample] = await Promise.all([
    db.country.findUnique({
      where: { code: upper },
      select: {
        code: true,
        alpha3: true,
        name: true,
        region: true,
        euMember: true,
        natoMember: true,
        memberships: { where: publishedWhere(visibility), select: membershipSelect },
        events: linkedEvents(visibility),
      },
    }),
    sampleByDomain(upper, visibility),
  ]);
  if (!country) return null;
  const ids = sample.flatMap((d) => d.ids);
  const [pledges, blocking] = await Promise.all([
    ids.length
      ? db.pledge.findMany({
          where: { id: { in: ids } },
          select: pledgeSelect,
          orderBy: [{ domain: "asc" }, { id: "asc" }],
        })
      : [],
    conditionsBlocking(country.code, visibility),
  ]);
  const domains = sample.map(({ domain, count }) => ({ domain, count }));
  const _count = { pledges: domains.reduce((n, d) => n + d.count, 0) };
  if (visibility === "internal") return { ...country, pledges, _count, domains, blocking };
  return {
    ...country,
    _count,
    domains,
    blocking,
    memberships: country.memberships.map((m) => ({ ...m, internalNote: null })),
    pledges: pledges.map((p) => redactPledge(p, visibility)),
    events: country.events.map((e) => ({ event: redactEvent(e.event, visibility) })),
  };
}

/**
 * Each domain the country pledges in, in the enum's order: how many pledges it holds and
 * the ids of its first few. One statement, each domain read from the (country, domain, id) index.
 */
async function sampleByDomain(
  code: string,
  visibility: Visibility,
): Promise<(DomainCount & { ids: string[] })[]> {
  const all = visibility === "internal";
  const rows = await db.$queryRaw<{ domain: PledgeDomain; count: number; ids: string[] }[]>`
    select d.domain::text as domain, c.n::int as count, s.ids
    from unnest(enum_range(null::"PledgeDomain")) with ordinality as d(domain, position)
    cross join lateral (
      select count(*) as n from "Pledge"
      where "countryCode" = ${code} and domain = d.domain and (published or ${all})
    ) c
    cross join lateral (
      select coalesce(array_agg(id order by id), '{}') as ids from (
        select id from "Pledge"
        where "countryCode" = ${code} and domain = d.domain and (published or ${all})
        order by id limit ${COUNTRY_PLEDGES_PER_DOMAIN}
      ) first
    ) s
    where c.n > 0
    order by d.position`;
  return rows;
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

/** A country's page (postures, the first pledges of each domain, counts, blockers, events), now or as it stood at `at`; null for a code with no record. */
export function getCountry(
  code: string,
  { viewer = "public", at = null }: ReadOptions = {},
): Promise<CountryDetail | null> {
  return readCountry(code, viewer, at ? at.getTime() : null);
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
