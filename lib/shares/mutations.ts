import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, requirePermission, type SessionUser } from "@/lib/auth/permissions";
import { auditData } from "@/lib/history/audit";
import { isLookupKey } from "@/lib/security/safe-text";
import { actorOf, type MutationResult } from "@/lib/history/write";
import type { ShareParams } from "./schema";
import { generateToken, hashToken } from "./token";

type Refused = Extract<MutationResult, { ok: false }>;

function guard(user: SessionUser | null): SessionUser | Refused {
  try {
    return requirePermission(user, "shares:manage");
  } catch (error) {
    return { ok: false, status: (error as { status: 401 | 403 }).status, message: (error as Error).message };
  }
}

/** What the audit log keeps of a link: everything but the token's hash. */
function snapshot(link: Record<string, unknown>) {
  const { tokenHash: _omit, ...rest } = link;
  void _omit;
  return JSON.parse(JSON.stringify(rest)) as Prisma.InputJsonValue;
}

async function targetExists(params: ShareParams): Promise<boolean> {
  if (params.scope === "COUNTRY") return !!(await db.country.findUnique({ where: { code: params.code }, select: { code: true } }));
  if (params.scope === "CONDITION") return !!(await db.condition.findFirst({ where: { slug: params.slug, published: true }, select: { slug: true } }));
  return true;
}

/** Creates a link; the token is returned once and never stored. */
export async function createShare(
  user: SessionUser | null,
  params: ShareParams,
  input: { label: string; expiresInDays: string; mode: "live" | "frozen" | "release"; release?: string },
): Promise<(MutationResult & { ok: true; token: string }) | Refused> {
  const editor = guard(user);
  if ("ok" in editor) return editor;
  if (!(await targetExists(params))) return { ok: false, status: 404, message: "There is nothing published to share at this address." };
  // A link pinned to a release shows the data as of that release's snapshot.
  const release = input.mode === "release" ? await db.release.findUnique({ where: { version: input.release ?? "" }, select: { version: true, snapshotAt: true } }) : null;
  if (input.mode === "release" && !release) return { ok: false, status: 404, message: `There is no release ${input.release ?? ""}: choose a published one.` };
  const token = generateToken();
  const now = new Date();
  const id = `sh-${randomBytes(6).toString("hex")}`;
  const { scope, ...rest } = params;
  await db.$transaction(async (tx) => {
    const link = await tx.shareLink.create({
      data: {
        id,
        tokenHash: hashToken(token),
        scope,
        params: rest as Prisma.InputJsonValue,
        label: input.label,
        createdById: editor.id,
        createdByName: editor.name,
        createdAt: now,
        expiresAt: input.expiresInDays ? new Date(now.getTime() + Number(input.expiresInDays) * 86_400_000) : null,
        frozenAt: release ? release.snapshotAt : input.mode === "frozen" ? now : null,
        releaseVersion: release?.version ?? null,
      },
    });
    await tx.auditEntry.create({ data: auditData({ actor: actorOf(editor), action: "CREATE", type: "ShareLink", id, before: null, after: snapshot(link) as never, reason: `Share link “${input.label}”` }) });
  });
  return { ok: true, id, version: 1, token };
}

async function changeShare(user: SessionUser | null, id: string, data: Prisma.ShareLinkUpdateInput, reason: string): Promise<MutationResult> {
  const editor = guard(user);
  if ("ok" in editor) return editor;
  if (!isLookupKey(id)) return { ok: false, status: 404, message: "This link does not exist." };
  return db.$transaction(async (tx) => {
    const before = await tx.shareLink.findUnique({ where: { id } });
    if (!before) return { ok: false as const, status: 404 as const, message: "This link does not exist." };
    if (before.createdById !== editor.id && !can(editor, "shares:manage-all")) {
      return { ok: false as const, status: 403 as const, message: "Only its creator or an admin can change this link." };
    }
    const after = await tx.shareLink.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
    await tx.auditEntry.create({ data: auditData({ actor: actorOf(editor), action: "UPDATE", type: "ShareLink", id, before: snapshot(before) as never, after: snapshot(after) as never, reason }) });
    return { ok: true as const, id, version: after.version };
  });
}

export function revokeShare(user: SessionUser | null, id: string) {
  return changeShare(user, id, { revokedAt: new Date() }, "Share link revoked");
}

export function extendShare(user: SessionUser | null, id: string, expiresInDays: string) {
  const expiresAt = expiresInDays ? new Date(Date.now() + Number(expiresInDays) * 86_400_000) : null;
  return changeShare(user, id, { expiresAt }, expiresAt ? `Share link extended to ${expiresAt.toISOString().slice(0, 10)}` : "Share link set to never expire");
}
