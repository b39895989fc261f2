import "server-only";
import { db } from "@/lib/db";
import type { Visibility } from "@/lib/visibility";
import { labelChanges, loadChangeNames } from "./change-labels";
import { diffSnapshots, type FieldChange } from "./diff";
import { ENTITY_TYPES, type EntityType, type Snapshot } from "./snapshot";

export function parseEntityType(value: string): EntityType | null {
  return (ENTITY_TYPES as readonly string[]).includes(value) && value !== "Citation" ? (value as EntityType) : null;
}

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
};

/**
 * An entity's history, oldest first, with field-level diffs. The public sees only
 * published states, no internal fields, and "an editor" instead of names.
 */
export async function getHistory(type: EntityType, id: string, visibility: Visibility) {
  if (id.length > 100) return null;
  const rows = await db.auditEntry.findMany({
    where: { entityType: type, entityId: id },
    orderBy: { id: "asc" },
    select: { id: true, at: true, action: true, actorName: true, reason: true, citationSourceId: true, citationQuote: true, before: true, after: true },
  });
  if (!rows.length) return null;
  const latest = rows.at(-1)!.after as Snapshot | null;
  const isPublic = (s: Snapshot | null) => !s || s.published !== false;
  if (visibility === "public" && !isPublic(latest)) return null;
  const sourceIds = [...new Set(rows.flatMap((r) => (r.citationSourceId ? [r.citationSourceId] : [])))];
  const titles = new Map((await db.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, title: true } })).map((s) => [s.id, s.title]));
  const raw: HistoryEntry[] = rows
    .filter((r) => visibility === "internal" || (isPublic(r.after as Snapshot | null) && (r.action !== "CREATE" || isPublic(r.after as Snapshot))))
    .map((r) => ({
      id: r.id.toString(),
      at: r.at,
      action: r.action,
      actor: visibility === "internal" ? r.actorName : "An editor",
      reason: r.reason,
      citation: r.citationSourceId ? { sourceId: r.citationSourceId, quote: r.citationQuote ?? "", sourceTitle: titles.get(r.citationSourceId) ?? null } : null,
      changes: diffSnapshots(r.before as Snapshot | null, r.after as Snapshot | null).filter(
        (c) => visibility === "internal" || !INTERNAL_FIELDS.has(c.field),
      ),
    }));
  // Shown in words: "Status: Announced → Confirmed", country and condition names.
  const names = await loadChangeNames(db, raw.flatMap((e) => e.changes));
  const entries = raw.map((e) => ({ ...e, changes: labelChanges(type, e.changes, names) }));
  const lastKnown = [...rows].reverse().map((r) => (r.after ?? r.before) as Snapshot | null).find(Boolean) ?? null;
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
};

/**
 * Posture and status changes of a country's membership and pledges, newest first: only
 * entries that changed the status (or posture), found and ordered in the database, so a
 * country with thousands of pledges costs one indexed query.
 */
export async function getCountryStatusChanges(code: string, visibility: Visibility, limit = COUNTRY_CHANGES_LIMIT) {
  if (!/^[A-Z]{2}$/.test(code)) return [];
  const rows = await db.$queryRaw<ChangeRow[]>`
    SELECT a."id", a."at", a."entityType", a."entityId", a."actorName",
      COALESCE(a."after", a."before") ->> 'description' AS "label",
      a."before" ->> (CASE a."entityType" WHEN 'Membership' THEN 'posture' ELSE 'status' END) AS "from",
      a."after" ->> (CASE a."entityType" WHEN 'Membership' THEN 'posture' ELSE 'status' END) AS "to"
    FROM "AuditEntry" a
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
  }));
}
