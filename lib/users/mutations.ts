import "server-only";
import { db } from "@/lib/db";
import type { Role, SessionUser } from "@/lib/auth/permissions";
import { auth } from "@/lib/auth/server";
import { accountCreation, type NewAccount } from "@/lib/auth/users";
import { applyChange, permissionRefusal, type MutationResult } from "@/lib/entities";

export async function createUser(
  user: SessionUser | null,
  input: NewAccount,
): Promise<MutationResult> {
  // Refused before the password is hashed: hashing is deliberately slow.
  const refused = permissionRefusal(user, "users:manage");
  if (refused) return refused;
  return applyChange(db, {
    user,
    permission: "users:manage",
    ...(await accountCreation(auth(), input)),
  });
}

export async function changeRole(
  user: SessionUser | null,
  userId: string,
  role: Role,
): Promise<MutationResult> {
  const refused = permissionRefusal(user, "users:manage");
  if (refused) return refused;
  if (userId === user!.id)
    return {
      ok: false,
      status: 400,
      message: "You cannot change your own role; ask another admin.",
    };
  return applyChange(db, {
    user,
    permission: "users:manage",
    type: "User",
    id: userId,
    action: "UPDATE",
    expectedVersion: null,
    justification: { sourceId: "", quote: "", reason: `Role changed to ${role}` },
    write: async (tx) =>
      (await tx.user.updateMany({ where: { id: userId }, data: { role } })).count,
  });
}

export async function listUsers() {
  return db.user.findMany({
    select: { id: true, name: true, email: true, role: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
}
