import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { applyChange, permissionRefusal, refuse, type MutationResult } from "@/lib/entities";
import type { Refused } from "@/lib/changes/result";
import { LIVE_ONLY_SCOPES, type ShareParams } from "./schema";
import { generateToken, hashToken } from "./token";
import { isLookupKey } from "@/lib/security/safe-text";

async function targetExists(params: ShareParams): Promise<boolean> {
  if (params.scope === "COUNTRY")
    return !!(await db.country.findUnique({
      where: { code: params.code },
      select: { code: true },
    }));
  if (params.scope === "CONDITION")
    return !!(await db.condition.findFirst({
      where: { slug: params.slug, published: true },
      select: { slug: true },
    }));
  return true;
}

type Issued = (MutationResult & { ok: true; token: string }) | Refused;

/** Creates a link; the token is returned once and never stored. */
export async function createShare(
  user: SessionUser | null,
  params: ShareParams,
  input: {
    label: string;
    expiresInDays: string;
    mode: "live" | "frozen" | "release";
    release?: string;
  },
): Promise<Issued> {
  const refused = permissionRefusal(user, "shares:manage");
  if (refused) return refused;
  if (input.mode !== "live" && LIVE_ONLY_SCOPES.has(params.scope))
    return {
      ok: false,
      status: 400,
      message: "This view can only be shared live.",
      fieldErrors: {
        mode: ["A what-if scenario is computed from the current data: share it live."],
      },
    };
  if (!(await targetExists(params)))
    return {
      ok: false,
      status: 404,
      message: "There is nothing published to share at this address.",
    };
  // A link pinned to a release shows the data as of that release's snapshot.
  const release =
    input.mode === "release"
      ? await db.release.findUnique({
          where: { version: input.release ?? "" },
          select: { version: true, snapshotAt: true },
        })
      : null;
  if (input.mode === "release" && !release)
    return {
      ok: false,
      status: 404,
      message: `There is no release ${input.release ?? ""}: choose a published one.`,
    };
  const now = new Date();
  const { scope, ...rest } = params;
  return issue(user!, {
    scope,
    params: rest as Prisma.InputJsonValue,
    label: input.label,
    createdAt: now,
    expiresAt: input.expiresInDays
      ? new Date(now.getTime() + Number(input.expiresInDays) * 86_400_000)
      : null,
    frozenAt: release ? release.snapshotAt : input.mode === "frozen" ? now : null,
    releaseVersion: release?.version ?? null,
    reason: `Share link “${input.label}”`,
  });
}

/**
 * A revoked or expired link issued again as a new link with the same view, label, data
 * (live, frozen at the same moment, or pinned to the same release) and lifetime, counted
 * from now. The old address stays dead: only the new token opens it.
 */
export async function reissueShare(user: SessionUser | null, id: string): Promise<Issued> {
  const refused = permissionRefusal(user, "shares:manage");
  if (refused) return refused;
  const editor = user!;
  const old = isLookupKey(id) ? await db.shareLink.findUnique({ where: { id } }) : null;
  if (!old) return { ok: false, status: 404, message: "This link does not exist." };
  if (old.createdById !== editor.id && !can(editor, "shares:manage-all")) {
    return {
      ok: false,
      status: 403,
      message: "Only its creator or an admin can re-issue this link.",
    };
  }
  const now = new Date();
  if (!old.revokedAt && !(old.expiresAt && old.expiresAt <= now)) {
    return {
      ok: false,
      status: 409,
      message: "This link still works: only a revoked or expired link can be re-issued.",
    };
  }
  const lifetime = old.expiresAt ? old.expiresAt.getTime() - old.createdAt.getTime() : null;
  return issue(editor, {
    scope: old.scope,
    params: old.params as Prisma.InputJsonValue,
    label: old.label,
    createdAt: now,
    expiresAt: lifetime === null ? null : new Date(now.getTime() + lifetime),
    frozenAt: old.frozenAt,
    releaseVersion: old.releaseVersion,
    reason: `Share link “${old.label}” re-issued (replaces ${old.id})`,
  });
}

/** Writes a new link through the write gateway (with its audit entry); the token is returned once and never stored. */
async function issue(
  editor: SessionUser,
  link: Pick<
    Prisma.ShareLinkUncheckedCreateInput,
    "scope" | "params" | "label" | "createdAt" | "expiresAt" | "frozenAt" | "releaseVersion"
  > & { reason: string },
): Promise<Issued> {
  const token = generateToken();
  const id = `sh-${randomBytes(6).toString("hex")}`;
  const { reason, ...data } = link;
  const result = await applyChange(db, {
    user: editor,
    permission: "shares:manage",
    type: "ShareLink",
    id,
    action: "CREATE",
    expectedVersion: null,
    justification: { sourceId: "", quote: "", reason },
    write: async (tx) => {
      await tx.shareLink.create({
        data: {
          ...data,
          id,
          tokenHash: hashToken(token),
          createdById: editor.id,
          createdByName: editor.name,
        },
      });
      return 1;
    },
  });
  return result.ok ? { ...result, token } : result;
}

function changeShare(
  user: SessionUser | null,
  id: string,
  data: Prisma.ShareLinkUpdateInput,
  reason: string,
): Promise<MutationResult> {
  return applyChange(db, {
    user,
    permission: "shares:manage",
    type: "ShareLink",
    id,
    action: "UPDATE",
    expectedVersion: null,
    justification: { sourceId: "", quote: "", reason },
    write: async (tx) => {
      const link = await tx.shareLink.findUnique({ where: { id }, select: { createdById: true } });
      if (link && link.createdById !== user!.id && !can(user!, "shares:manage-all")) {
        refuse({
          ok: false,
          status: 403,
          message: "Only its creator or an admin can change this link.",
        });
      }
      return (
        await tx.shareLink.updateMany({
          where: { id },
          data: { ...data, version: { increment: 1 } } as Prisma.ShareLinkUpdateManyMutationInput,
        })
      ).count;
    },
  });
}

export function revokeShare(user: SessionUser | null, id: string) {
  return changeShare(user, id, { revokedAt: new Date() }, "Share link revoked");
}

export function extendShare(user: SessionUser | null, id: string, expiresInDays: string) {
  const expiresAt = expiresInDays
    ? new Date(Date.now() + Number(expiresInDays) * 86_400_000)
    : null;
  return changeShare(
    user,
    id,
    { expiresAt },
    expiresAt
      ? `Share link extended to ${expiresAt.toISOString().slice(0, 10)}`
      : "Share link set to never expire",
  );
}
