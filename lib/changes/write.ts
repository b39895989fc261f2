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
import { diffSnapshots, type FieldChange } from "./diff";
import { loadSnapshot, type RecordType, type Snapshot } from "./snapshot";
import { nounOf } from "./registry";
import { MAX_VERSION, type MutationResult, type Refused } from "./result";
import { closestPassage, findQuote, normaliseQuote } from "./quote-match";
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

/** Thrown inside a transaction to roll it back and answer with `result`. */
class Refusal extends Error {
  constructor(readonly result: Refused) {
    super(result.message);
  }
}

export function refuse(result: Refused): never {
  throw new Refusal(result);
}

export function actorOf(user: SessionUser): Actor {
  return { id: user.id, name: user.name, email: user.email };
}

/** Where a citation given with a change is attached. */
export const CITATION_KEY: Partial<Record<RecordType, keyof Prisma.CitationUncheckedCreateInput>> =
  {
    Pledge: "pledgeId",
    Membership: "membershipId",
    Condition: "conditionSlug",
    Event: "eventId",
    Requirement: "requirementId",
    HeadlineFigure: "figureId",
    Coalition: "coalitionSlug",
    Provision: "provisionId",
  };

/** Columns that are bookkeeping, not something a quote can back. */
const NOT_BACKED = new Set(["version", "published", "internalNote"]);

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

/**
 * Checks the quote against its source (forgiving typography, not words), attaches it to
 * the fact unless the fact already has that quote, and insists that a fact being
 * created, published or edited ends up with at least one citation: a written reason
 * may justify an edit of a cited fact, never a new or uncited one.
 */
async function attachCitation(tx: Tx, spec: Change, changes: FieldChange[], actor: Actor) {
  const key = CITATION_KEY[spec.type];
  const cited = key && spec.action !== "DELETE";
  const { sourceId, quote } = spec.justification;
  if (!sourceId || !quote) {
    if (cited) await requireCitation(tx, spec, key);
    return null;
  }
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { text: true } });
  if (!source)
    refuse({
      ok: false,
      status: 400,
      message: "Check the citation.",
      fieldErrors: { sourceId: ["This source does not exist."] },
    });
  const found = findQuote(source.text, quote);
  if (!found) {
    refuse({
      ok: false,
      status: 400,
      message: "Check the citation.",
      fieldErrors: { quote: ["This quote does not appear word for word in the chosen source."] },
      closestPassage: closestPassage(source.text, quote) ?? undefined,
    });
  }
  const citation = { sourceId, quote: found.passage };
  if (!cited) return citation;
  const existing = await tx.citation.findMany({
    where: { [key]: spec.id, sourceId },
    select: { quote: true },
  });
  if (existing.some((c) => normaliseQuote(c.quote) === normaliseQuote(found.passage)))
    return citation;
  // A creation's quote backs the whole fact; an edit's backs the fields it changed.
  const field =
    spec.action === "CREATE"
      ? null
      : changes
          .map((c) => c.field)
          .filter((f) => !NOT_BACKED.has(f))
          .join(", ") || null;
  const created = await tx.citation.create({
    data: { ...citation, field, [key]: spec.id } as Prisma.CitationUncheckedCreateInput,
  });
  await recordChange(tx, {
    actor,
    action: "CREATE",
    type: "Citation",
    id: created.id,
    before: null,
    after: await loadSnapshot(tx, "Citation", created.id),
    citation,
  });
  return citation;
}

/** Refuses the change when the fact has no citation and none was given. */
async function requireCitation(
  tx: Tx,
  spec: Change,
  key: keyof Prisma.CitationUncheckedCreateInput,
) {
  if (await tx.citation.count({ where: { [key]: spec.id } })) return;
  const message =
    spec.action === "CREATE"
      ? "A new fact needs a citation: choose its source and paste the words that back it."
      : spec.action === "PUBLISH"
        ? "This draft has no citation yet: edit it to cite a source and a quote, then publish it."
        : "This fact has no citation yet: cite a source and a quote (a reason alone is not enough).";
  refuse({
    ok: false,
    status: 400,
    message,
    fieldErrors: {
      sourceId: ["Choose the source that backs this fact."],
      quote: ["Paste the words from the source that back it."],
    },
  });
}

/** The snapshots of a fact's citations, which deleting the fact deletes with it. */
async function citationsOf(tx: Tx, spec: Change): Promise<Snapshot[]> {
  const key = CITATION_KEY[spec.type];
  if (!key) return [];
  const rows = await tx.citation.findMany({ where: { [key]: spec.id }, select: { id: true } });
  return (await Promise.all(rows.map((r) => loadSnapshot(tx, "Citation", r.id)))).filter(
    (s): s is Snapshot => !!s,
  );
}

/** Citations gone with their fact get their own DELETE entries, so replayed history drops them too. */
async function recordCascade(tx: Tx, citations: Snapshot[], actor: Actor, reason: string) {
  for (const before of citations) {
    const id = String(before.id);
    if (await tx.citation.count({ where: { id } })) continue;
    await recordChange(tx, {
      actor,
      action: "DELETE",
      type: "Citation",
      id,
      before,
      after: null,
      reason: reason || null,
    });
  }
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
