import "server-only";
import { db } from "@/lib/db";
import { isLookupKey } from "@/lib/security/safe-text";
import { publishedWhere, type Visibility } from "@/lib/visibility";
import { labelChanges, loadChangeNames } from "./change-labels";
import { diffSnapshots, type FieldChange } from "./diff";
import { ENTITY_TYPES, type EntityType, type Snapshot } from "./snapshot";
import { COUNTRY_CODE } from "@/lib/codes";

export function parseEntityType(value: string): EntityType | null {
  return (ENTITY_TYPES as readonly string[]).includes(value) && value !== "Citation"
    ? (value as EntityType)
    : null;
}

/** A state the public may see: published (or of a kind that has no drafts). */
const isPublic = (s: Snapshot | null) => !!s && s.published !== false;

/** Fields the public never sees in a diff. */
const INTERNAL_FIELDS = new Set(["internalNote", "published"]);

export type HistoryEntry = {
  id: string;
  at: Date;
  action: string;
  actor: string;
  reason: string | null;
  citation: { sourceId: string; quote: string; sourceTitle: string | null } | null;
  changes: FieldChange[];
  /** When it happened, as the source states it (null: not stated); `at` is when it was recorded. */
  happenedOn: Date | null;
  /** The cited source's publication date. */
  reportedOn: Date | null;
};

/**
 * An entity's history, oldest first, with field-level diffs. The public sees only
 * published states, no internal fields, and "an editor" instead of names.
 */
export async function getHistory(type: EntityType, id: string, visibility: Visibility) {
  if (!isLookupKey(id)) return null;
  const rows = await db.auditEntry.findMany({
    where: { entityType: type, entityId: id },
    orderBy: { id: "asc" },
    select: {
      id: true,
      at: true,
      action: true,
      actorName: true,
      reason: true,
      citationSourceId: true,
      citationQuote: true,
      before: true,
      after: true,
      happenedOn: true,
    },
  });
  if (!rows.length) return null;
  const latest = rows.at(-1)!.after as Snapshot | null;
  // What the public may see of an entry: the state it left the record in, or, for a
  // deletion, the state it took away. A draft that was deleted was never public, and
  // neither is its deletion.
  const shown = (r: (typeof rows)[number]) =>
    visibility === "internal" || isPublic((r.after ?? r.before) as Snapshot | null);
  const entriesShown = rows.filter(shown);
  if (!entriesShown.length || !shown(rows.at(-1)!)) return null;
  const sourceIds = [
    ...new Set(entriesShown.flatMap((r) => (r.citationSourceId ? [r.citationSourceId] : []))),
  ];
  const sources = await db.source.findMany({
    where: { id: { in: sourceIds }, ...publishedWhere(visibility) },
    select: { id: true, title: true, publishedOn: true },
  });
  const byId = new Map(sources.map((s) => [s.id, s]));
  const raw: HistoryEntry[] = entriesShown.map((r) => {
    // A quote from a draft source is not shown to the public, as on the live pages.
    const source = r.citationSourceId ? byId.get(r.citationSourceId) : undefined;
    return {
      id: r.id.toString(),
      at: r.at,
      action: r.action,
      actor: visibility === "internal" ? r.actorName : "An editor",
      reason: r.reason,
      citation: source
        ? { sourceId: source.id, quote: r.citationQuote ?? "", sourceTitle: source.title }
        : null,
      happenedOn: r.happenedOn,
      reportedOn: source?.publishedOn ?? null,
      changes: diffSnapshots(r.before as Snapshot | null, r.after as Snapshot | null).filter(
        (c) => visibility === "internal" || !INTERNAL_FIELDS.has(c.field),
      ),
    };
  });
  // Shown in words: "Status: Announced → Confirmed", country and condition names.
  const names = await loadChangeNames(
    db,
    raw.flatMap((e) => e.changes),
  );
  const entries = raw.map((e) => ({ ...e, changes: labelChanges(type, e.changes, names) }));
  const lastKnown =
    [...entriesShown]
      .reverse()
      .map((r) => (r.after ?? r.before) as Snapshot | null)
      .find(Boolean) ?? null;
  return { type, id, latest, lastKnown, deleted: latest === null, entries };
}

/** How many of a country's latest status changes its page lists. */
export const COUNTRY_CHANGES_LIMIT = 30;

type ChangeRow = {
  id: bigint;
  at: Date;
  entityType: "Pledge" | "Membership";
  entityId: string;
  actorName: string;
  label: string | null;
  from: string | null;
  to: string | null;
  happenedOn: Date | null;
  announcedOn: string | null;
  reportedOn: Date | null;
};

/**
 * When a change happened in the world, as opposed to `at`, when it was recorded here:
 * the date its citation states, else (for a new pledge) the pledge's announcement date,
 * else unknown. `reportedOn` is the cited source's publication date, as context.
 */
function worldDate(r: Pick<ChangeRow, "happenedOn" | "announcedOn" | "reportedOn">) {
  const happenedOn =
    r.happenedOn ?? (r.announcedOn ? new Date(`${r.announcedOn}T00:00:00Z`) : null);
  return {
    happenedOn,
    happenedKind: r.happenedOn ? ("happened" as const) : ("announced" as const),
    reportedOn: r.reportedOn,
  };
}

/**
 * Posture and status changes of a country's membership and pledges, newest first: only
 * entries that changed the status (or posture), found and ordered in the database, so a
 * country with thousands of pledges costs one indexed query.
 */
export async function getCountryStatusChanges(
  code: string,
  visibility: Visibility,
  limit = COUNTRY_CHANGES_LIMIT,
) {
  if (!COUNTRY_CODE.test(code)) return [];
  const rows = await db.$queryRaw<ChangeRow[]>`
    SELECT a."id", a."at", a."entityType", a."entityId", a."actorName",
      COALESCE(a."after", a."before") ->> 'description' AS "label",
      a."before" ->> (CASE a."entityType" WHEN 'Membership' THEN 'posture' ELSE 'status' END) AS "from",
      a."after" ->> (CASE a."entityType" WHEN 'Membership' THEN 'posture' ELSE 'status' END) AS "to",
      a."happenedOn",
      CASE WHEN a."action" = 'CREATE' THEN a."after" ->> 'announcedOn' END AS "announcedOn",
      s."publishedOn" AS "reportedOn"
    FROM "AuditEntry" a
    LEFT JOIN "Source" s ON s."id" = a."citationSourceId"
    WHERE (
        (a."entityType" = 'Pledge' AND a."entityId" IN (SELECT "id" FROM "Pledge" WHERE "countryCode" = ${code})
          AND (a."before" ->> 'status') IS DISTINCT FROM (a."after" ->> 'status'))
        OR (a."entityType" = 'Membership' AND a."entityId" IN (SELECT "id" FROM "Membership" WHERE "countryCode" = ${code})
          AND (a."before" ->> 'posture') IS DISTINCT FROM (a."after" ->> 'posture'))
      )
      AND (${visibility === "internal"} OR COALESCE((a."after" ->> 'published')::boolean, true))
    ORDER BY a."at" DESC, a."id" DESC
    LIMIT ${limit}`;
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    entityType: r.entityType,
    entityId: r.entityId,
    label: r.label ?? "Posture",
    from: r.from,
    to: r.to,
    actor: visibility === "internal" ? r.actorName : null,
    ...worldDate(r),
  }));
}
