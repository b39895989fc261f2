/**
 * better-auth, configured once. Takes the Prisma client as an argument so scripts
 * (user:create) can build it without the app's server-only modules.
 */
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";
import type { PrismaClient } from "../generated/prisma/client";
import { authEnvSchema, parseEnv } from "../env";
import { CLIENT_ADDRESS_HEADER } from "../security/client-address";

const ac = createAccessControl(defaultStatements);
const roles = {
  admin: ac.newRole(adminAc.statements),
  editor: ac.newRole({ user: [], session: [] }),
  analyst: ac.newRole({ user: [], session: [] }),
};

export const SESSION_HOURS = 12;
/** A live request moves a session's expiry forward once this long has passed since the last move. */
export const SESSION_UPDATE_AGE_SECONDS = 60 * 60;

export function createAuth(prisma: PrismaClient) {
  const env = parseEnv(authEnvSchema);
  const port = env.PORT;
  return betterAuth({
    appName: "Guarantor",
    secret: env.BETTER_AUTH_SECRET,
    baseURL: env.GUARANTOR_URL ?? `http://localhost:${port}`,
    trustedOrigins: [
      `http://localhost:${port}`,
      `http://127.0.0.1:${port}`,
      ...(env.GUARANTOR_URL ? [env.GUARANTOR_URL] : []),
    ],
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    // Accounts are made by admins (npm run user:create, /admin/users), never by sign-up.
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
    },
    session: { expiresIn: SESSION_HOURS * 60 * 60, updateAge: SESSION_UPDATE_AGE_SECONDS },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: 5 },
        // Every page's sign-in-aware islands ask it once (components/auth/editor-only.tsx),
        // so it would count each page view against the address's 100 a minute: readers
        // behind one NAT, or a test run, were answered 429 and lost their Edit and Share
        // links. It only reads the caller's own signed cookie, so there is nothing to guess.
        "/get-session": false,
      },
    },
    // Its own rate limits count by the address scripts/serve.ts takes from the socket.
    advanced: { ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] } },
    telemetry: { enabled: false },
    user: {
      additionalFields: {
        role: { type: "string", required: false, input: false, defaultValue: "analyst" },
      },
    },
    plugins: [admin({ ac, roles, defaultRole: "analyst", adminRoles: ["admin"] }), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
