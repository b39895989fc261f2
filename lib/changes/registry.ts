/**
 * What lib/changes needs to know about each kind of record, given to it by the record's
 * own room (lib/pledges/changes.ts, lib/users/changes.ts, …) so that lib/changes imports
 * no entity module. lib/entities.ts registers every room, and is the only door to the
 * functions that need the registry (docs/decisions/018-changes-registry.md).
 */
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { RecordType, Snapshot } from "./snapshot";

export type SnapshotDb = Prisma.TransactionClient | PrismaClient;

export type EntityDef = {
  /** The column a record is identified by (and its snapshot's key). */
  key: "id" | "code" | "slug";
  /** How the record is named in messages ("This share link does not exist."); default: its type in lower case. */
  noun?: string;
  /** The record as it is now (inside the caller's transaction) as a snapshot, or null. */
  load: (db: SnapshotDb, id: string) => Promise<Snapshot | null>;
};

const defs = new Map<RecordType, EntityDef>();

/** Called once per room by lib/entities.ts; a second registration of a type is a mistake. */
export function registerEntity(type: RecordType, def: EntityDef) {
  const known = defs.get(type);
  if (known && known !== def) throw new Error(`${type} is registered with lib/changes twice.`);
  defs.set(type, def);
}

export function entityDef(type: RecordType): EntityDef {
  const def = defs.get(type);
  if (!def)
    throw new Error(
      `${type} is not registered with lib/changes: import "@/lib/entities" (which registers every room) instead of lib/changes' write functions.`,
    );
  return def;
}

export const nounOf = (type: RecordType) => entityDef(type).noun ?? type.toLowerCase();
