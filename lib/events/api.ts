import "server-only";
import type { z } from "zod";
import { keysetPage, type SortKey } from "@/lib/api/cursor";
import { isoDate, publicCitationSelect } from "@/lib/api/published";
import type { eventQuerySchema } from "@/lib/api/query-schemas";
import type { ApiEvent } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishedWhere } from "@/lib/visibility";

const published = publishedWhere("public");

// Explicit, like every public select: nothing editors see comes along by inheritance.
const select = {
  id: true,
  kind: true,
  title: true,
  summary: true,
  occurredOn: true,
  sequence: true,
  location: true,
  disputeNote: true,
  countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
  conditions: {
    where: { condition: published },
    select: { conditionSlug: true },
    orderBy: { conditionSlug: "asc" },
  },
  citations: publicCitationSelect,
} satisfies Prisma.EventSelect;

type Row = Prisma.EventGetPayload<{ select: typeof select }>;

function toApiEvent({ countries, conditions, occurredOn, ...event }: Row): ApiEvent {
  return {
    ...event,
    occurredOn: isoDate(occurredOn),
    countries: countries.map((c) => c.countryCode),
    conditions: conditions.map((c) => c.conditionSlug),
  };
}

export type EventQuery = Omit<z.output<typeof eventQuerySchema>, "cursor" | "limit">;

function eventWhere(q: EventQuery): Prisma.EventWhereInput {
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  return {
    ...published,
    ...(q.kind ? { kind: { in: q.kind } } : {}),
    ...(q.country ? { countries: { some: { countryCode: { in: q.country } } } } : {}),
    ...(q.condition
      ? { conditions: { some: { conditionSlug: q.condition, condition: published } } }
      : {}),
    ...(q.from || q.to
      ? {
          occurredOn: {
            ...(q.from ? { gte: day(q.from) } : {}),
            ...(q.to ? { lte: day(q.to) } : {}),
          },
        }
      : {}),
  };
}

// The timeline's order: newest first, then undated events in the sources' order.
const keys: SortKey[] = [
  { field: "occurredOn", dir: "desc", type: "date", nullable: true },
  { field: "sequence", dir: "asc", type: "int" },
  { field: "id", dir: "asc", type: "string" },
];

export async function listPublicEvents(
  query: EventQuery,
  page: { cursor?: string; limit: number },
) {
  const where = eventWhere(query);
  return keysetPage({
    ...page,
    keys,
    find: ({ after, orderBy, take }) =>
      db.event.findMany({
        where: { AND: [where, after as Prisma.EventWhereInput] },
        orderBy: orderBy as Prisma.EventOrderByWithRelationInput[],
        take,
        select,
      }),
    keyOf: (e) => [e.occurredOn, e.sequence, e.id],
    map: toApiEvent,
  });
}

export async function getPublicEvent(id: string): Promise<ApiEvent | null> {
  const row = await db.event.findFirst({ where: { id, ...published }, select });
  return row && toApiEvent(row);
}
