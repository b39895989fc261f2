import "server-only";
import { db } from "@/lib/db";
import { isLookupKey } from "@/lib/security/safe-text";
import { clampPage } from "@/lib/paging";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventKind } from "@/lib/generated/prisma/enums";
import { citationSelect } from "@/lib/sources/select";
import { loadDatasetAt } from "@/lib/history/as-of";
import {
  publishedWhere,
  type ReadOptions,
  type ViewerOption,
  type Visibility,
} from "@/lib/visibility";
import { eventsAt } from "./as-of";

export const eventSelect = {
  id: true,
  kind: true,
  title: true,
  summary: true,
  occurredOn: true,
  sequence: true,
  location: true,
  disputeNote: true,
  published: true,
  version: true,
  internalNote: true,
  countries: {
    select: { country: { select: { code: true, name: true } } },
    orderBy: { countryCode: "asc" },
  },
  conditions: { select: { condition: { select: { slug: true, name: true, published: true } } } },
  citations: citationSelect,
} satisfies Prisma.EventSelect;

export type EventView = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

/** The events linked to a country or a condition (a join table's `events`), in the timeline's order. */
export function linkedEvents(visibility: Visibility) {
  return {
    where: { event: publishedWhere(visibility) },
    select: { event: { select: eventSelect } },
    orderBy: [
      { event: { occurredOn: { sort: "desc", nulls: "last" } } },
      { event: { sequence: "asc" } },
    ],
  } satisfies Prisma.Country$eventsArgs & Prisma.Condition$eventsArgs;
}

/** The timeline's order: dated events newest first, undated after in the sources' order; id breaks ties. */
const EVENT_ORDER = [
  { occurredOn: { sort: "desc", nulls: "last" } },
  { sequence: "asc" },
  { id: "asc" },
] satisfies Prisma.EventOrderByWithRelationInput[];

/**
 * Newest first. The sources date almost nothing, so undated events follow the dated
 * ones in the order the sources report them.
 */
export async function listEvents(
  filter: { kind?: EventKind | null; limit?: number } = {},
  { viewer: visibility = "public", at = null }: ReadOptions = {},
): Promise<EventView[]> {
  if (at) {
    const events = eventsAt(await loadDatasetAt(at), visibility).filter(
      (e) => !filter.kind || e.kind === filter.kind,
    );
    return events.slice(0, filter.limit);
  }
  const rows = await db.event.findMany({
    where: { ...(filter.kind ? { kind: filter.kind } : {}), ...publishedWhere(visibility) },
    select: eventSelect,
    orderBy: EVENT_ORDER,
    take: filter.limit,
  });
  return rows.map((e) => redactEvent(e, visibility));
}

/** One event, now or as it stood at `at`; null for an unknown id (or a draft, for the public). */
export async function getEvent(
  id: string,
  { viewer: visibility = "public", at = null }: ReadOptions = {},
): Promise<EventView | null> {
  if (!isLookupKey(id)) return null;
  if (at) return eventsAt(await loadDatasetAt(at), visibility).find((e) => e.id === id) ?? null;
  const row = await db.event.findFirst({
    where: { id, ...publishedWhere(visibility) },
    select: eventSelect,
  });
  return row && redactEvent(row, visibility);
}

/** How many events the timeline shows a page. */
export const EVENTS_PAGE_SIZE = 50;

/** One page of the timeline (newest first, undated after in the sources' order), with the total. */
export async function listEventPage(
  filter: { kind?: EventKind | null },
  asked: number,
  { viewer: visibility = "public" }: ViewerOption = {},
) {
  const where = { ...(filter.kind ? { kind: filter.kind } : {}), ...publishedWhere(visibility) };
  const total = await db.event.count({ where });
  const { page, pageCount } = clampPage(asked, total, EVENTS_PAGE_SIZE);
  const rows = await db.event.findMany({
    where,
    select: eventSelect,
    orderBy: EVENT_ORDER,
    skip: (page - 1) * EVENTS_PAGE_SIZE,
    take: EVENTS_PAGE_SIZE,
  });
  return {
    events: rows.map((e) => redactEvent(e, visibility)),
    total,
    page,
    pageCount,
    pageSize: EVENTS_PAGE_SIZE,
  };
}

/** The public never receives internal notes, nor links to conditions in draft. */
export function redactEvent(e: EventView, visibility: Visibility): EventView {
  if (visibility === "internal") return e;
  return {
    ...e,
    internalNote: null,
    conditions: e.conditions.filter((c) => c.condition.published),
  };
}

/** An event as its edit form needs it: every field as text, plus its version. */
export async function getEventForEdit(id: string) {
  if (!isLookupKey(id)) return null;
  const e = await db.event.findUnique({
    where: { id },
    include: { countries: true, conditions: true },
  });
  if (!e) return null;
  return {
    id: e.id,
    version: e.version,
    published: e.published,
    values: {
      kind: e.kind,
      title: e.title,
      summary: e.summary,
      occurredOn: e.occurredOn?.toISOString().slice(0, 10) ?? "",
      location: e.location ?? "",
      disputeNote: e.disputeNote ?? "",
      internalNote: e.internalNote ?? "",
      countryCodes: e.countries.map((c) => c.countryCode),
      conditionSlugs: e.conditions.map((c) => c.conditionSlug),
    },
  };
}
