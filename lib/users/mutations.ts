import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Role, type SessionUser } from "@/lib/auth/permissions";
import { auth } from "@/lib/auth/server";
import { createUserAccount } from "@/lib/auth/users";
import { auditData } from "@/lib/history/audit";
import { actorOf, type MutationResult } from "@/lib/history/write";

function guard(user: SessionUser | null): MutationResult | SessionUser {
  try {
    return requirePermission(user, "users:manage");
  } catch (error) {
    return { ok: false, status: (error as { status: 401 | 403 }).status, message: (error as Error).message };
  }
}

export async function createUser(user: SessionUser | null, input: { email: string; name: string; role: Role; password: string }): Promise<MutationResult> {
  const admin = guard(user);
  if ("ok" in admin) return admin;
  if (await db.user.findUnique({ where: { email: input.email.toLowerCase() }, select: { id: true } })) {
    return { ok: false, status: 400, message: "Check the highlighted fields.", fieldErrors: { email: ["An account with this email exists already."] } };
  }
  const created = await createUserAccount(auth(), db, input, actorOf(admin));
  return { ok: true, id: created.id, version: 1 };
}

export async function changeRole(user: SessionUser | null, userId: string, role: Role): Promise<MutationResult> {
  const admin = guard(user);
  if ("ok" in admin) return admin;
  if (userId === admin.id) return { ok: false, status: 400, message: "You cannot change your own role; ask another admin." };
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
    if (!before) return { ok: false as const, status: 404 as const, message: "This account no longer exists." };
    const after = await tx.user.update({ where: { id: userId }, data: { role }, select: { id: true, email: true, name: true, role: true } });
    await tx.auditEntry.create({ data: auditData({ actor: actorOf(admin), action: "UPDATE", type: "User", id: userId, before, after, reason: `Role changed to ${role}` }) });
    return { ok: true as const, id: userId, version: 1 };
  });
}

export async function listUsers() {
  return db.user.findMany({ select: { id: true, name: true, email: true, role: true, createdAt: true }, orderBy: { createdAt: "asc" } });
}
