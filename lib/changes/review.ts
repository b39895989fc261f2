/**
 * The gateway's half of review before publish (docs/decisions/023-two-editor-approval.md).
 * With GUARANTOR_REVIEW_BEFORE_PUBLISH=on, a change that would reach the public (a fact
 * live before or after it) is run once to check it, rolled back, and kept as a
 * ChangeProposal; a second editor's approval runs it again through `applyChange`,
 * which then marks the proposal approved in the same transaction as the write.
 */
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { AuditAction } from "../generated/prisma/enums";
import { parseEnv, reviewEnvSchema } from "../env";
import { recordChange, type Actor } from "./audit";
import type { Snapshot } from "./snapshot";
import type { Justification } from "./justification-schema";

type Tx = Prisma.TransactionClient;

/** How a held change is run again on approval: a mutation named in lib/review/replay.ts and its input. */
export type Replay = { kind: string; payload: unknown };

/** What a mutation passes on when lib/review approves a proposal (never from a form). */
export type ReviewOptions = { approval?: { proposalId: string; reason: string }; id?: string };

export function reviewRequired(source: Record<string, string | undefined> = process.env): boolean {
  return parseEnv(reviewEnvSchema, source).GUARANTOR_REVIEW_BEFORE_PUBLISH === "on";
}

/** A fact the public sees: anything without a `published` column, or published. */
export function isLive(snapshot: Snapshot | null): boolean {
  return !!snapshot && snapshot.published !== false;
}

/** Thrown inside the transaction: the change is valid but waits for a second editor. */
export class Held extends Error {
  constructor(
    readonly proposal: {
      before: Snapshot | null;
      after: Snapshot | null;
      citation: { sourceId: string; quote: string } | null;
    },
  ) {
    super("held for review");
  }
}

export type HeldChange = {
  actor: Actor;
  kind: string;
  payload: unknown;
  type: string;
  id: string;
  action: AuditAction;
  expectedVersion: number | null;
  justification: Justification;
};

/** Stores a held change and its PROPOSE audit entry together. */
export async function storeProposal(
  db: PrismaClient,
  change: HeldChange,
  held: Held,
): Promise<string> {
  const id = `cp-${randomBytes(6).toString("hex")}`;
  const { before, after, citation } = held.proposal;
  await db.$transaction(async (tx) => {
    await tx.changeProposal.create({
      data: {
        id,
        kind: change.kind,
        entityType: change.type,
        entityId: change.id,
        action: change.action,
        expectedVersion: change.expectedVersion,
        payload: change.payload as Prisma.InputJsonValue,
        justification: change.justification as Prisma.InputJsonValue,
        before: (before ?? undefined) as Prisma.InputJsonValue | undefined,
        after: (after ?? undefined) as Prisma.InputJsonValue | undefined,
        proposedById: change.actor.id ?? "",
        proposedByName: change.actor.name,
        proposedByEmail: change.actor.email,
      },
    });
    await recordChange(tx, {
      actor: change.actor,
      action: "PROPOSE",
      type: "ChangeProposal",
      id,
      before: null,
      after: {
        status: "PENDING",
        entityType: change.type,
        entityId: change.id,
        action: change.action,
        proposed: after,
      },
      reason: change.justification.reason || null,
      citation,
    });
  });
  return id;
}

/**
 * Marks the proposal approved by `approver`, inside the write's transaction. Refuses (by
 * returning a message) a proposal that is not pending, not this change, or the approver's own.
 * Returns the proposer, who stays the author of the change in history.
 */
export async function claimApproval(
  tx: Tx,
  proposalId: string,
  approver: Actor,
  change: { type: string; id: string; action: string },
  reason: string,
): Promise<{ proposer: Actor } | { refusal: string; status: 403 | 404 | 409 }> {
  const proposal = await tx.changeProposal.findUnique({ where: { id: proposalId } });
  if (
    !proposal ||
    proposal.entityType !== change.type ||
    proposal.entityId !== change.id ||
    proposal.action !== change.action
  ) {
    return { refusal: "This proposal does not exist.", status: 404 };
  }
  if (proposal.proposedById === approver.id)
    return { refusal: "You proposed this change: another editor must approve it.", status: 403 };
  const decided = await tx.changeProposal.updateMany({
    where: { id: proposalId, status: "PENDING" },
    data: {
      status: "APPROVED",
      decidedById: approver.id,
      decidedByName: approver.name,
      decidedAt: new Date(),
      decisionReason: reason || null,
    },
  });
  if (!decided.count) return { refusal: "This proposal has already been decided.", status: 409 };
  await recordChange(tx, {
    actor: approver,
    action: "APPROVE",
    type: "ChangeProposal",
    id: proposalId,
    before: { status: "PENDING" },
    after: {
      status: "APPROVED",
      entityType: change.type,
      entityId: change.id,
      action: change.action,
    },
    reason: reason || null,
  });
  return {
    proposer: {
      id: proposal.proposedById,
      name: proposal.proposedByName,
      email: proposal.proposedByEmail,
    },
  };
}
