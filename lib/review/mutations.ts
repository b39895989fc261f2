import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type SessionUser } from "@/lib/auth/permissions";
import type { Justification } from "@/lib/changes/justification-schema";
import { recordChange } from "@/lib/changes/audit";
import { actorOf, type MutationResult } from "@/lib/changes/write";
import { isLookupKey } from "@/lib/security/safe-text";
import { replayHandler } from "./replay";

type Decision =
  { ok: true; entityType: string; entityId: string } | Extract<MutationResult, { ok: false }>;

async function loadPending(user: SessionUser | null, id: string) {
  let approver: SessionUser;
  try {
    approver = requirePermission(user, "data:publish");
  } catch (error) {
    return {
      ok: false as const,
      status: (error as { status?: 401 | 403 }).status ?? 403,
      message: (error as Error).message,
    };
  }
  const proposal = isLookupKey(id, 100)
    ? await db.changeProposal.findUnique({ where: { id } })
    : null;
  if (!proposal)
    return { ok: false as const, status: 404 as const, message: "This proposal does not exist." };
  if (proposal.status !== "PENDING")
    return {
      ok: false as const,
      status: 409 as const,
      message: "This proposal has already been decided.",
    };
  if (proposal.proposedById === approver.id) {
    return {
      ok: false as const,
      status: 403 as const,
      message: "You proposed this change: another editor must approve or reject it.",
    };
  }
  return { ok: true as const, approver, proposal };
}

/** A second editor approves: the change is made now, through the gateway, or refused as any change would be. */
export async function approveProposal(
  user: SessionUser | null,
  id: string,
  reason: string,
): Promise<Decision> {
  const found = await loadPending(user, id);
  if (!found.ok) return found;
  const { approver, proposal } = found;
  const handler = replayHandler(proposal.kind);
  if (!handler)
    return { ok: false, status: 400, message: "This kind of change cannot be approved here." };
  const result = await handler(approver, proposal, proposal.justification as Justification, {
    approval: { proposalId: id, reason },
  });
  if (!result.ok) return result;
  return { ok: true, entityType: proposal.entityType, entityId: proposal.entityId };
}

/** A second editor rejects: nothing changes but the proposal, and the history says who and why. */
export async function rejectProposal(
  user: SessionUser | null,
  id: string,
  reason: string,
): Promise<Decision> {
  const found = await loadPending(user, id);
  if (!found.ok) return found;
  const { approver, proposal } = found;
  return db.$transaction(async (tx) => {
    const decided = await tx.changeProposal.updateMany({
      where: { id, status: "PENDING" },
      data: {
        status: "REJECTED",
        decidedById: approver.id,
        decidedByName: approver.name,
        decidedAt: new Date(),
        decisionReason: reason,
      },
    });
    if (!decided.count)
      return {
        ok: false as const,
        status: 409 as const,
        message: "This proposal has already been decided.",
      };
    await recordChange(tx, {
      actor: actorOf(approver),
      action: "REJECT",
      type: "ChangeProposal",
      id,
      before: { status: "PENDING" },
      after: {
        status: "REJECTED",
        entityType: proposal.entityType,
        entityId: proposal.entityId,
        action: proposal.action,
      },
      reason,
    });
    return { ok: true as const, entityType: proposal.entityType, entityId: proposal.entityId };
  });
}
