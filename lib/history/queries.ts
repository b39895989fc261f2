import "server-only";
import { db } from "@/lib/db";
import type { Visibility } from "@/lib/visibility";
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
  const entries: HistoryEntry[] = rows
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
  const lastKnown = [...rows].reverse().map((r) => (r.after ?? r.before) as Snapshot | null).find(Boolean) ?? null;
  return { type, id, latest, lastKnown, deleted: latest === null, entries };
}

/** Posture and status changes of a country's membership and pledges, newest first. */
export async function getCountryStatusChanges(code: string, visibility: Visibility) {
  const pledgeIds = (await db.pledge.findMany({ where: { countryCode: code }, select: { id: true } })).map((p) => p.id);
  const memberships = (await db.membership.findMany({ where: { countryCode: code }, select: { id: true } })).map((m) => m.id);
  const rows = await db.auditEntry.findMany({
    where: {
      OR: [
        { entityType: "Pledge", entityId: { in: pledgeIds } },
        { entityType: "Membership", entityId: { in: memberships } },
      ],
    },
    orderBy: { id: "desc" },
    take: 100,
    select: { id: true, at: true, action: true, entityType: true, entityId: true, actorName: true, before: true, after: true },
  });
  return rows
    .map((r) => {
      const before = r.before as Snapshot | null;
      const after = r.after as Snapshot | null;
      const field = r.entityType === "Membership" ? "posture" : "status";
      return {
        id: r.id.toString(),
        at: r.at,
        entityType: r.entityType,
        entityId: r.entityId,
        label: String(after?.description ?? before?.description ?? "Posture"),
        from: before ? String(before[field]) : null,
        to: after ? String(after[field]) : null,
        actor: visibility === "internal" ? r.actorName : null,
        visible: visibility === "internal" || (after?.published !== false),
      };
    })
    .filter((c) => c.visible && c.from !== c.to);
}
