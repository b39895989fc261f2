/**
 * The one format history is kept in. An audit entry's `after` (and `before`) is the
 * whole record as JSON: scalar columns (decimals as strings, dates as YYYY-MM-DD or ISO
 * timestamps) plus link lists (a pledge's `conditionSlugs`, an event's `countryCodes`
 * and `conditionSlugs`). Replaying the latest snapshot of every entity rebuilds the
 * dataset as it stood at any moment.
 */
import type { Prisma } from "../generated/prisma/client";
import { entityDef, type SnapshotDb as Tx } from "./registry";

export const ENTITY_TYPES = [
  "Source",
  "Country",
  "Coalition",
  "HeadlineFigure",
  "Membership",
  "Pledge",
  "Condition",
  "Event",
  "Requirement",
  "Provision",
  "Citation",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
/** Everything the audit log records: the facts, accounts, share links and changes held for review. */
export type RecordType = EntityType | "User" | "ShareLink" | "ChangeProposal";

export type Snapshot = Record<string, Prisma.JsonValue>;

/** Columns that are calendar dates (@db.Date), kept as YYYY-MM-DD. */
const DATE_ONLY = new Set([
  "publishedOn",
  "announcedOn",
  "effectiveOn",
  "effectiveUntil",
  "occurredOn",
]);
/** Bookkeeping columns that are not part of the fact. */
const SKIP = new Set(["updatedAt", "createdAt"]);

export function toJson(record: Record<string, unknown>): Snapshot {
  const out: Snapshot = {};
  for (const [key, value] of Object.entries(record)) {
    if (SKIP.has(key)) continue;
    if (value === null || value === undefined) out[key] = null;
    else if (value instanceof Date)
      out[key] = DATE_ONLY.has(key) ? value.toISOString().slice(0, 10) : value.toISOString();
    else if (typeof value === "object" && "toFixed" in (value as object))
      out[key] = (value as { toString(): string }).toString();
    else out[key] = value as Prisma.JsonValue;
  }
  return out;
}

/** Loads the record as it is now (inside the caller's transaction) as a snapshot, or null. */
export async function loadSnapshot(tx: Tx, type: RecordType, id: string): Promise<Snapshot | null> {
  return entityDef(type).load(tx, id);
}

/** A row as a snapshot, or null: the loader of a record without link lists. */
export function rowSnapshot(row: Record<string, unknown> | null): Snapshot | null {
  return row ? toJson(row) : null;
}

/** The key of a snapshot: the column its entity type is identified by. */
export function idOf(type: RecordType, snapshot: Snapshot): string {
  return String(snapshot[entityDef(type).key]);
}
