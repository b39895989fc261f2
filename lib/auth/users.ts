/**
 * Creating accounts and changing roles: used by `npm run user:create`, the dev demo
 * logins and the admin users page. No server-only imports, so scripts can use it.
 */
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { auditData, type Actor } from "../history/audit";
import type { Auth } from "./config";
import type { Role } from "./permissions";

export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}

export async function createUserAccount(
  auth: Auth,
  prisma: PrismaClient,
  input: { email: string; name: string; role: Role; password: string },
  actor: Actor,
) {
  const { user } = await auth.api.createUser({
    body: { email: input.email, name: input.name, password: input.password, role: input.role },
  });
  await prisma.auditEntry.create({
    data: auditData({
      actor,
      action: "CREATE",
      type: "User",
      id: user.id,
      before: null,
      after: { id: user.id, email: user.email, name: user.name, role: input.role },
      reason: `Account created with role ${input.role}`,
    }),
  });
  return user;
}
