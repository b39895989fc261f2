/**
 * Creating accounts: used by `npm run user:create`, the dev demo logins, test fixtures
 * and the admin users page. The account, its password and its audit entry are written
 * through lib/changes in one transaction (better-auth hashes the password and makes the
 * ids, as its own createUser would). No server-only imports, so scripts can use it.
 */
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import type { Actor } from "../changes/audit";
import { applySystemChange, refuse, type Tx } from "../entities";
import type { ChangeSpec } from "../changes/write";
import type { Auth } from "./config";
import type { Role } from "./permissions";

export type NewAccount = { email: string; name: string; role: Role; password: string };

export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}

/** The change that creates an account, for `applyChange` (an admin) or `applySystemChange` (a script). */
export async function accountCreation(
  auth: Auth,
  input: NewAccount,
): Promise<Omit<ChangeSpec, "user" | "permission">> {
  const context = await auth.$context;
  const newId = (model: "user" | "account") =>
    context.generateId({ model }) || randomBytes(16).toString("hex");
  const id = newId("user");
  const email = input.email.toLowerCase();
  const password = await context.password.hash(input.password);
  return {
    type: "User",
    id,
    action: "CREATE",
    expectedVersion: null,
    justification: { sourceId: "", quote: "", reason: `Account created with role ${input.role}` },
    write: async (tx: Tx) => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
        refuse({
          ok: false,
          status: 400,
          message: "Check the highlighted fields.",
          fieldErrors: { email: ["An account with this email exists already."] },
        });
      }
      await tx.user.create({ data: { id, email, name: input.name, role: input.role } });
      await tx.account.create({
        data: {
          id: newId("account"),
          accountId: id,
          providerId: "credential",
          userId: id,
          password,
        },
      });
      return 1;
    },
  };
}

/** Creates an account as a command-line tool (no session): its audit entry names `actor`. */
export async function createUserAccount(
  auth: Auth,
  prisma: PrismaClient,
  input: NewAccount,
  actor: Actor,
) {
  const result = await applySystemChange(prisma, actor, await accountCreation(auth, input));
  if (!result.ok) throw new Error(result.message);
  return { id: result.id, email: input.email.toLowerCase() };
}
