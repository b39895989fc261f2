import "server-only";
import { db } from "@/lib/db";
import { can, type SessionUser } from "@/lib/auth/permissions";
import { describeScenario } from "./from-url";
import { shareParamsSchema, type ShareParams } from "./schema";
import { hashToken, isWellFormed, matches } from "./token";

export type ShareState = "active" | "revoked" | "expired";

export function stateOf(
  link: { revokedAt: Date | null; expiresAt: Date | null },
  now = new Date(),
): ShareState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt <= now) return "expired";
  return "active";
}

/** What a link opens. Not its label: that is the editor's own note, never shown to readers. */
export type ResolvedShare = {
  id: string;
  params: ShareParams;
  frozenAt: Date | null;
  createdAt: Date;
  releaseVersion?: string | null;
};

/**
 * The view a token opens, or null. Unknown, malformed, revoked and expired tokens all
 * answer the same null, so a requester cannot tell them apart. Counts the opening.
 */
export async function openShare(token: string): Promise<ResolvedShare | null> {
  if (!isWellFormed(token)) return null;
  const link = await db.shareLink.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!link || !matches(token, link.tokenHash) || stateOf(link) !== "active") return null;
  const params = shareParamsSchema.safeParse({ ...(link.params as object), scope: link.scope });
  if (!params.success) return null;
  await db.shareLink.update({
    where: { id: link.id },
    data: { openCount: { increment: 1 }, lastOpenedAt: new Date() },
  });
  return {
    id: link.id,
    params: params.data,
    frozenAt: link.frozenAt,
    createdAt: link.createdAt,
    releaseVersion: link.releaseVersion,
  };
}

/** Resolves without counting (for metadata and preview images). */
export async function peekShare(token: string): Promise<ResolvedShare | null> {
  if (!isWellFormed(token)) return null;
  const link = await db.shareLink.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!link || !matches(token, link.tokenHash) || stateOf(link) !== "active") return null;
  const params = shareParamsSchema.safeParse({ ...(link.params as object), scope: link.scope });
  return params.success
    ? {
        id: link.id,
        params: params.data,
        frozenAt: link.frozenAt,
        createdAt: link.createdAt,
        releaseVersion: link.releaseVersion,
      }
    : null;
}

/**
 * What a share page is called (its <title> and og:title): the view in words, never the
 * link's label, which is the editor's private note for their own list.
 */
export async function shareTitle(params: ShareParams): Promise<string> {
  switch (params.scope) {
    case "DASHBOARD":
      return "Dashboard — commitments, conditions and events";
    case "COUNTRY": {
      const country = await db.country.findUnique({
        where: { code: params.code },
        select: { name: true },
      });
      return `${country?.name ?? params.code} — commitments and status`;
    }
    case "CONDITION": {
      const condition = await db.condition.findFirst({
        where: { slug: params.slug, published: true },
        select: { name: true },
      });
      return `${condition?.name ?? "A condition"} — status and the pledges waiting on it`;
    }
    case "PLEDGES":
      return "Pledges — a shared list";
    case "WHAT_IF": {
      const conditions = await db.condition.findMany({
        where: { slug: { in: params.met ?? [] }, published: true },
        select: { slug: true, name: true },
      });
      const names = { conditions: new Map(conditions.map((c) => [c.slug, c.name])) };
      return `${describeScenario(params.met, names)} — the pledges it would unblock`;
    }
  }
}

/** An editor's own links; an admin sees everyone's. */
export async function listShares(user: SessionUser, state: ShareState | "all" = "all") {
  const now = new Date();
  const links = await db.shareLink.findMany({
    where: {
      ...(can(user, "shares:manage-all") ? {} : { createdById: user.id }),
      ...(state === "revoked" ? { revokedAt: { not: null } } : {}),
      ...(state === "expired" ? { revokedAt: null, expiresAt: { lte: now } } : {}),
      ...(state === "active"
        ? { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] }
        : {}),
    },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      scope: true,
      params: true,
      label: true,
      createdById: true,
      createdByName: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      frozenAt: true,
      openCount: true,
      lastOpenedAt: true,
    },
  });
  return links.map((l) => ({ ...l, state: stateOf(l, now) }));
}
