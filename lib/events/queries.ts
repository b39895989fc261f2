import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventKind } from "@/lib/generated/prisma/enums";
import { citationSelect } from "@/lib/sources/select";

export const eventSelect = {
  id: true,
  kind: true,
  title: true,
  summary: true,
  occurredOn: true,
  sequence: true,
  location: true,
  disputeNote: true,
  countries: { select: { country: { select: { code: true, name: true } } }, orderBy: { countryCode: "asc" } },
  conditions: { select: { condition: { select: { slug: true, name: true } } } },
  citations: citationSelect,
} satisfies Prisma.EventSelect;

export type EventView = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

/**
 * Newest first. The sources date almost nothing, so undated events follow the dated
 * ones in the order the sources report them.
 */
export async function listEvents(filter: { kind?: EventKind | null; limit?: number } = {}): Promise<EventView[]> {
  return db.event.findMany({
    where: filter.kind ? { kind: filter.kind } : {},
    select: eventSelect,
    orderBy: [{ occurredOn: { sort: "desc", nulls: "last" } }, { sequence: "asc" }],
    take: filter.limit,
  });
}
