import "server-only";
import { untilDataChanges } from "@/lib/data-version";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConditionStatus, PledgeDomain, PledgeStatus } from "@/lib/generated/prisma/enums";
import { CONDITION_STATUSES, keysOf, PLEDGE_STATUSES } from "@/lib/labels";
import { pledgeWhere, type PledgeFilter } from "@/lib/pledges/where";
import { publishedWhere, type Visibility } from "@/lib/visibility";

export type DomainStatusCount = { domain: PledgeDomain; status: PledgeStatus; count: number };

/**
 * Pledges matching a filter, counted by domain and status (the stacked bar chart). The
 * unfiltered count, the explorer's landing view, runs over every pledge: it is kept
 * until the data changes.
 */
export function countPledgesByDomainAndStatus(
  filter: PledgeFilter,
  visibility: Visibility = "public",
): Promise<DomainStatusCount[]> {
  if (isUnfiltered(filter))
    return untilDataChanges(`domain-status:${visibility}`, () =>
      groupByDomainAndStatus(filter, visibility),
    );
  return groupByDomainAndStatus(filter, visibility);
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === false || v === "" || (Array.isArray(v) && v.length === 0);

export function isUnfiltered(filter: PledgeFilter | undefined) {
  return !filter || Object.values(filter).every(isEmpty);
}

/** A filter as a cache key: the same view always gives the same key, whatever its key order. */
function filterKey(filter: PledgeFilter) {
  const entries = Object.entries(filter).filter(([, v]) => !isEmpty(v));
  return JSON.stringify(entries.sort(([a], [b]) => a.localeCompare(b)));
}

async function groupByDomainAndStatus(
  filter: PledgeFilter,
  visibility: Visibility,
): Promise<DomainStatusCount[]> {
  const groups = await db.pledge.groupBy({
    by: ["domain", "status"],
    where: pledgeWhere(filter, visibility),
    _count: { _all: true },
  });
  return groups.map((g) => ({ domain: g.domain, status: g.status, count: g._count._all }));
}

export type StatusPoint<S extends string> = {
  day: string;
  counts: Record<S, number>;
  total: number;
};

/**
 * When a change happened in the world: the date its source states (given with the
 * change), or for a new pledge its announcement date; null when no source says.
 */
const WORLD_DAY = Prisma.sql`COALESCE("happenedOn", CASE WHEN "action" = 'CREATE' THEN ("after" ->> 'announcedOn')::date END)`;

/** Which dates a status chart is drawn by: how many changes have a world date. */
export type DateBasis = { dated: number; total: number };

/** Counted once per change to the data, as the series are. */
export function statusHistoryBasis(
  entityType: "Pledge" | "Condition",
  visibility: Visibility = "public",
): Promise<DateBasis> {
  return untilDataChanges(`status-history-basis:${entityType}:${visibility}`, async () => {
    const [row] = await db.$queryRaw<{ dated: number; total: number }[]>`
      SELECT count(*) FILTER (WHERE ${WORLD_DAY} IS NOT NULL)::int AS dated, count(*)::int AS total
      FROM "AuditEntry"
      WHERE "entityType" = ${entityType}
        AND (${visibility === "internal"} OR COALESCE(("after" ->> 'published')::boolean, true))`;
    return row ?? { dated: 0, total: 0 };
  });
}

type SnapshotRow = { entityId: string; day: string; status: string | null; published: boolean };

/**
 * How many records stood in each status at the end of each day on which any of them
 * changed, rebuilt from the append-only history: the latest snapshot of each record
 * per day, carried forward until its next change. A deletion removes the record; a
 * draft counts only for viewers who may see drafts.
 */
// Replaying the whole history costs a fraction of a second at 100k pledges: do it once
// per change to the data, not once per page.
// A filtered view replays only the history of the records it lists now (an index range
// per record), kept per filter until the data changes.
function statusHistory<S extends string>(
  entityType: "Pledge" | "Condition",
  statuses: S[],
  visibility: Visibility,
  filter?: { key: string; ids: () => Promise<string[]> },
): Promise<StatusPoint<S>[]> {
  if (!filter)
    return untilDataChanges(`status-history:${entityType}:${visibility}`, () =>
      replayStatusHistory(entityType, statuses, visibility),
    );
  return untilDataChanges(`status-history:${entityType}:${visibility}:${filter.key}`, async () => {
    const ids = await filter.ids();
    return ids.length ? replayStatusHistory(entityType, statuses, visibility, ids) : [];
  });
}

async function replayStatusHistory<S extends string>(
  entityType: "Pledge" | "Condition",
  statuses: S[],
  visibility: Visibility,
  ids?: string[],
): Promise<StatusPoint<S>[]> {
  // Each change on its world date where known, else the day it was recorded;
  // never before a change of the same record recorded earlier (the running max), so the
  // replay keeps the recorded order and ends in the current state.
  const only = ids ? Prisma.sql`AND "entityId" = ANY(${ids}::text[])` : Prisma.empty;
  const rows = await db.$queryRaw<SnapshotRow[]>`
    SELECT DISTINCT ON ("entityId", day)
      "entityId", to_char(day, 'YYYY-MM-DD') AS day,
      "after" ->> 'status' AS status,
      COALESCE(("after" ->> 'published')::boolean, true) AS published
    FROM (
      SELECT *, max(COALESCE(${WORLD_DAY}, ("at" AT TIME ZONE 'UTC')::date))
        OVER (PARTITION BY "entityId" ORDER BY "at", "id" ROWS UNBOUNDED PRECEDING) AS day
      FROM "AuditEntry" WHERE "entityType" = ${entityType} ${only}
    ) e
    ORDER BY "entityId", day, "at" DESC, "id" DESC`;
  const known = new Set<string>(statuses);
  const byDay = new Map<string, SnapshotRow[]>();
  for (const row of rows) {
    const list = byDay.get(row.day);
    if (list) list.push(row);
    else byDay.set(row.day, [row]);
  }
  // Running counts: each change moves one record between statuses, so a day costs its
  // changes, not every record known so far (that recount took seconds at 100k pledges).
  const current = new Map<string, S>();
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>;
  const points: StatusPoint<S>[] = [];
  for (const day of [...byDay.keys()].sort()) {
    for (const row of byDay.get(day)!) {
      const previous = current.get(row.entityId);
      if (previous !== undefined) counts[previous]--;
      const visible =
        row.status !== null &&
        known.has(row.status) &&
        (visibility === "internal" || row.published);
      if (visible) {
        current.set(row.entityId, row.status as S);
        counts[row.status as S]++;
      } else current.delete(row.entityId);
    }
    points.push({ day, counts: { ...counts }, total: current.size });
  }
  return points;
}

/** Pledge statuses over time: of every pledge, or of the pledges a filter lists now. */
export function pledgeStatusHistory(visibility: Visibility = "public", filter?: PledgeFilter) {
  const ids = async () =>
    (
      await db.pledge.findMany({ where: pledgeWhere(filter!, visibility), select: { id: true } })
    ).map((p) => p.id);
  return statusHistory<PledgeStatus>(
    "Pledge",
    keysOf(PLEDGE_STATUSES),
    visibility,
    isUnfiltered(filter) ? undefined : { key: filterKey(filter!), ids },
  );
}

/** Conditions over time: every condition, or those the pledges a filter lists wait on. */
export function conditionStatusHistory(visibility: Visibility = "public", filter?: PledgeFilter) {
  const ids = async () =>
    (
      await db.condition.findMany({
        where: {
          ...publishedWhere(visibility),
          pledges: { some: { pledge: pledgeWhere(filter!, visibility) } },
        },
        select: { slug: true },
      })
    ).map((c) => c.slug);
  return statusHistory<ConditionStatus>(
    "Condition",
    keysOf(CONDITION_STATUSES),
    visibility,
    isUnfiltered(filter) ? undefined : { key: filterKey(filter!), ids },
  );
}
