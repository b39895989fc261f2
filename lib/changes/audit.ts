/**
 * Writing history. Every mutation calls `recordChange` inside the same transaction as
 * the change, so a change and its audit entry land together or not at all.
 */
import type { Prisma } from "../generated/prisma/client";
import type { AuditAction } from "../generated/prisma/enums";
import type { RecordType, Snapshot } from "./snapshot";

export type Actor = { id: string | null; name: string; email: string | null };

export const SEED_ACTOR: Actor = { id: null, name: "Guarantor seed (real dataset)", email: null };

export type ChangeRecord = {
  actor: Actor;
  action: AuditAction;
  type: RecordType;
  id: string;
  before: Snapshot | null;
  after: Snapshot | null;
  reason?: string | null;
  citation?: { sourceId: string; quote: string } | null;
  at?: Date;
  /** When it happened in the world, as the source states it (null: not stated). */
  happenedOn?: Date | null;
};

export function auditData(c: ChangeRecord): Prisma.AuditEntryCreateManyInput {
  return {
    at: c.at,
    actorId: c.actor.id,
    actorName: c.actor.name,
    actorEmail: c.actor.email,
    action: c.action,
    entityType: c.type,
    entityId: c.id,
    before: (c.before ?? undefined) as Prisma.InputJsonValue | undefined,
    after: (c.after ?? undefined) as Prisma.InputJsonValue | undefined,
    reason: c.reason ?? null,
    citationSourceId: c.citation?.sourceId ?? null,
    citationQuote: c.citation?.quote ?? null,
    happenedOn: c.happenedOn ?? null,
  };
}

export async function recordChange(tx: Prisma.TransactionClient, change: ChangeRecord) {
  await tx.auditEntry.create({ data: auditData(change) });
}
