/**
 * The one way facts change. `applyChange` runs a write inside a transaction together
 * with everything that must land with it: the optimistic version check, the citation
 * (checked verbatim against its source) and the audit entry. Any refusal rolls the
 * whole transaction back: no partial write.
 */
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { AuditAction } from "../generated/prisma/enums";
import { requirePermission, type Permission, type SessionUser } from "../auth/permissions";
import { recordChange, type Actor } from "./audit";
import { labelChanges, loadChangeNames } from "./change-labels";
import { diffSnapshots, type FieldChange } from "./diff";
import { loadSnapshot, type EntityType, type Snapshot } from "./snapshot";
import type { Justification } from "./justification-schema";

export type Tx = Prisma.TransactionClient;

export type MutationResult =
  | { ok: true; id: string; version: number }
  | {
      ok: false;
      status: 400 | 401 | 403 | 404 | 409;
      message: string;
      fieldErrors?: Record<string, string[]>;
      conflict?: { by: string; at: string; currentVersion: number; changes: FieldChange[] };
    };

/** Thrown inside a transaction to roll it back and answer with `result`. */
class Refusal extends Error {
  constructor(readonly result: Extract<MutationResult, { ok: false }>) {
    super(result.message);
  }
}

export function refuse(result: Extract<MutationResult, { ok: false }>): never {
  throw new Refusal(result);
}

export function actorOf(user: SessionUser): Actor {
  return { id: user.id, name: user.name, email: user.email };
}

/** Where a citation given with a change is attached. */
export const CITATION_KEY: Partial<Record<EntityType, keyof Prisma.CitationUncheckedCreateInput>> = {
  Pledge: "pledgeId",
  Membership: "membershipId",
  Condition: "conditionSlug",
  Event: "eventId",
  Requirement: "requirementId",
  HeadlineFigure: "figureId",
  Coalition: "coalitionSlug",
};

const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

export type ChangeSpec = {
  user: SessionUser | null;
  permission: Permission;
  type: EntityType;
  id: string;
  action: AuditAction;
  /** The version the editor's form was based on; null when creating. */
  expectedVersion: number | null;
  justification: Justification;
  /** Performs the write. For updates, return the number of rows updated (0 = stale version). */
  write: (tx: Tx) => Promise<number>;
};

export async function applyChange(db: PrismaClient, spec: ChangeSpec): Promise<MutationResult> {
  let user: SessionUser;
  try {
    user = requirePermission(spec.user, spec.permission);
  } catch (error) {
    const status = (error as { status?: 401 | 403 }).status ?? 403;
    return { ok: false, status, message: (error as Error).message };
  }
  try {
    return await db.$transaction(async (tx) => {
      const before = await loadSnapshot(tx, spec.type, spec.id);
      if (spec.action === "CREATE" && before) refuse({ ok: false, status: 409, message: `A ${spec.type.toLowerCase()} with this id already exists.` });
      if (spec.action !== "CREATE" && !before) {
        refuse({ ok: false, status: 404, message: `This ${spec.type.toLowerCase()} no longer exists: it may have been deleted.` });
      }
      const count = await spec.write(tx);
      if (spec.action !== "CREATE" && count === 0) refuse(await conflictOf(tx, spec, before!));
      const after = await loadSnapshot(tx, spec.type, spec.id);
      const changes = diffSnapshots(before, after);
      const citation = await attachCitation(tx, spec, changes, user);
      await recordChange(tx, {
        actor: actorOf(user),
        action: spec.action,
        type: spec.type,
        id: spec.id,
        before,
        after,
        reason: spec.justification.reason || null,
        citation,
      });
      return { ok: true as const, id: spec.id, version: Number(after?.version ?? 0) };
    });
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    throw error;
  }
}

async function attachCitation(tx: Tx, spec: ChangeSpec, changes: FieldChange[], user: SessionUser) {
  const { sourceId, quote } = spec.justification;
  if (!sourceId || !quote) return null;
  const source = await tx.source.findUnique({ where: { id: sourceId }, select: { text: true } });
  if (!source) refuse({ ok: false, status: 400, message: "Check the citation.", fieldErrors: { sourceId: ["This source does not exist."] } });
  if (!normalise(source.text).includes(normalise(quote))) {
    refuse({ ok: false, status: 400, message: "Check the citation.", fieldErrors: { quote: ["This quote does not appear word for word in the chosen source."] } });
  }
  const key = CITATION_KEY[spec.type];
  if (key && spec.action !== "DELETE") {
    const field = changes.map((c) => c.field).filter((f) => f !== "published").slice(0, 6).join(", ") || null;
    const created = await tx.citation.create({ data: { sourceId, quote, field, [key]: spec.id } as Prisma.CitationUncheckedCreateInput });
    await recordChange(tx, {
      actor: actorOf(user),
      action: "CREATE",
      type: "Citation",
      id: created.id,
      before: null,
      after: await loadSnapshot(tx, "Citation", created.id),
      citation: { sourceId, quote },
    });
  }
  return { sourceId, quote };
}

/** "Changed by <name> at <time>", with what changed since the editor's version. */
async function conflictOf(tx: Tx, spec: ChangeSpec, current: Snapshot): Promise<Extract<MutationResult, { ok: false }>> {
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
