/**
 * Recording that records were created outside a form: the seed, the synthetic data
 * generator, test factories and fixtures all write the CREATE entry a form would have,
 * through here, so history and as-of views know their records.
 */
import type { Prisma } from "../generated/prisma/client";
import { auditData, type Actor } from "./audit";
import { idOf, loadSnapshot, type RecordType, type Snapshot } from "./snapshot";

export type AuditRow = Prisma.AuditEntryCreateManyInput;

type CreationNote = {
  actor: Actor;
  at?: Date;
  reason?: string | null;
  citation?: { sourceId: string; quote: string } | null;
};

/** The CREATE entry of a record whose snapshot is already known (the generator builds them in memory). */
export function creationEntry(type: RecordType, after: Snapshot, note: CreationNote): AuditRow {
  return auditData({ ...note, action: "CREATE", type, id: idOf(type, after), before: null, after });
}

/** Writes a CREATE entry for each record as it is now in the database (one insert); missing records are skipped. */
export async function recordCreations(
  db: Prisma.TransactionClient,
  records: [RecordType, string][],
  note: CreationNote,
): Promise<number> {
  const entries: AuditRow[] = [];
  for (const [type, id] of records) {
    const after = await loadSnapshot(db, type, id);
    if (after) entries.push(creationEntry(type, after, note));
  }
  if (entries.length) await db.auditEntry.createMany({ data: entries });
  return entries.length;
}
