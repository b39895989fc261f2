/**
 * The one way facts change. `applyChange` runs a write inside a transaction together
 * with everything that must land with it: the optimistic version check, the citation
 * (checked verbatim against its source) and the audit entry. Any refusal rolls the
 * whole transaction back: no partial write.
 */
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { AuditAction } from "../generated/prisma/enums";
import { isLookupKey } from "../security/safe-text";
import { requirePermission, type Permission, type SessionUser } from "../auth/permissions";
import { recordChange, type Actor } from "./audit";
import { labelChanges, loadChangeNames } from "./change-labels";
import { diffSnapshots } from "./diff";
import { loadSnapshot, type RecordType, type Snapshot } from "./snapshot";
import { nounOf } from "./registry";
import { MAX_VERSION, Refusal, refuse, type MutationResult, type Refused } from "./result";
import { attachCitation, CITATION_KEY, citationsOf, recordCascade } from "./citing";
import type { Justification } from "./justification-schema";
import { dateOrNull } from "../dates/schema";
import {
  claimApproval,
  Held,
  isLive,
  reviewRequired,
  storeProposal,
  type Replay,
  type ReviewOptions,
} from "./review";

export type Tx = Prisma.TransactionClient;
export type { MutationResult, Refused } from "./result";
export { refuse } from "./result";
export { CITATION_KEY } from "./citing";

export function actorOf(user: SessionUser): Actor {
  return { id: user.id, name: user.name, email: user.email };
}

/** A change as the gateway runs it, once the caller's permission (if any) is settled. */
type Change = Omit<ChangeSpec, "user" | "permission">;

export type ChangeSpec = {
  user: SessionUser | null;
  permission: Permission;
  type: RecordType;
  id: string;
  action: AuditAction;
  /** The version the editor's form was based on; null when creating. */
  expectedVersion: number | null;
  justification: Justification;
  /** Performs the write. For updates, return the number of rows updated (0 = stale version). */
  write: (tx: Tx) => Promise<number>;
  /** How to run this change again once approved, when review before publish is on. */
  replay?: Replay;
  /** Set by lib/review only: the proposal this write carries out. */
  review?: ReviewOptions;
};

export async function applyChange(db: PrismaClient, spec: ChangeSpec): Promise<MutationResult> {
  const refused = permissionRefusal(spec.user, spec.permission);
  if (refused) return refused;
  return apply(db, actorOf(spec.user!), spec);
}

/** Why `user` may not do this (401: not signed in, 403: not allowed), or null when they may. */
export function permissionRefusal(
  user: SessionUser | null,
  permission: Permission,
): Refused | null {
  try {
    requirePermission(user, permission);
    return null;
  } catch (error) {
    const status = (error as { status?: 401 | 403 }).status ?? 403;
    return { ok: false, status, message: (error as Error).message };
  }
}

/**
 * The same, for a command-line tool acting as itself (`npm run user:create`, the demo
 * logins, test fixtures): no session, so no permission to check; the audit entry names
 * `actor`. Never for anything a request can reach.
 */
export function applySystemChange(
  db: PrismaClient,
  actor: Actor,
  spec: Change,
): Promise<MutationResult> {
  return apply(db, actor, spec);
}

async function apply(db: PrismaClient, actor: Actor, spec: Change): Promise<MutationResult> {
  const noun = nounOf(spec.type);
  // Ids and versions come from forms, so from anyone: refuse what no row can have
  // before it reaches a query (a NUL fails in PostgreSQL, a huge version overflows).
  if (!isLookupKey(spec.id, 200)) {
    return { ok: false, status: 404, message: `This ${noun} does not exist.` };
  }
  const v = spec.expectedVersion;
  if (v !== null && !(Number.isInteger(v) && v >= 1 && v <= MAX_VERSION)) {
    return {
      ok: false,
      status: 400,
      message:
        "This form's version is missing or invalid: reload the page and make the change again.",
    };
  }
  const holdForReview = !spec.review?.approval && !!CITATION_KEY[spec.type] && reviewRequired();
  try {
    return await db.$transaction(async (tx) => {
      const before = await loadSnapshot(tx, spec.type, spec.id);
      if (spec.action === "CREATE" && before)
        refuse({ ok: false, status: 409, message: `A ${noun} with this id already exists.` });
      if (spec.action !== "CREATE" && !before) {
        refuse({
          ok: false,
          status: 404,
          message: `This ${noun} no longer exists: it may have been deleted.`,
        });
      }
      const cascaded = spec.action === "DELETE" ? await citationsOf(tx, spec) : [];
      const count = await spec.write(tx);
      if (spec.action !== "CREATE" && count === 0) refuse(await conflictOf(tx, spec, before!));
      await recordCascade(tx, cascaded, actor, spec.justification.reason);
      const after = await loadSnapshot(tx, spec.type, spec.id);
      const changes = diffSnapshots(before, after);
      const citation = await attachCitation(tx, spec, changes, actor);
      if (holdForReview && (isLive(before) || isLive(after))) {
        if (!spec.replay)
          refuse({
            ok: false,
            status: 403,
            message:
              "This change needs a second editor's approval, and this kind of change cannot be sent for review.",
          });
        throw new Held({ before, after, citation });
      }
      const author = spec.review?.approval ? await approvedBy(tx, spec, actor) : actor;
      await recordChange(tx, {
        actor: author,
        action: spec.action,
        type: spec.type,
        id: spec.id,
        before,
        after,
        reason: spec.justification.reason || null,
        citation,
        happenedOn: dateOrNull(spec.justification.happenedOn),
      });
      return { ok: true as const, id: spec.id, version: Number(after?.version ?? 0) };
    }, TRANSACTION_LIMITS);
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    if (error instanceof Held) return held(db, spec, actor, error);
    if (isBusy(error))
      return {
        ok: false,
        status: 503,
        message: "The database is busy and nothing was saved: try again in a moment.",
      };
    throw error;
  }
}

/** The proposer, once the approver's claim on the proposal holds (else the whole write is refused). */
async function approvedBy(tx: Tx, spec: Change, approver: Actor) {
  const { proposalId, reason } = spec.review!.approval!;
  const claim = await claimApproval(tx, proposalId, approver, spec, reason);
  if ("refusal" in claim) refuse({ ok: false, status: claim.status, message: claim.refusal });
  return claim.proposer;
}

async function held(
  db: PrismaClient,
  spec: Change,
  actor: Actor,
  error: Held,
): Promise<MutationResult> {
  const { kind, payload } = spec.replay!;
  const proposalId = await storeProposal(
    db,
    { ...spec, kind, payload, actor, action: spec.action },
    error,
  );
  return {
    ok: false,
    status: 202,
    proposalId,
    message: "Sent for review: another editor must approve this change before it goes live.",
  };
}

// Many saves at once queue for the pool's connections and for each other's row locks;
// Prisma's defaults (2 s to get a connection, 5 s per transaction) turned that wait
// into 500s when 50 editors saved one record together on a busy machine.
const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 30_000 };

/**
 * A transaction that could not start or finish in time, or that PostgreSQL ended as a
 * deadlock or serialization failure: rolled back whole, so saying "try again" is true.
 */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === "P2028" ||
    code === "P2034" ||
    /\b(40001|40P01)\b/.test(String((error as Error | null)?.message ?? ""))
  );
}

/** "Changed by <name> at <time>", with what changed since the editor's version. */
async function conflictOf(tx: Tx, spec: Change, current: Snapshot): Promise<Refused> {
  const entries = await tx.auditEntry.findMany({
    where: { entityType: spec.type, entityId: spec.id },
    orderBy: { id: "desc" },
    select: { actorName: true, at: true, after: true },
    take: 50,
  });
  const latest = entries[0];
  const base = entries.find((e) => (e.after as Snapshot | null)?.version === spec.expectedVersion);
  const diff = diffSnapshots((base?.after as Snapshot | null) ?? null, current);
  const changes = labelChanges(spec.type, diff, await loadChangeNames(tx, diff));
  const by = latest?.actorName ?? "someone else";
  const at = (latest?.at ?? new Date()).toISOString();
  return {
    ok: false,
    status: 409,
    message: `Changed by ${by} at ${at.slice(0, 16).replace("T", " ")} UTC — review and retry.`,
    conflict: { by, at, currentVersion: Number(current.version), changes },
  };
}
