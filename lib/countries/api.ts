import "server-only";
import type { z } from "zod";
import { keysetPage, type SortKey } from "@/lib/api/cursor";
import { publicCitationSelect } from "@/lib/api/published";
import type { countryQuerySchema } from "@/lib/api/query-schemas";
import type { ApiCountry, ApiUnrecordedCountry } from "@/lib/api/schemas";
import { isoCountry } from "@/lib/countries/iso";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishedWhere } from "@/lib/visibility";

const published = publishedWhere("public");

const select = {
  code: true,
  alpha3: true,
  numeric: true,
  name: true,
  euMember: true,
  natoMember: true,
  region: true,
  memberships: {
    where: published,
    select: {
      id: true,
      coalitionSlug: true,
      isMember: true,
      posture: true,
      summary: true,
      conditionsInOwnWords: true,
      citations: publicCitationSelect,
    },
    orderBy: { coalitionSlug: "asc" },
  },
  _count: { select: { pledges: { where: published } } },
} satisfies Prisma.CountrySelect;

type Row = Prisma.CountryGetPayload<{ select: typeof select }>;

function toApiCountry({ memberships, _count, ...country }: Row): ApiCountry {
  return {
    ...country,
    memberships: memberships.map(({ coalitionSlug, ...m }) => ({ ...m, coalition: coalitionSlug })),
    pledgeCount: _count.pledges,
  };
}

export type CountryQuery = Omit<z.output<typeof countryQuerySchema>, "cursor" | "limit">;

function countryWhere(q: CountryQuery): Prisma.CountryWhereInput {
  const and: Prisma.CountryWhereInput[] = [];
  if (q.posture) and.push({ memberships: { some: { ...published, posture: { in: q.posture } } } });
  if (q.member !== undefined) {
    const member = { ...published, isMember: true };
    and.push({ memberships: q.member ? { some: member } : { none: member } });
  }
  if (q.eu !== undefined) and.push({ euMember: q.eu });
  if (q.nato !== undefined) and.push({ natoMember: q.nato });
  return { AND: and };
}

const keys: SortKey[] = [{ field: "code", dir: "asc", type: "string" }];

export async function listPublicCountries(
  query: CountryQuery,
  page: { cursor?: string; limit: number },
) {
  const where = countryWhere(query);
  return keysetPage({
    ...page,
    keys,
    find: ({ after, orderBy, take }) =>
      db.country.findMany({
        where: { AND: [where, after as Prisma.CountryWhereInput] },
        orderBy: orderBy as Prisma.CountryOrderByWithRelationInput[],
        take,
        select,
      }),
    keyOf: (c) => [c.code],
    map: toApiCountry,
  });
}

/** A country on record; else, for a valid ISO code, its reference data with nothing recorded. */
export async function getPublicCountry(
  code: string,
): Promise<ApiCountry | ApiUnrecordedCountry | null> {
  const row = await db.country.findUnique({ where: { code }, select });
  if (row) return toApiCountry(row);
  const iso = isoCountry(code);
  return (
    iso && {
      ...iso,
      euMember: null,
      natoMember: null,
      region: null,
      memberships: [],
      pledgeCount: 0,
    }
  );
}
